// Generated from spec/openapi.yaml by `npm run generate`. DO NOT EDIT.
import type { SpecData } from "../src/spec-data-types.js";

export const specData: SpecData = {
 "operations": {
  "match_targets_list": {
   "method": "GET",
   "path": "/match_targets",
   "args": {}
  },
  "match_targets_post": {
   "method": "POST",
   "path": "/match_targets",
   "args": {
    "name": {
     "in": "body",
     "type": "string",
     "minLength": 1,
     "required": true
    },
    "target_file_name": {
     "in": "body",
     "type": "string"
    },
    "archived": {
     "in": "body",
     "type": "boolean"
    }
   },
   "body": true
  },
  "match_targets_get": {
   "method": "GET",
   "path": "/match_targets/{id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "match_targets_patch": {
   "method": "PATCH",
   "path": "/match_targets/{id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "name": {
     "in": "body",
     "type": "string",
     "minLength": 1
    },
    "target_file_name": {
     "in": "body",
     "type": "string"
    },
    "archived": {
     "in": "body",
     "type": "boolean"
    }
   },
   "body": true
  },
  "match_targets_put_archive": {
   "method": "PUT",
   "path": "/match_targets/{id}/archive",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "status": {
     "in": "body",
     "type": "boolean",
     "required": true
    }
   },
   "body": true
  },
  "match_targets_list_shares": {
   "method": "GET",
   "path": "/match_targets/{id}/shares",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "match_targets_put_shares_users": {
   "method": "PUT",
   "path": "/match_targets/{id}/shares/users",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "user_ids": {
     "in": "body",
     "type": "array",
     "minItems": 1,
     "items": {
      "in": "body",
      "type": "integer",
      "min": 1
     },
     "required": true
    },
    "permission_level": {
     "in": "body",
     "type": "string",
     "enum": [
      "read",
      "write",
      "manage"
     ],
     "required": true
    },
    "share_email_body": {
     "in": "body",
     "type": "string"
    },
    "send_shared_email": {
     "in": "body",
     "type": "boolean"
    }
   },
   "body": true
  },
  "match_targets_delete_shares_users": {
   "method": "DELETE",
   "path": "/match_targets/{id}/shares/users/{user_id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "user_id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "match_targets_put_shares_groups": {
   "method": "PUT",
   "path": "/match_targets/{id}/shares/groups",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "group_ids": {
     "in": "body",
     "type": "array",
     "minItems": 1,
     "items": {
      "in": "body",
      "type": "integer",
      "min": 1
     },
     "required": true
    },
    "permission_level": {
     "in": "body",
     "type": "string",
     "enum": [
      "read",
      "write",
      "manage"
     ],
     "required": true
    },
    "share_email_body": {
     "in": "body",
     "type": "string"
    },
    "send_shared_email": {
     "in": "body",
     "type": "boolean"
    }
   },
   "body": true
  },
  "match_targets_delete_shares_groups": {
   "method": "DELETE",
   "path": "/match_targets/{id}/shares/groups/{group_id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "group_id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "json_values_post": {
   "method": "POST",
   "path": "/json_values",
   "args": {
    "name": {
     "in": "body",
     "type": "string"
    },
    "value_str": {
     "in": "body",
     "type": "string",
     "maxLength": 1000000,
     "maxBytes": 1000000,
     "json": true,
     "required": true
    }
   },
   "body": true,
   "opaque": [
    "value"
   ]
  },
  "json_values_get": {
   "method": "GET",
   "path": "/json_values/{id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   },
   "opaque": [
    "value"
   ]
  },
  "json_values_patch": {
   "method": "PATCH",
   "path": "/json_values/{id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "name": {
     "in": "body",
     "type": "string"
    },
    "value_str": {
     "in": "body",
     "type": "string",
     "maxLength": 1000000,
     "maxBytes": 1000000,
     "json": true
    }
   },
   "body": true,
   "opaque": [
    "value"
   ]
  },
  "json_values_list_dependencies": {
   "method": "GET",
   "path": "/json_values/{id}/dependencies",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "user_id": {
     "in": "query",
     "type": "integer",
     "min": 1
    }
   }
  },
  "json_values_put_transfer": {
   "method": "PUT",
   "path": "/json_values/{id}/transfer",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "user_id": {
     "in": "body",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "include_dependencies": {
     "in": "body",
     "type": "boolean",
     "required": true
    },
    "email_body": {
     "in": "body",
     "type": "string"
    },
    "send_email": {
     "in": "body",
     "type": "boolean"
    }
   },
   "body": true
  },
  "json_values_list_shares": {
   "method": "GET",
   "path": "/json_values/{id}/shares",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "json_values_put_shares_users": {
   "method": "PUT",
   "path": "/json_values/{id}/shares/users",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "user_ids": {
     "in": "body",
     "type": "array",
     "minItems": 1,
     "items": {
      "in": "body",
      "type": "integer",
      "min": 1
     },
     "required": true
    },
    "permission_level": {
     "in": "body",
     "type": "string",
     "enum": [
      "read",
      "write",
      "manage"
     ],
     "required": true
    },
    "share_email_body": {
     "in": "body",
     "type": "string"
    },
    "send_shared_email": {
     "in": "body",
     "type": "boolean"
    }
   },
   "body": true
  },
  "json_values_delete_shares_users": {
   "method": "DELETE",
   "path": "/json_values/{id}/shares/users/{user_id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "user_id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "json_values_put_shares_groups": {
   "method": "PUT",
   "path": "/json_values/{id}/shares/groups",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "group_ids": {
     "in": "body",
     "type": "array",
     "minItems": 1,
     "items": {
      "in": "body",
      "type": "integer",
      "min": 1
     },
     "required": true
    },
    "permission_level": {
     "in": "body",
     "type": "string",
     "enum": [
      "read",
      "write",
      "manage"
     ],
     "required": true
    },
    "share_email_body": {
     "in": "body",
     "type": "string"
    },
    "send_shared_email": {
     "in": "body",
     "type": "boolean"
    }
   },
   "body": true
  },
  "json_values_delete_shares_groups": {
   "method": "DELETE",
   "path": "/json_values/{id}/shares/groups/{group_id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "group_id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "permission_sets_list": {
   "method": "GET",
   "path": "/permission_sets",
   "args": {
    "archived": {
     "in": "query",
     "type": "string",
     "enum": [
      "true",
      "false",
      "all"
     ],
     "default": "false"
    },
    "author": {
     "in": "query",
     "type": "string",
     "pattern": "^[0-9]+(,[0-9]+)*$"
    },
    "limit": {
     "in": "query",
     "type": "integer",
     "min": 1,
     "max": 50,
     "default": 20
    },
    "page_num": {
     "in": "query",
     "type": "integer",
     "min": 1,
     "default": 1
    },
    "order": {
     "in": "query",
     "type": "string",
     "enum": [
      "updated_at",
      "name",
      "created_at"
     ],
     "default": "updated_at"
    },
    "order_dir": {
     "in": "query",
     "type": "string",
     "enum": [
      "asc",
      "desc"
     ],
     "default": "desc"
    }
   }
  },
  "permission_sets_post": {
   "method": "POST",
   "path": "/permission_sets",
   "args": {
    "name": {
     "in": "body",
     "type": "string",
     "minLength": 1,
     "required": true
    },
    "description": {
     "in": "body",
     "type": "string"
    }
   },
   "body": true
  },
  "permission_sets_get": {
   "method": "GET",
   "path": "/permission_sets/{id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "permission_sets_put": {
   "method": "PUT",
   "path": "/permission_sets/{id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "name": {
     "in": "body",
     "type": "string",
     "minLength": 1,
     "required": true
    },
    "description": {
     "in": "body",
     "type": "string"
    }
   },
   "body": true
  },
  "permission_sets_patch": {
   "method": "PATCH",
   "path": "/permission_sets/{id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "name": {
     "in": "body",
     "type": "string",
     "minLength": 1
    },
    "description": {
     "in": "body",
     "type": "string"
    }
   },
   "body": true
  },
  "permission_sets_put_archive": {
   "method": "PUT",
   "path": "/permission_sets/{id}/archive",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "status": {
     "in": "body",
     "type": "boolean",
     "required": true
    }
   },
   "body": true
  },
  "permission_sets_list_dependencies": {
   "method": "GET",
   "path": "/permission_sets/{id}/dependencies",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "user_id": {
     "in": "query",
     "type": "integer",
     "min": 1
    }
   }
  },
  "permission_sets_put_transfer": {
   "method": "PUT",
   "path": "/permission_sets/{id}/transfer",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "user_id": {
     "in": "body",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "include_dependencies": {
     "in": "body",
     "type": "boolean",
     "required": true
    },
    "email_body": {
     "in": "body",
     "type": "string"
    },
    "send_email": {
     "in": "body",
     "type": "boolean"
    }
   },
   "body": true
  },
  "permission_sets_list_shares": {
   "method": "GET",
   "path": "/permission_sets/{id}/shares",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "permission_sets_put_shares_users": {
   "method": "PUT",
   "path": "/permission_sets/{id}/shares/users",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "user_ids": {
     "in": "body",
     "type": "array",
     "minItems": 1,
     "items": {
      "in": "body",
      "type": "integer",
      "min": 1
     },
     "required": true
    },
    "permission_level": {
     "in": "body",
     "type": "string",
     "enum": [
      "read",
      "write",
      "manage"
     ],
     "required": true
    },
    "share_email_body": {
     "in": "body",
     "type": "string"
    },
    "send_shared_email": {
     "in": "body",
     "type": "boolean"
    }
   },
   "body": true
  },
  "permission_sets_delete_shares_users": {
   "method": "DELETE",
   "path": "/permission_sets/{id}/shares/users/{user_id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "user_id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "permission_sets_put_shares_groups": {
   "method": "PUT",
   "path": "/permission_sets/{id}/shares/groups",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "group_ids": {
     "in": "body",
     "type": "array",
     "minItems": 1,
     "items": {
      "in": "body",
      "type": "integer",
      "min": 1
     },
     "required": true
    },
    "permission_level": {
     "in": "body",
     "type": "string",
     "enum": [
      "read",
      "write",
      "manage"
     ],
     "required": true
    },
    "share_email_body": {
     "in": "body",
     "type": "string"
    },
    "send_shared_email": {
     "in": "body",
     "type": "boolean"
    }
   },
   "body": true
  },
  "permission_sets_delete_shares_groups": {
   "method": "DELETE",
   "path": "/permission_sets/{id}/shares/groups/{group_id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "group_id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "permission_sets_list_users_permissions": {
   "method": "GET",
   "path": "/permission_sets/{id}/users/{user_id}/permissions",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "user_id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "permission_sets_list_resources": {
   "method": "GET",
   "path": "/permission_sets/{id}/resources",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "limit": {
     "in": "query",
     "type": "integer",
     "min": 1,
     "max": 1000,
     "default": 50
    },
    "page_num": {
     "in": "query",
     "type": "integer",
     "min": 1,
     "default": 1
    },
    "order": {
     "in": "query",
     "type": "string",
     "enum": [
      "name",
      "id",
      "updated_at",
      "created_at"
     ],
     "default": "name"
    },
    "order_dir": {
     "in": "query",
     "type": "string",
     "enum": [
      "asc",
      "desc"
     ],
     "default": "asc"
    }
   }
  },
  "permission_sets_post_resources": {
   "method": "POST",
   "path": "/permission_sets/{id}/resources",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "name": {
     "in": "body",
     "type": "string",
     "minLength": 1,
     "required": true
    },
    "description": {
     "in": "body",
     "type": "string"
    }
   },
   "body": true
  },
  "permission_sets_get_resources": {
   "method": "GET",
   "path": "/permission_sets/{id}/resources/{name}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "name": {
     "in": "path",
     "type": "string",
     "minLength": 1,
     "required": true
    }
   }
  },
  "permission_sets_patch_resources": {
   "method": "PATCH",
   "path": "/permission_sets/{id}/resources/{name}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "name": {
     "in": "path",
     "type": "string",
     "minLength": 1,
     "required": true
    },
    "description": {
     "in": "body",
     "type": "string"
    }
   },
   "body": true
  },
  "permission_sets_delete_resources": {
   "method": "DELETE",
   "path": "/permission_sets/{id}/resources/{name}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "name": {
     "in": "path",
     "type": "string",
     "minLength": 1,
     "required": true
    }
   }
  },
  "permission_sets_list_resources_shares": {
   "method": "GET",
   "path": "/permission_sets/{id}/resources/{name}/shares",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "name": {
     "in": "path",
     "type": "string",
     "minLength": 1,
     "required": true
    }
   }
  },
  "permission_sets_put_resources_shares_users": {
   "method": "PUT",
   "path": "/permission_sets/{id}/resources/{name}/shares/users",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "name": {
     "in": "path",
     "type": "string",
     "minLength": 1,
     "required": true
    },
    "user_ids": {
     "in": "body",
     "type": "array",
     "minItems": 1,
     "items": {
      "in": "body",
      "type": "integer",
      "min": 1
     },
     "required": true
    },
    "permission_level": {
     "in": "body",
     "type": "string",
     "enum": [
      "read",
      "write",
      "manage"
     ],
     "required": true
    },
    "share_email_body": {
     "in": "body",
     "type": "string"
    },
    "send_shared_email": {
     "in": "body",
     "type": "boolean"
    }
   },
   "body": true
  },
  "permission_sets_delete_resources_shares_users": {
   "method": "DELETE",
   "path": "/permission_sets/{id}/resources/{name}/shares/users/{user_id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "name": {
     "in": "path",
     "type": "string",
     "minLength": 1,
     "required": true
    },
    "user_id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "permission_sets_put_resources_shares_groups": {
   "method": "PUT",
   "path": "/permission_sets/{id}/resources/{name}/shares/groups",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "name": {
     "in": "path",
     "type": "string",
     "minLength": 1,
     "required": true
    },
    "group_ids": {
     "in": "body",
     "type": "array",
     "minItems": 1,
     "items": {
      "in": "body",
      "type": "integer",
      "min": 1
     },
     "required": true
    },
    "permission_level": {
     "in": "body",
     "type": "string",
     "enum": [
      "read",
      "write",
      "manage"
     ],
     "required": true
    },
    "share_email_body": {
     "in": "body",
     "type": "string"
    },
    "send_shared_email": {
     "in": "body",
     "type": "boolean"
    }
   },
   "body": true
  },
  "permission_sets_delete_resources_shares_groups": {
   "method": "DELETE",
   "path": "/permission_sets/{id}/resources/{name}/shares/groups/{group_id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "name": {
     "in": "path",
     "type": "string",
     "minLength": 1,
     "required": true
    },
    "group_id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "groups_list": {
   "method": "GET",
   "path": "/groups",
   "args": {
    "query": {
     "in": "query",
     "type": "string"
    },
    "permission": {
     "in": "query",
     "type": "string",
     "enum": [
      "read",
      "write",
      "manage"
     ]
    },
    "include_members": {
     "in": "query",
     "type": "boolean"
    },
    "organization_id": {
     "in": "query",
     "type": "integer",
     "min": 1
    },
    "user_ids": {
     "in": "query",
     "type": "array",
     "items": {
      "in": "query",
      "type": "integer",
      "min": 1
     }
    },
    "limit": {
     "in": "query",
     "type": "integer",
     "min": 1,
     "max": 1000,
     "default": 50
    },
    "page_num": {
     "in": "query",
     "type": "integer",
     "min": 1,
     "default": 1
    },
    "order": {
     "in": "query",
     "type": "string",
     "enum": [
      "name",
      "created_at"
     ],
     "default": "name"
    },
    "order_dir": {
     "in": "query",
     "type": "string",
     "enum": [
      "asc",
      "desc"
     ],
     "default": "asc"
    }
   }
  },
  "groups_post": {
   "method": "POST",
   "path": "/groups",
   "args": {
    "name": {
     "in": "body",
     "type": "string",
     "minLength": 1,
     "required": true
    },
    "description": {
     "in": "body",
     "type": "string"
    },
    "slug": {
     "in": "body",
     "type": "string"
    },
    "organization_id": {
     "in": "body",
     "type": "integer",
     "min": 1
    },
    "default_otp_required_for_login": {
     "in": "body",
     "type": "boolean"
    },
    "role_ids": {
     "in": "body",
     "type": "array",
     "items": {
      "in": "body",
      "type": "integer"
     }
    },
    "default_time_zone": {
     "in": "body",
     "type": "string"
    },
    "default_jobs_label": {
     "in": "body",
     "type": "string"
    },
    "default_notebooks_label": {
     "in": "body",
     "type": "string"
    },
    "default_services_label": {
     "in": "body",
     "type": "string"
    }
   },
   "body": true
  },
  "groups_get": {
   "method": "GET",
   "path": "/groups/{id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "groups_put": {
   "method": "PUT",
   "path": "/groups/{id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "name": {
     "in": "body",
     "type": "string",
     "minLength": 1,
     "required": true
    },
    "description": {
     "in": "body",
     "type": "string"
    },
    "slug": {
     "in": "body",
     "type": "string"
    },
    "organization_id": {
     "in": "body",
     "type": "integer",
     "min": 1
    },
    "default_otp_required_for_login": {
     "in": "body",
     "type": "boolean"
    },
    "role_ids": {
     "in": "body",
     "type": "array",
     "items": {
      "in": "body",
      "type": "integer"
     }
    },
    "default_time_zone": {
     "in": "body",
     "type": "string"
    },
    "default_jobs_label": {
     "in": "body",
     "type": "string"
    },
    "default_notebooks_label": {
     "in": "body",
     "type": "string"
    },
    "default_services_label": {
     "in": "body",
     "type": "string"
    }
   },
   "body": true
  },
  "groups_patch": {
   "method": "PATCH",
   "path": "/groups/{id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "name": {
     "in": "body",
     "type": "string",
     "minLength": 1
    },
    "description": {
     "in": "body",
     "type": "string"
    },
    "slug": {
     "in": "body",
     "type": "string"
    },
    "organization_id": {
     "in": "body",
     "type": "integer",
     "min": 1
    },
    "default_otp_required_for_login": {
     "in": "body",
     "type": "boolean"
    },
    "role_ids": {
     "in": "body",
     "type": "array",
     "items": {
      "in": "body",
      "type": "integer"
     }
    },
    "default_time_zone": {
     "in": "body",
     "type": "string"
    },
    "default_jobs_label": {
     "in": "body",
     "type": "string"
    },
    "default_notebooks_label": {
     "in": "body",
     "type": "string"
    },
    "default_services_label": {
     "in": "body",
     "type": "string"
    }
   },
   "body": true
  },
  "groups_list_child_groups": {
   "method": "GET",
   "path": "/groups/{id}/child_groups",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "groups_put_members": {
   "method": "PUT",
   "path": "/groups/{id}/members/{user_id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "user_id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "groups_delete_members": {
   "method": "DELETE",
   "path": "/groups/{id}/members/{user_id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "user_id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "groups_list_shares": {
   "method": "GET",
   "path": "/groups/{id}/shares",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "groups_put_shares_users": {
   "method": "PUT",
   "path": "/groups/{id}/shares/users",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "user_ids": {
     "in": "body",
     "type": "array",
     "minItems": 1,
     "items": {
      "in": "body",
      "type": "integer",
      "min": 1
     },
     "required": true
    },
    "permission_level": {
     "in": "body",
     "type": "string",
     "enum": [
      "read",
      "write",
      "manage"
     ],
     "required": true
    },
    "share_email_body": {
     "in": "body",
     "type": "string"
    },
    "send_shared_email": {
     "in": "body",
     "type": "boolean"
    }
   },
   "body": true
  },
  "groups_delete_shares_users": {
   "method": "DELETE",
   "path": "/groups/{id}/shares/users/{user_id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "user_id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "groups_put_shares_groups": {
   "method": "PUT",
   "path": "/groups/{id}/shares/groups",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "group_ids": {
     "in": "body",
     "type": "array",
     "minItems": 1,
     "items": {
      "in": "body",
      "type": "integer",
      "min": 1
     },
     "required": true
    },
    "permission_level": {
     "in": "body",
     "type": "string",
     "enum": [
      "read",
      "write",
      "manage"
     ],
     "required": true
    },
    "share_email_body": {
     "in": "body",
     "type": "string"
    },
    "send_shared_email": {
     "in": "body",
     "type": "boolean"
    }
   },
   "body": true
  },
  "groups_delete_shares_groups": {
   "method": "DELETE",
   "path": "/groups/{id}/shares/groups/{group_id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "group_id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "credentials_list": {
   "method": "GET",
   "path": "/credentials",
   "args": {
    "type": {
     "in": "query",
     "type": "string",
     "minLength": 1
    },
    "remote_host_id": {
     "in": "query",
     "type": "integer",
     "min": 1
    },
    "default": {
     "in": "query",
     "type": "boolean"
    },
    "system_credentials": {
     "in": "query",
     "type": "boolean"
    },
    "users": {
     "in": "query",
     "type": "string",
     "pattern": "^[0-9]+(,[0-9]+)*$"
    },
    "name": {
     "in": "query",
     "type": "string"
    },
    "limit": {
     "in": "query",
     "type": "integer",
     "min": 1,
     "max": 1000,
     "default": 1000
    },
    "page_num": {
     "in": "query",
     "type": "integer",
     "min": 1,
     "default": 1
    },
    "order": {
     "in": "query",
     "type": "string",
     "enum": [
      "updated_at",
      "created_at",
      "name"
     ],
     "default": "updated_at"
    },
    "order_dir": {
     "in": "query",
     "type": "string",
     "enum": [
      "asc",
      "desc"
     ],
     "default": "desc"
    }
   }
  },
  "credentials_post": {
   "method": "POST",
   "path": "/credentials",
   "args": {
    "name": {
     "in": "body",
     "type": "string"
    },
    "type": {
     "in": "body",
     "type": "string",
     "enum": [
      "Amazon Web Services S3",
      "CASS/NCOA PAF",
      "Certificate",
      "Civis Platform",
      "Custom",
      "Database",
      "Google",
      "Salesforce User",
      "Salesforce Client",
      "TableauUser"
     ],
     "required": true
    },
    "description": {
     "in": "body",
     "type": "string"
    },
    "username": {
     "in": "body",
     "type": "string",
     "required": true
    },
    "password": {
     "in": "body",
     "type": "string",
     "required": true
    },
    "remote_host_id": {
     "in": "body",
     "type": "integer",
     "min": 1
    },
    "user_id": {
     "in": "body",
     "type": "integer",
     "min": 1
    },
    "state": {
     "in": "body",
     "type": "string"
    },
    "system_credential": {
     "in": "body",
     "type": "boolean"
    },
    "default": {
     "in": "body",
     "type": "boolean"
    },
    "oauth": {
     "in": "body",
     "type": "boolean"
    }
   },
   "body": true
  },
  "credentials_list_types": {
   "method": "GET",
   "path": "/credentials/types",
   "args": {}
  },
  "credentials_post_authenticate": {
   "method": "POST",
   "path": "/credentials/authenticate",
   "args": {
    "url": {
     "in": "body",
     "type": "string",
     "minLength": 1,
     "required": true
    },
    "remote_host_type": {
     "in": "body",
     "type": "string",
     "enum": [
      "RemoteHostTypes::Bigquery",
      "RemoteHostTypes::Bitbucket",
      "RemoteHostTypes::GitSSH",
      "RemoteHostTypes::Github",
      "RemoteHostTypes::GoogleDoc",
      "RemoteHostTypes::JDBC",
      "RemoteHostTypes::Postgres",
      "RemoteHostTypes::Redshift",
      "RemoteHostTypes::S3Storage",
      "RemoteHostTypes::Salesforce"
     ],
     "required": true
    },
    "username": {
     "in": "body",
     "type": "string",
     "required": true
    },
    "password": {
     "in": "body",
     "type": "string",
     "required": true
    }
   },
   "body": true
  },
  "credentials_get": {
   "method": "GET",
   "path": "/credentials/{id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "credentials_put": {
   "method": "PUT",
   "path": "/credentials/{id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "name": {
     "in": "body",
     "type": "string"
    },
    "type": {
     "in": "body",
     "type": "string",
     "enum": [
      "Amazon Web Services S3",
      "CASS/NCOA PAF",
      "Certificate",
      "Civis Platform",
      "Custom",
      "Database",
      "Google",
      "Salesforce User",
      "Salesforce Client",
      "TableauUser"
     ],
     "required": true
    },
    "description": {
     "in": "body",
     "type": "string"
    },
    "username": {
     "in": "body",
     "type": "string",
     "required": true
    },
    "password": {
     "in": "body",
     "type": "string",
     "required": true
    },
    "remote_host_id": {
     "in": "body",
     "type": "integer",
     "min": 1
    },
    "user_id": {
     "in": "body",
     "type": "integer",
     "min": 1
    },
    "state": {
     "in": "body",
     "type": "string"
    },
    "system_credential": {
     "in": "body",
     "type": "boolean"
    },
    "default": {
     "in": "body",
     "type": "boolean"
    },
    "oauth": {
     "in": "body",
     "type": "boolean"
    }
   },
   "body": true
  },
  "credentials_patch": {
   "method": "PATCH",
   "path": "/credentials/{id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "name": {
     "in": "body",
     "type": "string"
    },
    "type": {
     "in": "body",
     "type": "string",
     "enum": [
      "Amazon Web Services S3",
      "CASS/NCOA PAF",
      "Certificate",
      "Civis Platform",
      "Custom",
      "Database",
      "Google",
      "Salesforce User",
      "Salesforce Client",
      "TableauUser"
     ]
    },
    "description": {
     "in": "body",
     "type": "string"
    },
    "username": {
     "in": "body",
     "type": "string"
    },
    "password": {
     "in": "body",
     "type": "string"
    },
    "remote_host_id": {
     "in": "body",
     "type": "integer",
     "min": 1
    },
    "user_id": {
     "in": "body",
     "type": "integer",
     "min": 1
    },
    "state": {
     "in": "body",
     "type": "string"
    },
    "system_credential": {
     "in": "body",
     "type": "boolean"
    },
    "default": {
     "in": "body",
     "type": "boolean"
    },
    "oauth": {
     "in": "body",
     "type": "boolean"
    }
   },
   "body": true
  },
  "credentials_delete": {
   "method": "DELETE",
   "path": "/credentials/{id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "credentials_post_temporary": {
   "method": "POST",
   "path": "/credentials/{id}/temporary",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "duration": {
     "in": "body",
     "type": "integer",
     "min": 900,
     "max": 129600,
     "default": 900
    }
   }
  },
  "credentials_list_dependencies": {
   "method": "GET",
   "path": "/credentials/{id}/dependencies",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "user_id": {
     "in": "query",
     "type": "integer",
     "min": 1
    }
   }
  },
  "credentials_put_transfer": {
   "method": "PUT",
   "path": "/credentials/{id}/transfer",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "user_id": {
     "in": "body",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "include_dependencies": {
     "in": "body",
     "type": "boolean",
     "required": true
    },
    "email_body": {
     "in": "body",
     "type": "string"
    },
    "send_email": {
     "in": "body",
     "type": "boolean"
    }
   },
   "body": true
  },
  "credentials_list_shares": {
   "method": "GET",
   "path": "/credentials/{id}/shares",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "credentials_put_shares_users": {
   "method": "PUT",
   "path": "/credentials/{id}/shares/users",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "user_ids": {
     "in": "body",
     "type": "array",
     "minItems": 1,
     "items": {
      "in": "body",
      "type": "integer",
      "min": 1
     },
     "required": true
    },
    "permission_level": {
     "in": "body",
     "type": "string",
     "enum": [
      "read",
      "write",
      "manage"
     ],
     "required": true
    },
    "share_email_body": {
     "in": "body",
     "type": "string"
    },
    "send_shared_email": {
     "in": "body",
     "type": "boolean"
    }
   },
   "body": true
  },
  "credentials_delete_shares_users": {
   "method": "DELETE",
   "path": "/credentials/{id}/shares/users/{user_id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "user_id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  },
  "credentials_put_shares_groups": {
   "method": "PUT",
   "path": "/credentials/{id}/shares/groups",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "group_ids": {
     "in": "body",
     "type": "array",
     "minItems": 1,
     "items": {
      "in": "body",
      "type": "integer",
      "min": 1
     },
     "required": true
    },
    "permission_level": {
     "in": "body",
     "type": "string",
     "enum": [
      "read",
      "write",
      "manage"
     ],
     "required": true
    },
    "share_email_body": {
     "in": "body",
     "type": "string"
    },
    "send_shared_email": {
     "in": "body",
     "type": "boolean"
    }
   },
   "body": true
  },
  "credentials_delete_shares_groups": {
   "method": "DELETE",
   "path": "/credentials/{id}/shares/groups/{group_id}",
   "args": {
    "id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    },
    "group_id": {
     "in": "path",
     "type": "integer",
     "min": 1,
     "required": true
    }
   }
  }
 },
 "responseKeys": {
  "accessKey": "access_key",
  "createdAt": "created_at",
  "createdById": "created_by_id",
  "defaultJobsLabel": "default_jobs_label",
  "defaultNotebooksLabel": "default_notebooks_label",
  "defaultOtpRequiredForLogin": "default_otp_required_for_login",
  "defaultServicesLabel": "default_services_label",
  "defaultTimeZone": "default_time_zone",
  "fcoType": "fco_type",
  "lastUpdatedById": "last_updated_by_id",
  "memberCount": "member_count",
  "objectType": "object_type",
  "organizationId": "organization_id",
  "organizationName": "organization_name",
  "permissionLevel": "permission_level",
  "permissionSetId": "permission_set_id",
  "primaryGroupId": "primary_group_id",
  "remoteHostId": "remote_host_id",
  "remoteHostName": "remote_host_name",
  "resourceName": "resource_name",
  "roleIds": "role_ids",
  "secretAccessKey": "secret_access_key",
  "sessionToken": "session_token",
  "targetFileName": "target_file_name",
  "totalGroupShares": "total_group_shares",
  "totalMemberCount": "total_member_count",
  "totalUserShares": "total_user_shares",
  "updatedAt": "updated_at"
 }
};
