// Generated from spec/openapi.yaml by `npm run generate`. DO NOT EDIT.
// spec sha256: ddf461dbc95499b5

/** The spec's descriptions of one method and of each of its arguments. */
export interface MethodHelp {
  summary: string;
  description?: string;
  /** Argument (wire name) -> description; "" when the spec has none. */
  args: Record<string, string>;
}

/** Resource descriptions, and resource -> method -> its help. */
export const help: {
  resources: Record<string, string>;
  methods: Record<string, Record<string, MethodHelp>>;
} = {
  "resources": {
    "match_targets": "Match targets.",
    "json_values": "Stored JSON documents.",
    "permission_sets": "Permission sets and their resources.",
    "groups": "Groups of users.",
    "credentials": "Credentials for remote hosts and services."
  },
  "methods": {
    "match_targets": {
      "list": {
        "summary": "List match targets",
        "description": "Not paginated; returns every match target the caller can read.",
        "args": {}
      },
      "post": {
        "summary": "Create a new match target",
        "args": {
          "name": "The name of the match target.",
          "target_file_name": "The name of the target file.",
          "archived": "Whether the match target has been archived."
        }
      },
      "get": {
        "summary": "Show Match Target info",
        "args": {
          "id": "The ID of the object."
        }
      },
      "patch": {
        "summary": "Update a match target",
        "args": {
          "id": "The ID of the object.",
          "name": "The name of the match target.",
          "target_file_name": "The name of the target file.",
          "archived": "Whether the match target has been archived."
        }
      },
      "put_archive": {
        "summary": "Update the archive status of this object",
        "args": {
          "id": "The ID of the object.",
          "status": "The desired archived status of the object."
        }
      },
      "list_shares": {
        "summary": "List users and groups permissioned on this object",
        "args": {
          "id": "The ID of the resource that is shared."
        }
      },
      "put_shares_users": {
        "summary": "Set the permissions users have on this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "user_ids": "An array of one or more user IDs.",
          "permission_level": "Options are \"read\", \"write\", or \"manage\".",
          "share_email_body": "Custom body text for e-mail sent on a share.",
          "send_shared_email": "Send email to the recipients of a share."
        }
      },
      "delete_shares_users": {
        "summary": "Revoke the permissions a user has on this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "user_id": "The ID of the user."
        }
      },
      "put_shares_groups": {
        "summary": "Set the permissions groups has on this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "group_ids": "An array of one or more group IDs.",
          "permission_level": "Options are \"read\", \"write\", or \"manage\".",
          "share_email_body": "Custom body text for e-mail sent on a share.",
          "send_shared_email": "Send email to the recipients of a share."
        }
      },
      "delete_shares_groups": {
        "summary": "Revoke the permissions a group has on this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "group_id": "The ID of the group."
        }
      }
    },
    "json_values": {
      "post": {
        "summary": "Create a JSON Value",
        "args": {
          "name": "The name of the JSON Value.",
          "value_str": "The JSON value to store, serialized. At most 1,000,000 bytes."
        }
      },
      "get": {
        "summary": "Get details about a JSON Value",
        "args": {
          "id": "The ID of the JSON Value."
        }
      },
      "patch": {
        "summary": "Update some attributes of this JSON Value",
        "args": {
          "id": "The ID of the JSON Value.",
          "name": "The name of the JSON Value.",
          "value_str": "The JSON value to store, serialized. At most 1,000,000 bytes."
        }
      },
      "list_dependencies": {
        "summary": "List dependent objects for this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "user_id": "ID of target user"
        }
      },
      "put_transfer": {
        "summary": "Transfer ownership of this object to another user",
        "args": {
          "id": "The ID of the resource that is shared.",
          "user_id": "ID of target user",
          "include_dependencies": "Whether or not to give manage permissions on all dependencies",
          "email_body": "Custom body text for e-mail sent on transfer.",
          "send_email": "Send email to the target user of the transfer?"
        }
      },
      "list_shares": {
        "summary": "List users and groups permissioned on this object",
        "args": {
          "id": "The ID of the resource that is shared."
        }
      },
      "put_shares_users": {
        "summary": "Set the permissions users have on this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "user_ids": "An array of one or more user IDs.",
          "permission_level": "Options are \"read\", \"write\", or \"manage\".",
          "share_email_body": "Custom body text for e-mail sent on a share.",
          "send_shared_email": "Send email to the recipients of a share."
        }
      },
      "delete_shares_users": {
        "summary": "Revoke the permissions a user has on this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "user_id": "The ID of the user."
        }
      },
      "put_shares_groups": {
        "summary": "Set the permissions groups has on this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "group_ids": "An array of one or more group IDs.",
          "permission_level": "Options are \"read\", \"write\", or \"manage\".",
          "share_email_body": "Custom body text for e-mail sent on a share.",
          "send_shared_email": "Send email to the recipients of a share."
        }
      },
      "delete_shares_groups": {
        "summary": "Revoke the permissions a group has on this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "group_id": "The ID of the group."
        }
      }
    },
    "permission_sets": {
      "list": {
        "summary": "List Permission Sets",
        "args": {
          "archived": "The archival status of the requested item(s).",
          "author": "Items from any of these authors; a comma-separated list of user IDs.",
          "limit": "Number of results to return. Defaults to 20. Maximum allowed is 50.",
          "page_num": "Page number of the results to return. Defaults to the first page, 1.",
          "order": "The field on which to order the result set. Defaults to updated_at. Must be one of: updated_at, name, created_at.",
          "order_dir": "Direction in which to sort, either asc (ascending) or desc (descending) defaulting to desc."
        }
      },
      "post": {
        "summary": "Create a Permission Set",
        "args": {
          "name": "The name of this permission set.",
          "description": "A description of this permission set."
        }
      },
      "get": {
        "summary": "Get a Permission Set",
        "args": {
          "id": "The ID for this permission set."
        }
      },
      "put": {
        "summary": "Replace all attributes of this Permission Set",
        "args": {
          "id": "The ID for this permission set.",
          "name": "The name of this permission set.",
          "description": "A description of this permission set."
        }
      },
      "patch": {
        "summary": "Update some attributes of this Permission Set",
        "args": {
          "id": "The ID for this permission set.",
          "name": "The name of this permission set.",
          "description": "A description of this permission set."
        }
      },
      "put_archive": {
        "summary": "Update the archive status of this object",
        "args": {
          "id": "The ID of the object.",
          "status": "The desired archived status of the object."
        }
      },
      "list_dependencies": {
        "summary": "List dependent objects for this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "user_id": "ID of target user"
        }
      },
      "put_transfer": {
        "summary": "Transfer ownership of this object to another user",
        "args": {
          "id": "The ID of the resource that is shared.",
          "user_id": "ID of target user",
          "include_dependencies": "Whether or not to give manage permissions on all dependencies",
          "email_body": "Custom body text for e-mail sent on transfer.",
          "send_email": "Send email to the target user of the transfer?"
        }
      },
      "list_shares": {
        "summary": "List users and groups permissioned on this object",
        "args": {
          "id": "The ID of the resource that is shared."
        }
      },
      "put_shares_users": {
        "summary": "Set the permissions users have on this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "user_ids": "An array of one or more user IDs.",
          "permission_level": "Options are \"read\", \"write\", or \"manage\".",
          "share_email_body": "Custom body text for e-mail sent on a share.",
          "send_shared_email": "Send email to the recipients of a share."
        }
      },
      "delete_shares_users": {
        "summary": "Revoke the permissions a user has on this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "user_id": "The ID of the user."
        }
      },
      "put_shares_groups": {
        "summary": "Set the permissions groups has on this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "group_ids": "An array of one or more group IDs.",
          "permission_level": "Options are \"read\", \"write\", or \"manage\".",
          "share_email_body": "Custom body text for e-mail sent on a share.",
          "send_shared_email": "Send email to the recipients of a share."
        }
      },
      "delete_shares_groups": {
        "summary": "Revoke the permissions a group has on this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "group_id": "The ID of the group."
        }
      },
      "list_users_permissions": {
        "summary": "Get all permissions for a user, in this permission set",
        "args": {
          "id": "The ID for this permission set.",
          "user_id": "The ID for the user."
        }
      },
      "list_resources": {
        "summary": "List resources in a permission set",
        "args": {
          "id": "The ID for this permission set.",
          "limit": "Number of results to return. Defaults to 50. Maximum allowed is 1000.",
          "page_num": "Page number of the results to return. Defaults to the first page, 1.",
          "order": "The field on which to order the result set. Defaults to name. Must be one of: name, id, updated_at, created_at.",
          "order_dir": "Direction in which to sort, either asc (ascending) or desc (descending) defaulting to asc."
        }
      },
      "post_resources": {
        "summary": "Create a resource in a permission set",
        "args": {
          "id": "The ID for this permission set.",
          "name": "The name of this resource.",
          "description": "A description of this resource."
        }
      },
      "get_resources": {
        "summary": "Get a resource in a permission set",
        "args": {
          "id": "The ID for this permission set.",
          "name": "The name of this resource. It may hold `/`, spaces, `?` or `#`, so it is percent-encoded in the path."
        }
      },
      "patch_resources": {
        "summary": "Update a resource in a permission set",
        "args": {
          "id": "The ID for this permission set.",
          "name": "The name of this resource. It may hold `/`, spaces, `?` or `#`, so it is percent-encoded in the path.",
          "description": "A description of this resource."
        }
      },
      "delete_resources": {
        "summary": "Delete a resource in a permission set",
        "args": {
          "id": "The ID for this permission set.",
          "name": "The name of this resource. It may hold `/`, spaces, `?` or `#`, so it is percent-encoded in the path."
        }
      },
      "list_resources_shares": {
        "summary": "List users and groups permissioned on this object",
        "args": {
          "id": "The ID for this permission set.",
          "name": "The name of this resource. It may hold `/`, spaces, `?` or `#`, so it is percent-encoded in the path."
        }
      },
      "put_resources_shares_users": {
        "summary": "Set the permissions users have on this object",
        "args": {
          "id": "The ID for this permission set.",
          "name": "The name of this resource. It may hold `/`, spaces, `?` or `#`, so it is percent-encoded in the path.",
          "user_ids": "An array of one or more user IDs.",
          "permission_level": "Options are \"read\", \"write\", or \"manage\".",
          "share_email_body": "Custom body text for e-mail sent on a share.",
          "send_shared_email": "Send email to the recipients of a share."
        }
      },
      "delete_resources_shares_users": {
        "summary": "Revoke the permissions a user has on this object",
        "args": {
          "id": "The ID for this permission set.",
          "name": "The name of this resource. It may hold `/`, spaces, `?` or `#`, so it is percent-encoded in the path.",
          "user_id": "The ID of the user."
        }
      },
      "put_resources_shares_groups": {
        "summary": "Set the permissions groups has on this object",
        "args": {
          "id": "The ID for this permission set.",
          "name": "The name of this resource. It may hold `/`, spaces, `?` or `#`, so it is percent-encoded in the path.",
          "group_ids": "An array of one or more group IDs.",
          "permission_level": "Options are \"read\", \"write\", or \"manage\".",
          "share_email_body": "Custom body text for e-mail sent on a share.",
          "send_shared_email": "Send email to the recipients of a share."
        }
      },
      "delete_resources_shares_groups": {
        "summary": "Revoke the permissions a group has on this object",
        "args": {
          "id": "The ID for this permission set.",
          "name": "The name of this resource. It may hold `/`, spaces, `?` or `#`, so it is percent-encoded in the path.",
          "group_id": "The ID of the group."
        }
      }
    },
    "groups": {
      "list": {
        "summary": "List Groups",
        "args": {
          "query": "If specified, it will filter the groups returned.",
          "permission": "A permissions string, one of \"read\", \"write\", or \"manage\". Lists only groups for which the current user has that permission.",
          "include_members": "Show members of the group.",
          "organization_id": "The organization by which to filter groups.",
          "user_ids": "User IDs to filter groups by; groups are returned if any of the users is a member. Sent as `user_ids[]=1&user_ids[]=2`.",
          "limit": "Number of results to return. Defaults to 50. Maximum allowed is 1000.",
          "page_num": "Page number of the results to return. Defaults to the first page, 1.",
          "order": "The field on which to order the result set. Defaults to name. Must be one of: name, created_at.",
          "order_dir": "Direction in which to sort, either asc (ascending) or desc (descending) defaulting to asc."
        }
      },
      "post": {
        "summary": "Create a Group",
        "args": {
          "name": "This group's name.",
          "description": "The description of the group.",
          "slug": "The slug for this group.",
          "organization_id": "The ID of the organization this group belongs to.",
          "default_otp_required_for_login": "The two factor authentication requirement for this group.",
          "role_ids": "The IDs of all the roles this group has.",
          "default_time_zone": "The default time zone of this group.",
          "default_jobs_label": "The default partition label for jobs of this group.",
          "default_notebooks_label": "The default partition label for notebooks of this group.",
          "default_services_label": "The default partition label for services of this group."
        }
      },
      "get": {
        "summary": "Get a Group",
        "args": {
          "id": "The ID of this group."
        }
      },
      "put": {
        "summary": "Replace all attributes of this Group",
        "args": {
          "id": "The ID of this group.",
          "name": "This group's name.",
          "description": "The description of the group.",
          "slug": "The slug for this group.",
          "organization_id": "The ID of the organization this group belongs to.",
          "default_otp_required_for_login": "The two factor authentication requirement for this group.",
          "role_ids": "The IDs of all the roles this group has.",
          "default_time_zone": "The default time zone of this group.",
          "default_jobs_label": "The default partition label for jobs of this group.",
          "default_notebooks_label": "The default partition label for notebooks of this group.",
          "default_services_label": "The default partition label for services of this group."
        }
      },
      "patch": {
        "summary": "Update some attributes of this Group",
        "args": {
          "id": "The ID of this group.",
          "name": "This group's name.",
          "description": "The description of the group.",
          "slug": "The slug for this group.",
          "organization_id": "The ID of the organization this group belongs to.",
          "default_otp_required_for_login": "The two factor authentication requirement for this group.",
          "role_ids": "The IDs of all the roles this group has.",
          "default_time_zone": "The default time zone of this group.",
          "default_jobs_label": "The default partition label for jobs of this group.",
          "default_notebooks_label": "The default partition label for notebooks of this group.",
          "default_services_label": "The default partition label for services of this group."
        }
      },
      "delete": {
        "summary": "Delete a Group",
        "description": "Needs manage permission on the group (its creator, a manager or an admin). Its memberships and shares go with it.",
        "args": {
          "id": "The ID of this group."
        }
      },
      "list_child_groups": {
        "summary": "Get child groups of this group",
        "args": {
          "id": "The ID of this group."
        }
      },
      "put_members": {
        "summary": "Add a user to a group",
        "args": {
          "id": "The ID of the group.",
          "user_id": "The ID of the user."
        }
      },
      "delete_members": {
        "summary": "Remove a user from a group",
        "args": {
          "id": "The ID of the group.",
          "user_id": "The ID of the user."
        }
      },
      "list_shares": {
        "summary": "List users and groups permissioned on this object",
        "args": {
          "id": "The ID of the resource that is shared."
        }
      },
      "put_shares_users": {
        "summary": "Set the permissions users have on this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "user_ids": "An array of one or more user IDs.",
          "permission_level": "Options are \"read\", \"write\", or \"manage\".",
          "share_email_body": "Custom body text for e-mail sent on a share.",
          "send_shared_email": "Send email to the recipients of a share."
        }
      },
      "delete_shares_users": {
        "summary": "Revoke the permissions a user has on this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "user_id": "The ID of the user."
        }
      },
      "put_shares_groups": {
        "summary": "Set the permissions groups has on this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "group_ids": "An array of one or more group IDs.",
          "permission_level": "Options are \"read\", \"write\", or \"manage\".",
          "share_email_body": "Custom body text for e-mail sent on a share.",
          "send_shared_email": "Send email to the recipients of a share."
        }
      },
      "delete_shares_groups": {
        "summary": "Revoke the permissions a group has on this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "group_id": "The ID of the group."
        }
      }
    },
    "credentials": {
      "list": {
        "summary": "List credentials",
        "args": {
          "type": "The type (or types) of credentials to return, as a comma-separated list (e.g. \"Database,Custom\").",
          "remote_host_id": "The ID of the remote host associated with the credentials to return.",
          "default": "If true, return only the current user's default credential.",
          "system_credentials": "If true, only return system credentials (Civis Admins only).",
          "users": "A comma-separated list of user IDs; credentials owned by those users.",
          "name": "Return credentials whose name contains this string.",
          "limit": "Number of results to return. Defaults to its maximum of 1000.",
          "page_num": "Page number of the results to return. Defaults to the first page, 1.",
          "order": "The field on which to order the result set. Defaults to updated_at. Must be one of: updated_at, created_at, name.",
          "order_dir": "Direction in which to sort, either asc (ascending) or desc (descending) defaulting to desc."
        }
      },
      "post": {
        "summary": "Create a credential",
        "args": {
          "name": "The name identifying the credential.",
          "type": "A type of credential that can be created or edited through the API.",
          "description": "A long description of the credential.",
          "username": "The username for the credential.",
          "password": "The password for the credential. Stored, never returned.",
          "remote_host_id": "The ID of the remote host associated with the credential.",
          "user_id": "The user the credential is created for (Civis Admins only).",
          "state": "The U.S. state for the credential. Only for VAN credentials.",
          "system_credential": "Make a system credential, owned by the Civis Robot user (Civis Admins only).",
          "default": "Whether the credential is a default. Only for Database credentials.",
          "oauth": "Whether the credential is an OAuth credential."
        }
      },
      "list_types": {
        "summary": "Get list of Credential Types",
        "args": {}
      },
      "post_authenticate": {
        "summary": "Authenticate against a remote host",
        "description": "Checks a username and password against a remote host. A wrong username or password is a 400 `authentication_error`, never a 401 (a 401 means a bad Civis API key).",
        "args": {
          "url": "The URL to your host.",
          "remote_host_type": "The type of remote host.",
          "username": "The username for the credential.",
          "password": "The password for the credential."
        }
      },
      "get": {
        "summary": "Get a credential",
        "args": {
          "id": "The ID of the credential."
        }
      },
      "put": {
        "summary": "Update an existing credential",
        "args": {
          "id": "The ID of the credential.",
          "name": "The name identifying the credential.",
          "type": "A type of credential that can be created or edited through the API.",
          "description": "A long description of the credential.",
          "username": "The username for the credential.",
          "password": "The password for the credential. Stored, never returned.",
          "remote_host_id": "The ID of the remote host associated with the credential.",
          "user_id": "The user the credential is created for (Civis Admins only).",
          "state": "The U.S. state for the credential. Only for VAN credentials.",
          "system_credential": "Make a system credential, owned by the Civis Robot user (Civis Admins only).",
          "default": "Whether the credential is a default. Only for Database credentials.",
          "oauth": "Whether the credential is an OAuth credential."
        }
      },
      "patch": {
        "summary": "Update some attributes of a credential",
        "args": {
          "id": "The ID of the credential.",
          "name": "The name identifying the credential.",
          "type": "A type of credential that can be created or edited through the API.",
          "description": "A long description of the credential.",
          "username": "The username for the credential.",
          "password": "The password for the credential. Stored, never returned.",
          "remote_host_id": "The ID of the remote host associated with the credential.",
          "user_id": "The user the credential is created for (Civis Admins only).",
          "state": "The U.S. state for the credential. Only for VAN credentials.",
          "system_credential": "Make a system credential, owned by the Civis Robot user (Civis Admins only).",
          "default": "Whether the credential is a default. Only for Database credentials.",
          "oauth": "Whether the credential is an OAuth credential."
        }
      },
      "delete": {
        "summary": "Delete a credential",
        "args": {
          "id": "The ID of the credential."
        }
      },
      "post_temporary": {
        "summary": "Generate a temporary credential for accessing S3",
        "args": {
          "id": "The ID of the credential.",
          "duration": "Seconds the temporary credential is valid: at least 15 minutes, at most 36 hours. Defaults to 15 minutes."
        }
      },
      "list_dependencies": {
        "summary": "List dependent objects for this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "user_id": "ID of target user"
        }
      },
      "put_transfer": {
        "summary": "Transfer ownership of this object to another user",
        "args": {
          "id": "The ID of the resource that is shared.",
          "user_id": "ID of target user",
          "include_dependencies": "Whether or not to give manage permissions on all dependencies",
          "email_body": "Custom body text for e-mail sent on transfer.",
          "send_email": "Send email to the target user of the transfer?"
        }
      },
      "list_shares": {
        "summary": "List users and groups permissioned on this object",
        "args": {
          "id": "The ID of the resource that is shared."
        }
      },
      "put_shares_users": {
        "summary": "Set the permissions users have on this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "user_ids": "An array of one or more user IDs.",
          "permission_level": "Options are \"read\", \"write\", or \"manage\".",
          "share_email_body": "Custom body text for e-mail sent on a share.",
          "send_shared_email": "Send email to the recipients of a share."
        }
      },
      "delete_shares_users": {
        "summary": "Revoke the permissions a user has on this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "user_id": "The ID of the user."
        }
      },
      "put_shares_groups": {
        "summary": "Set the permissions groups has on this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "group_ids": "An array of one or more group IDs.",
          "permission_level": "Options are \"read\", \"write\", or \"manage\".",
          "share_email_body": "Custom body text for e-mail sent on a share.",
          "send_shared_email": "Send email to the recipients of a share."
        }
      },
      "delete_shares_groups": {
        "summary": "Revoke the permissions a group has on this object",
        "args": {
          "id": "The ID of the resource that is shared.",
          "group_id": "The ID of the group."
        }
      }
    }
  }
};
