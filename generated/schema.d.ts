// Generated from spec/openapi.yaml by `npm run generate`. DO NOT EDIT.
// spec sha256: ddf461dbc95499b5

export interface paths {
    "/match_targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List match targets
         * @description Not paginated; returns every match target the caller can read.
         */
        get: operations["match_targets_list"];
        put?: never;
        /** Create a new match target */
        post: operations["match_targets_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/match_targets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the object. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Show Match Target info */
        get: operations["match_targets_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a match target */
        patch: operations["match_targets_patch"];
        trace?: never;
    };
    "/match_targets/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the object. */
                id: components["parameters"]["ArchiveId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Update the archive status of this object */
        put: operations["match_targets_put_archive"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/match_targets/{id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        /** List users and groups permissioned on this object */
        get: operations["match_targets_list_shares"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/match_targets/{id}/shares/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Set the permissions users have on this object */
        put: operations["match_targets_put_shares_users"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/match_targets/{id}/shares/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
                /** @description The ID of the user. */
                user_id: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke the permissions a user has on this object */
        delete: operations["match_targets_delete_shares_users"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/match_targets/{id}/shares/groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Set the permissions groups has on this object */
        put: operations["match_targets_put_shares_groups"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/match_targets/{id}/shares/groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
                /** @description The ID of the group. */
                group_id: components["parameters"]["GroupIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke the permissions a group has on this object */
        delete: operations["match_targets_delete_shares_groups"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/json_values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a JSON Value */
        post: operations["json_values_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/json_values/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the JSON Value. */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get details about a JSON Value */
        get: operations["json_values_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update some attributes of this JSON Value */
        patch: operations["json_values_patch"];
        trace?: never;
    };
    "/json_values/{id}/dependencies": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        /** List dependent objects for this object */
        get: operations["json_values_list_dependencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/json_values/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Transfer ownership of this object to another user */
        put: operations["json_values_put_transfer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/json_values/{id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        /** List users and groups permissioned on this object */
        get: operations["json_values_list_shares"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/json_values/{id}/shares/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Set the permissions users have on this object */
        put: operations["json_values_put_shares_users"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/json_values/{id}/shares/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
                /** @description The ID of the user. */
                user_id: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke the permissions a user has on this object */
        delete: operations["json_values_delete_shares_users"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/json_values/{id}/shares/groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Set the permissions groups has on this object */
        put: operations["json_values_put_shares_groups"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/json_values/{id}/shares/groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
                /** @description The ID of the group. */
                group_id: components["parameters"]["GroupIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke the permissions a group has on this object */
        delete: operations["json_values_delete_shares_groups"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Permission Sets */
        get: operations["permission_sets_list"];
        put?: never;
        /** Create a Permission Set */
        post: operations["permission_sets_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
            };
            cookie?: never;
        };
        /** Get a Permission Set */
        get: operations["permission_sets_get"];
        /** Replace all attributes of this Permission Set */
        put: operations["permission_sets_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update some attributes of this Permission Set */
        patch: operations["permission_sets_patch"];
        trace?: never;
    };
    "/permission_sets/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the object. */
                id: components["parameters"]["ArchiveId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Update the archive status of this object */
        put: operations["permission_sets_put_archive"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/dependencies": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        /** List dependent objects for this object */
        get: operations["permission_sets_list_dependencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Transfer ownership of this object to another user */
        put: operations["permission_sets_put_transfer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        /** List users and groups permissioned on this object */
        get: operations["permission_sets_list_shares"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/shares/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Set the permissions users have on this object */
        put: operations["permission_sets_put_shares_users"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/shares/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
                /** @description The ID of the user. */
                user_id: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke the permissions a user has on this object */
        delete: operations["permission_sets_delete_shares_users"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/shares/groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Set the permissions groups has on this object */
        put: operations["permission_sets_put_shares_groups"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/shares/groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
                /** @description The ID of the group. */
                group_id: components["parameters"]["GroupIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke the permissions a group has on this object */
        delete: operations["permission_sets_delete_shares_groups"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/users/{user_id}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The ID for the user. */
                user_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get all permissions for a user, in this permission set */
        get: operations["permission_sets_list_users_permissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
            };
            cookie?: never;
        };
        /** List resources in a permission set */
        get: operations["permission_sets_list_resources"];
        put?: never;
        /** Create a resource in a permission set */
        post: operations["permission_sets_post_resources"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/resources/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
                 *     is percent-encoded in the path.
                 *      */
                name: components["parameters"]["ResourceName"];
            };
            cookie?: never;
        };
        /** Get a resource in a permission set */
        get: operations["permission_sets_get_resources"];
        put?: never;
        post?: never;
        /** Delete a resource in a permission set */
        delete: operations["permission_sets_delete_resources"];
        options?: never;
        head?: never;
        /** Update a resource in a permission set */
        patch: operations["permission_sets_patch_resources"];
        trace?: never;
    };
    "/permission_sets/{id}/resources/{name}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
                 *     is percent-encoded in the path.
                 *      */
                name: components["parameters"]["ResourceName"];
            };
            cookie?: never;
        };
        /** List users and groups permissioned on this object */
        get: operations["permission_sets_list_resources_shares"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/resources/{name}/shares/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
                 *     is percent-encoded in the path.
                 *      */
                name: components["parameters"]["ResourceName"];
            };
            cookie?: never;
        };
        get?: never;
        /** Set the permissions users have on this object */
        put: operations["permission_sets_put_resources_shares_users"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/resources/{name}/shares/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
                 *     is percent-encoded in the path.
                 *      */
                name: components["parameters"]["ResourceName"];
                /** @description The ID of the user. */
                user_id: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke the permissions a user has on this object */
        delete: operations["permission_sets_delete_resources_shares_users"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/resources/{name}/shares/groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
                 *     is percent-encoded in the path.
                 *      */
                name: components["parameters"]["ResourceName"];
            };
            cookie?: never;
        };
        get?: never;
        /** Set the permissions groups has on this object */
        put: operations["permission_sets_put_resources_shares_groups"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permission_sets/{id}/resources/{name}/shares/groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
                 *     is percent-encoded in the path.
                 *      */
                name: components["parameters"]["ResourceName"];
                /** @description The ID of the group. */
                group_id: components["parameters"]["GroupIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke the permissions a group has on this object */
        delete: operations["permission_sets_delete_resources_shares_groups"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Groups */
        get: operations["groups_list"];
        put?: never;
        /** Create a Group */
        post: operations["groups_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of this group. */
                id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        /** Get a Group */
        get: operations["groups_get"];
        /** Replace all attributes of this Group */
        put: operations["groups_put"];
        post?: never;
        /**
         * Delete a Group
         * @description Needs manage permission on the group (its creator, a manager or an
         *     admin). Its memberships and shares go with it.
         *
         */
        delete: operations["groups_delete"];
        options?: never;
        head?: never;
        /** Update some attributes of this Group */
        patch: operations["groups_patch"];
        trace?: never;
    };
    "/groups/{id}/child_groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of this group. */
                id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        /** Get child groups of this group */
        get: operations["groups_list_child_groups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the group. */
                id: components["schemas"]["Id"];
                /** @description The ID of the user. */
                user_id: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /** Add a user to a group */
        put: operations["groups_put_members"];
        post?: never;
        /** Remove a user from a group */
        delete: operations["groups_delete_members"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        /** List users and groups permissioned on this object */
        get: operations["groups_list_shares"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/shares/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Set the permissions users have on this object */
        put: operations["groups_put_shares_users"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/shares/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
                /** @description The ID of the user. */
                user_id: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke the permissions a user has on this object */
        delete: operations["groups_delete_shares_users"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/shares/groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Set the permissions groups has on this object */
        put: operations["groups_put_shares_groups"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/shares/groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
                /** @description The ID of the group. */
                group_id: components["parameters"]["GroupIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke the permissions a group has on this object */
        delete: operations["groups_delete_shares_groups"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List credentials */
        get: operations["credentials_list"];
        put?: never;
        /** Create a credential */
        post: operations["credentials_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get list of Credential Types */
        get: operations["credentials_list_types"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/authenticate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Authenticate against a remote host
         * @description Checks a username and password against a remote host. A wrong
         *     username or password is a 400 `authentication_error`, never a 401
         *     (a 401 means a bad Civis API key).
         *
         */
        post: operations["credentials_post_authenticate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the credential. */
                id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        /** Get a credential */
        get: operations["credentials_get"];
        /** Update an existing credential */
        put: operations["credentials_put"];
        post?: never;
        /** Delete a credential */
        delete: operations["credentials_delete"];
        options?: never;
        head?: never;
        /** Update some attributes of a credential */
        patch: operations["credentials_patch"];
        trace?: never;
    };
    "/credentials/{id}/temporary": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the credential. */
                id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate a temporary credential for accessing S3 */
        post: operations["credentials_post_temporary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/{id}/dependencies": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        /** List dependent objects for this object */
        get: operations["credentials_list_dependencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Transfer ownership of this object to another user */
        put: operations["credentials_put_transfer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/{id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        /** List users and groups permissioned on this object */
        get: operations["credentials_list_shares"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/{id}/shares/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Set the permissions users have on this object */
        put: operations["credentials_put_shares_users"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/{id}/shares/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
                /** @description The ID of the user. */
                user_id: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke the permissions a user has on this object */
        delete: operations["credentials_delete_shares_users"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/{id}/shares/groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Set the permissions groups has on this object */
        put: operations["credentials_put_shares_groups"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/{id}/shares/groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
                /** @description The ID of the group. */
                group_id: components["parameters"]["GroupIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke the permissions a group has on this object */
        delete: operations["credentials_delete_shares_groups"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An object ID. */
        Id: number;
        /** @description A comma-separated list of IDs, e.g. "1,2". */
        IdList: string;
        /**
         * Format: date-time
         * @description ISO-8601 UTC with milliseconds, e.g. 2026-04-17T18:21:01.000Z.
         */
        Timestamp: string;
        /**
         * @description Options are "read", "write", or "manage".
         * @enum {string}
         */
        PermissionLevel: "read" | "write" | "manage";
        /** @description The Civis error body. */
        Error: {
            /** @description A short machine-readable code, e.g. not_found. */
            error: string;
            /** @description A human-readable description. */
            errorDescription?: string;
            /** @description The HTTP status. */
            code: number;
        };
        /** @description A user or group named in a share. */
        ObjectRef: {
            id: number;
            name: string | null;
        };
        ShareEntities: {
            users: components["schemas"]["ObjectRef"][];
            groups: components["schemas"]["ObjectRef"][];
        };
        /** @description Who holds one permission level on an object. */
        ShareObject: {
            readers: components["schemas"]["ShareEntities"];
            writers: components["schemas"]["ShareEntities"];
            owners: components["schemas"]["ShareEntities"];
            /** @description For owners, all users shared; for writers and readers, the visible users shared. */
            totalUserShares: number;
            /** @description For owners, all groups shared; for writers and readers, the visible groups shared. */
            totalGroupShares: number;
        };
        DependencyBase: {
            /** @description Dependent object type. */
            objectType: string;
            /** @description Human readable dependent object type. */
            fcoType: string;
            /** @description Dependent object ID. */
            id: number;
            /** @description Dependent object name, or null if the caller cannot read it. */
            name: string | null;
            /** @description The target user's own permission level on the dependent object;
             *     null without a target user or when it cannot be shared.
             *      */
            permissionLevel: string | null;
            /** @description More about the dependency, where relevant. */
            description: string | null;
        };
        Dependency: components["schemas"]["DependencyBase"] & {
            /** @description Whether the caller can share this object. */
            shareable: boolean;
        };
        TransferDependency: components["schemas"]["DependencyBase"] & {
            /** @description Whether the dependent object was shared with the target user. */
            shared: boolean;
        };
        TransferResult: {
            /** @description Dependent objects for this object. */
            dependencies: components["schemas"]["TransferDependency"][];
        };
        UserSummary: {
            /** @description The ID of this user. */
            id: number;
            /** @description This user's name. */
            name: string | null;
            /** @description This user's username. */
            username: string;
            /** @description This user's initials. */
            initials: string | null;
            /** @description Whether this user is online. */
            online: boolean | null;
        };
        MatchTarget: {
            /** @description The ID of the match target. */
            id: number;
            /** @description The name of the match target. */
            name: string;
            /** @description The name of the target file. */
            targetFileName: string | null;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            /** @description Whether the match target has been archived. */
            archived: boolean;
        };
        MatchTargetPatch: {
            /** @description The name of the match target. */
            name?: string;
            /** @description The name of the target file. */
            target_file_name?: string;
            /** @description Whether the match target has been archived. */
            archived?: boolean;
        };
        MatchTargetCreate: WithRequired<components["schemas"]["MatchTargetPatch"], "name">;
        JsonValue: {
            /** @description The ID of the JSON Value. */
            id: number;
            /** @description The name of the JSON Value. */
            name: string | null;
            /** @description The deserialized JSON value; its keys are data and are never case-converted. */
            value: unknown;
        };
        JsonValuePatch: {
            /** @description The name of the JSON Value. */
            name?: string;
            /** @description The JSON value to store, serialized. At most 1,000,000 bytes. */
            value_str?: string;
        };
        JsonValueCreate: WithRequired<components["schemas"]["JsonValuePatch"], "value_str">;
        PermissionSet: {
            /** @description The ID for this permission set. */
            id: number;
            /** @description The name of this permission set. */
            name: string;
            /** @description A description of this permission set. */
            description: string | null;
            author: components["schemas"]["UserSummary"];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            /** @description Whether the permission set has been archived. */
            archived: boolean;
        };
        PermissionSetPatch: {
            /** @description The name of this permission set. */
            name?: string;
            /** @description A description of this permission set. */
            description?: string;
        };
        PermissionSetResource: {
            /** @description The ID for the permission set this resource belongs to. */
            permissionSetId: number;
            /** @description The name of this resource. */
            name: string;
            /** @description A description of this resource. */
            description: string | null;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        UserPermission: {
            /** @description The name of the resource. */
            resourceName: string;
            /** @description If true, the user has read permission on this resource. */
            read: boolean;
            /** @description If true, the user has write permission on this resource. */
            write: boolean;
            /** @description If true, the user has manage permission on this resource. */
            manage: boolean;
        };
        GroupMember: components["schemas"]["UserSummary"] & {
            /** @description This user's email address. */
            email: string | null;
            /** @description The ID of the primary group of this user. */
            primaryGroupId: number | null;
            /** @description Whether this user account is active or deactivated. */
            active: boolean;
        };
        GroupCommon: {
            /** @description The ID of this group. */
            id: number;
            /** @description This group's name. */
            name: string;
            /** @description When this group was created. */
            createdAt: components["schemas"]["Timestamp"];
            /** @description When this group was last updated. */
            updatedAt: components["schemas"]["Timestamp"];
            /** @description The description of the group. */
            description: string | null;
            /** @description The slug for this group. */
            slug: string | null;
            /** @description The ID of the organization this group belongs to. */
            organizationId: number | null;
            /** @description The name of the organization this group belongs to. */
            organizationName: string | null;
            /** @description The number of active members in this group. */
            memberCount: number | null;
            /** @description The total number of members in this group. */
            totalMemberCount: number | null;
            /** @description The ID of the user who last updated this group. */
            lastUpdatedById: number | null;
            /** @description The ID of the user who created this group. */
            createdById: number | null;
        };
        /** @description A group as listed; `members` is `[]` unless `include_members` is true. */
        GroupListItem: components["schemas"]["GroupCommon"] & {
            /** @description The members of this group; empty unless `include_members` is true. */
            members: components["schemas"]["UserSummary"][];
        };
        Group: components["schemas"]["GroupCommon"] & {
            /** @description The two factor authentication requirement for this group. */
            defaultOtpRequiredForLogin: boolean | null;
            /** @description The IDs of all the roles this group has. */
            roleIds: number[];
            /** @description The default time zone of this group. */
            defaultTimeZone: string | null;
            /** @description The default partition label for jobs of this group. */
            defaultJobsLabel: string | null;
            /** @description The default partition label for notebooks of this group. */
            defaultNotebooksLabel: string | null;
            /** @description The default partition label for services of this group. */
            defaultServicesLabel: string | null;
            /** @description The members of this group. */
            members: components["schemas"]["GroupMember"][];
        };
        GroupPatch: {
            /** @description This group's name. */
            name?: string;
            /** @description The description of the group. */
            description?: string;
            /** @description The slug for this group. */
            slug?: string;
            /** @description The ID of the organization this group belongs to. */
            organization_id?: components["schemas"]["Id"];
            /** @description The two factor authentication requirement for this group. */
            default_otp_required_for_login?: boolean;
            /** @description The IDs of all the roles this group has. */
            role_ids?: number[];
            /** @description The default time zone of this group. */
            default_time_zone?: string;
            /** @description The default partition label for jobs of this group. */
            default_jobs_label?: string;
            /** @description The default partition label for notebooks of this group. */
            default_notebooks_label?: string;
            /** @description The default partition label for services of this group. */
            default_services_label?: string;
        };
        ChildGroups: {
            /** @description Child groups the caller can manage. */
            manageable: components["schemas"]["ObjectRef"][];
            /** @description Child groups the caller can write. */
            writeable: components["schemas"]["ObjectRef"][];
            /** @description Child groups the caller can read. */
            readable: components["schemas"]["ObjectRef"][];
        };
        /**
         * @description A type of credential that can be created or edited through the API.
         * @enum {string}
         */
        CredentialType: "Amazon Web Services S3" | "CASS/NCOA PAF" | "Certificate" | "Civis Platform" | "Custom" | "Database" | "Google" | "Salesforce User" | "Salesforce Client" | "TableauUser";
        /** @description A credential. Its password is never returned. */
        Credential: {
            /** @description The ID of the credential. */
            id: number;
            /** @description The name identifying the credential. */
            name: string | null;
            /** @description The credential's type. */
            type: string;
            /** @description The username for the credential. */
            username: string | null;
            /** @description A long description of the credential. */
            description: string | null;
            /** @description The username of the owner; `user.username` is preferred. */
            owner: string;
            user: components["schemas"]["UserSummary"];
            /** @description The ID of the remote host associated with this credential. */
            remoteHostId: number | null;
            /** @description The name of the remote host associated with this credential. */
            remoteHostName: string | null;
            /** @description The U.S. state for the credential. Only for VAN credentials. */
            state: string | null;
            /** @description The creation time for this credential. */
            createdAt: components["schemas"]["Timestamp"];
            /** @description The last modification time for this credential. */
            updatedAt: components["schemas"]["Timestamp"];
            /** @description Whether the credential is a default. Only for Database credentials. */
            default: boolean | null;
            /** @description Whether the credential is an OAuth credential. */
            oauth: boolean | null;
        };
        CredentialPatch: {
            /** @description The name identifying the credential. */
            name?: string;
            type?: components["schemas"]["CredentialType"];
            /** @description A long description of the credential. */
            description?: string;
            /** @description The username for the credential. */
            username?: string;
            /**
             * Format: password
             * @description The password for the credential. Stored, never returned.
             */
            password?: string;
            /** @description The ID of the remote host associated with the credential. */
            remote_host_id?: components["schemas"]["Id"];
            /** @description The user the credential is created for (Civis Admins only). */
            user_id?: components["schemas"]["Id"];
            /** @description The U.S. state for the credential. Only for VAN credentials. */
            state?: string;
            /** @description Make a system credential, owned by the Civis Robot user (Civis Admins only). */
            system_credential?: boolean;
            /** @description Whether the credential is a default. Only for Database credentials. */
            default?: boolean;
            /** @description Whether the credential is an OAuth credential. */
            oauth?: boolean;
        };
        /**
         * @description A type of credential, as the reference lists them for the `type`
         *     filter of `credentials_list` (the ones the API can create or edit
         *     are CredentialType). The emulator's `credentials_list_types` answers
         *     this list.
         *
         * @enum {string}
         */
        CredentialTypeName: "Amazon Web Services S3" | "Bitbucket" | "CASS/NCOA PAF" | "Certificate" | "Civis Platform" | "Custom" | "Database" | "Google" | "Github" | "Salesforce User" | "Salesforce Client" | "TableauUser";
        CredentialTypes: {
            /** @description The acceptable credential types. */
            types: (components["schemas"]["CredentialTypeName"] | string)[];
        };
        /** @description The outcome of `credentials_post_authenticate`. */
        AuthenticateResult: {
            /** @description Whether the username and password were accepted. */
            success: boolean;
        };
        TemporaryCredential: {
            /** @description The identifier of the credential. */
            accessKey: string;
            /** @description The secret part of the credential. */
            secretAccessKey: string;
            /** @description The session token identifier. */
            sessionToken: string;
        };
    };
    responses: {
        /** @description Success; no body. */
        NoContent: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The request was invalid; `errorDescription` names the field. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API key is missing or unknown. */
        Unauthorized: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The caller can read the object but lacks the permission asked for. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such object, or the caller cannot read it. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description An object with that name exists already. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limited; retry after `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The share objects of this object. */
        ShareList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ShareObject"][];
            };
        };
        /** @description The share object after the change. */
        Share: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ShareObject"];
            };
        };
        /** @description The dependent objects. */
        DependencyList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Dependency"][];
            };
        };
        /** @description The outcome of the transfer. */
        Transfer: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TransferResult"];
            };
        };
        /** @description The match target. */
        MatchTarget: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MatchTarget"];
            };
        };
        /** @description The match target, created. */
        MatchTargetCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MatchTarget"];
            };
        };
        /** @description The JSON value. */
        JsonValue: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["JsonValue"];
            };
        };
        /** @description The JSON value, created. */
        JsonValueCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["JsonValue"];
            };
        };
        /** @description The permission set. */
        PermissionSet: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PermissionSet"];
            };
        };
        /** @description The permission set, created. */
        PermissionSetCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PermissionSet"];
            };
        };
        /** @description The resource. */
        PermissionSetResource: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PermissionSetResource"];
            };
        };
        /** @description The group. */
        Group: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Group"];
            };
        };
        /** @description The credential (never its password). */
        Credential: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Credential"];
            };
        };
    };
    parameters: {
        /** @description The ID of the object. */
        Id: components["schemas"]["Id"];
        /** @description The ID of the object. */
        ArchiveId: components["schemas"]["Id"];
        /** @description The ID of the resource that is shared. */
        SharedId: components["schemas"]["Id"];
        /** @description The ID for this permission set. */
        PermissionSetId: components["schemas"]["Id"];
        /** @description The ID of this group. */
        GroupId: components["schemas"]["Id"];
        /** @description The ID of the credential. */
        CredentialId: components["schemas"]["Id"];
        /** @description The ID of the user. */
        UserIdPath: components["schemas"]["Id"];
        /** @description The ID of the group. */
        GroupIdPath: components["schemas"]["Id"];
        /** @description The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
         *     is percent-encoded in the path.
         *      */
        ResourceName: string;
        /** @description ID of target user */
        DependencyUserId: components["schemas"]["Id"];
        /** @description Page number of the results to return. Defaults to the first page, 1. */
        PageNum: number;
        /** @description Direction in which to sort, either asc (ascending) or desc (descending) defaulting to asc. */
        OrderDirAsc: "asc" | "desc";
        /** @description Direction in which to sort, either asc (ascending) or desc (descending) defaulting to desc. */
        OrderDirDesc: "asc" | "desc";
    };
    requestBodies: {
        Archive: {
            content: {
                "application/json": {
                    /** @description The desired archived status of the object. */
                    status: boolean;
                };
            };
        };
        ShareUsers: {
            content: {
                "application/json": {
                    /** @description An array of one or more user IDs. */
                    user_ids: components["schemas"]["Id"][];
                    permission_level: components["schemas"]["PermissionLevel"];
                    /** @description Custom body text for e-mail sent on a share. */
                    share_email_body?: string;
                    /** @description Send email to the recipients of a share. */
                    send_shared_email?: boolean;
                };
            };
        };
        ShareGroups: {
            content: {
                "application/json": {
                    /** @description An array of one or more group IDs. */
                    group_ids: components["schemas"]["Id"][];
                    permission_level: components["schemas"]["PermissionLevel"];
                    /** @description Custom body text for e-mail sent on a share. */
                    share_email_body?: string;
                    /** @description Send email to the recipients of a share. */
                    send_shared_email?: boolean;
                };
            };
        };
        Transfer: {
            content: {
                "application/json": {
                    /** @description ID of target user */
                    user_id: components["schemas"]["Id"];
                    /** @description Whether or not to give manage permissions on all dependencies */
                    include_dependencies: boolean;
                    /** @description Custom body text for e-mail sent on transfer. */
                    email_body?: string;
                    /** @description Send email to the target user of the transfer? */
                    send_email?: boolean;
                };
            };
        };
        PermissionSetReplace: {
            content: {
                "application/json": {
                    /** @description The name of this permission set. */
                    name: string;
                    /** @description A description of this permission set. */
                    description?: string;
                };
            };
        };
        GroupReplace: {
            content: {
                "application/json": WithRequired<components["schemas"]["GroupPatch"], "name">;
            };
        };
        CredentialReplace: {
            content: {
                "application/json": WithRequired<components["schemas"]["CredentialPatch"], "type" | "username" | "password">;
            };
        };
    };
    headers: {
        /** @description The page size used. */
        XPaginationPerPage: number;
        /** @description The page returned, from 1. */
        XPaginationCurrentPage: number;
        /** @description The number of pages. */
        XPaginationTotalPages: number;
        /** @description The number of items over all pages. */
        XPaginationTotalEntries: number;
        /** @description A unique ID of this request, to quote to support. */
        XRequestId: string;
        /** @description Requests allowed in the current window. */
        XRateLimitLimit: number;
        /** @description Requests left in the current window. */
        XRateLimitRemaining: number;
        /** @description Seconds to wait before trying again. */
        RetryAfter: number;
        /** @description The authentication scheme expected. */
        WWWAuthenticate: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    match_targets_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The match targets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchTarget"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    match_targets_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MatchTargetCreate"];
            };
        };
        responses: {
            201: components["responses"]["MatchTargetCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    match_targets_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the object. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MatchTarget"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    match_targets_patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the object. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MatchTargetPatch"];
            };
        };
        responses: {
            200: components["responses"]["MatchTarget"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    match_targets_put_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the object. */
                id: components["parameters"]["ArchiveId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Archive"];
        responses: {
            200: components["responses"]["MatchTarget"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    match_targets_list_shares: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ShareList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    match_targets_put_shares_users: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ShareUsers"];
        responses: {
            200: components["responses"]["Share"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    match_targets_delete_shares_users: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
                /** @description The ID of the user. */
                user_id: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    match_targets_put_shares_groups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ShareGroups"];
        responses: {
            200: components["responses"]["Share"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    match_targets_delete_shares_groups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
                /** @description The ID of the group. */
                group_id: components["parameters"]["GroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    json_values_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JsonValueCreate"];
            };
        };
        responses: {
            201: components["responses"]["JsonValueCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    json_values_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the JSON Value. */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JsonValue"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    json_values_patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the JSON Value. */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JsonValuePatch"];
            };
        };
        responses: {
            200: components["responses"]["JsonValue"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    json_values_list_dependencies: {
        parameters: {
            query?: {
                /** @description ID of target user */
                user_id?: components["parameters"]["DependencyUserId"];
            };
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["DependencyList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    json_values_put_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Transfer"];
        responses: {
            200: components["responses"]["Transfer"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    json_values_list_shares: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ShareList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    json_values_put_shares_users: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ShareUsers"];
        responses: {
            200: components["responses"]["Share"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    json_values_delete_shares_users: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
                /** @description The ID of the user. */
                user_id: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    json_values_put_shares_groups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ShareGroups"];
        responses: {
            200: components["responses"]["Share"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    json_values_delete_shares_groups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
                /** @description The ID of the group. */
                group_id: components["parameters"]["GroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_list: {
        parameters: {
            query?: {
                /** @description The archival status of the requested item(s). */
                archived?: "true" | "false" | "all";
                /** @description Items from any of these authors; a comma-separated list of user IDs. */
                author?: components["schemas"]["IdList"];
                /** @description Number of results to return. Defaults to 20. Maximum allowed is 50. */
                limit?: number;
                /** @description Page number of the results to return. Defaults to the first page, 1. */
                page_num?: components["parameters"]["PageNum"];
                /** @description The field on which to order the result set. Defaults to updated_at. Must be one of: updated_at, name, created_at. */
                order?: "updated_at" | "name" | "created_at";
                /** @description Direction in which to sort, either asc (ascending) or desc (descending) defaulting to desc. */
                order_dir?: components["parameters"]["OrderDirDesc"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of permission sets. */
            200: {
                headers: {
                    "X-Pagination-Per-Page": components["headers"]["XPaginationPerPage"];
                    "X-Pagination-Current-Page": components["headers"]["XPaginationCurrentPage"];
                    "X-Pagination-Total-Pages": components["headers"]["XPaginationTotalPages"];
                    "X-Pagination-Total-Entries": components["headers"]["XPaginationTotalEntries"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionSet"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PermissionSetReplace"];
        responses: {
            201: components["responses"]["PermissionSetCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PermissionSet"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PermissionSetReplace"];
        responses: {
            200: components["responses"]["PermissionSet"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PermissionSetPatch"];
            };
        };
        responses: {
            200: components["responses"]["PermissionSet"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_put_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the object. */
                id: components["parameters"]["ArchiveId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Archive"];
        responses: {
            200: components["responses"]["PermissionSet"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_list_dependencies: {
        parameters: {
            query?: {
                /** @description ID of target user */
                user_id?: components["parameters"]["DependencyUserId"];
            };
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["DependencyList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_put_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Transfer"];
        responses: {
            200: components["responses"]["Transfer"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_list_shares: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ShareList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_put_shares_users: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ShareUsers"];
        responses: {
            200: components["responses"]["Share"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_delete_shares_users: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
                /** @description The ID of the user. */
                user_id: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_put_shares_groups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ShareGroups"];
        responses: {
            200: components["responses"]["Share"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_delete_shares_groups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
                /** @description The ID of the group. */
                group_id: components["parameters"]["GroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_list_users_permissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The ID for the user. */
                user_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's permissions on every resource of the set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPermission"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_list_resources: {
        parameters: {
            query?: {
                /** @description Number of results to return. Defaults to 50. Maximum allowed is 1000. */
                limit?: number;
                /** @description Page number of the results to return. Defaults to the first page, 1. */
                page_num?: components["parameters"]["PageNum"];
                /** @description The field on which to order the result set. Defaults to name. Must be one of: name, id, updated_at, created_at. */
                order?: "name" | "id" | "updated_at" | "created_at";
                /** @description Direction in which to sort, either asc (ascending) or desc (descending) defaulting to asc. */
                order_dir?: components["parameters"]["OrderDirAsc"];
            };
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of resources. */
            200: {
                headers: {
                    "X-Pagination-Per-Page": components["headers"]["XPaginationPerPage"];
                    "X-Pagination-Current-Page": components["headers"]["XPaginationCurrentPage"];
                    "X-Pagination-Total-Pages": components["headers"]["XPaginationTotalPages"];
                    "X-Pagination-Total-Entries": components["headers"]["XPaginationTotalEntries"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionSetResource"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_post_resources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The name of this resource. */
                    name: string;
                    /** @description A description of this resource. */
                    description?: string;
                };
            };
        };
        responses: {
            /** @description The resource, created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionSetResource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_get_resources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
                 *     is percent-encoded in the path.
                 *      */
                name: components["parameters"]["ResourceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PermissionSetResource"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_delete_resources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
                 *     is percent-encoded in the path.
                 *      */
                name: components["parameters"]["ResourceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_patch_resources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
                 *     is percent-encoded in the path.
                 *      */
                name: components["parameters"]["ResourceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A description of this resource. */
                    description?: string;
                };
            };
        };
        responses: {
            200: components["responses"]["PermissionSetResource"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_list_resources_shares: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
                 *     is percent-encoded in the path.
                 *      */
                name: components["parameters"]["ResourceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ShareList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_put_resources_shares_users: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
                 *     is percent-encoded in the path.
                 *      */
                name: components["parameters"]["ResourceName"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ShareUsers"];
        responses: {
            200: components["responses"]["Share"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_delete_resources_shares_users: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
                 *     is percent-encoded in the path.
                 *      */
                name: components["parameters"]["ResourceName"];
                /** @description The ID of the user. */
                user_id: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_put_resources_shares_groups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
                 *     is percent-encoded in the path.
                 *      */
                name: components["parameters"]["ResourceName"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ShareGroups"];
        responses: {
            200: components["responses"]["Share"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    permission_sets_delete_resources_shares_groups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID for this permission set. */
                id: components["parameters"]["PermissionSetId"];
                /** @description The name of this resource. It may hold `/`, spaces, `?` or `#`, so it
                 *     is percent-encoded in the path.
                 *      */
                name: components["parameters"]["ResourceName"];
                /** @description The ID of the group. */
                group_id: components["parameters"]["GroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    groups_list: {
        parameters: {
            query?: {
                /** @description If specified, it will filter the groups returned. */
                query?: string;
                /** @description A permissions string, one of "read", "write", or "manage". Lists only groups for which the current user has that permission. */
                permission?: components["schemas"]["PermissionLevel"];
                /** @description Show members of the group. */
                include_members?: boolean;
                /** @description The organization by which to filter groups. */
                organization_id?: components["schemas"]["Id"];
                /** @description User IDs to filter groups by; groups are returned if any of the
                 *     users is a member. Sent as `user_ids[]=1&user_ids[]=2`.
                 *      */
                user_ids?: components["schemas"]["Id"][];
                /** @description Number of results to return. Defaults to 50. Maximum allowed is 1000. */
                limit?: number;
                /** @description Page number of the results to return. Defaults to the first page, 1. */
                page_num?: components["parameters"]["PageNum"];
                /** @description The field on which to order the result set. Defaults to name. Must be one of: name, created_at. */
                order?: "name" | "created_at";
                /** @description Direction in which to sort, either asc (ascending) or desc (descending) defaulting to asc. */
                order_dir?: components["parameters"]["OrderDirAsc"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of groups. */
            200: {
                headers: {
                    "X-Pagination-Per-Page": components["headers"]["XPaginationPerPage"];
                    "X-Pagination-Current-Page": components["headers"]["XPaginationCurrentPage"];
                    "X-Pagination-Total-Pages": components["headers"]["XPaginationTotalPages"];
                    "X-Pagination-Total-Entries": components["headers"]["XPaginationTotalEntries"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupListItem"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    groups_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GroupReplace"];
        responses: {
            /** @description The group, created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    groups_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of this group. */
                id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Group"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    groups_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of this group. */
                id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GroupReplace"];
        responses: {
            200: components["responses"]["Group"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    groups_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of this group. */
                id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    groups_patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of this group. */
                id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupPatch"];
            };
        };
        responses: {
            200: components["responses"]["Group"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    groups_list_child_groups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of this group. */
                id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The child groups, by the caller's permission on them. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildGroups"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    groups_put_members: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the group. */
                id: components["schemas"]["Id"];
                /** @description The ID of the user. */
                user_id: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Group"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    groups_delete_members: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the group. */
                id: components["schemas"]["Id"];
                /** @description The ID of the user. */
                user_id: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    groups_list_shares: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ShareList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    groups_put_shares_users: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ShareUsers"];
        responses: {
            200: components["responses"]["Share"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    groups_delete_shares_users: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
                /** @description The ID of the user. */
                user_id: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    groups_put_shares_groups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ShareGroups"];
        responses: {
            200: components["responses"]["Share"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    groups_delete_shares_groups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
                /** @description The ID of the group. */
                group_id: components["parameters"]["GroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    credentials_list: {
        parameters: {
            query?: {
                /** @description The type (or types) of credentials to return, as a comma-separated
                 *     list (e.g. "Database,Custom").
                 *      */
                type?: string;
                /** @description The ID of the remote host associated with the credentials to return. */
                remote_host_id?: components["schemas"]["Id"];
                /** @description If true, return only the current user's default credential. */
                default?: boolean;
                /** @description If true, only return system credentials (Civis Admins only). */
                system_credentials?: boolean;
                /** @description A comma-separated list of user IDs; credentials owned by those users. */
                users?: components["schemas"]["IdList"];
                /** @description Return credentials whose name contains this string. */
                name?: string;
                /** @description Number of results to return. Defaults to its maximum of 1000. */
                limit?: number;
                /** @description Page number of the results to return. Defaults to the first page, 1. */
                page_num?: components["parameters"]["PageNum"];
                /** @description The field on which to order the result set. Defaults to updated_at. Must be one of: updated_at, created_at, name. */
                order?: "updated_at" | "created_at" | "name";
                /** @description Direction in which to sort, either asc (ascending) or desc (descending) defaulting to desc. */
                order_dir?: components["parameters"]["OrderDirDesc"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of credentials. */
            200: {
                headers: {
                    "X-Pagination-Per-Page": components["headers"]["XPaginationPerPage"];
                    "X-Pagination-Current-Page": components["headers"]["XPaginationCurrentPage"];
                    "X-Pagination-Total-Pages": components["headers"]["XPaginationTotalPages"];
                    "X-Pagination-Total-Entries": components["headers"]["XPaginationTotalEntries"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Credential"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    credentials_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CredentialReplace"];
        responses: {
            /** @description The credential, created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Credential"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    credentials_list_types: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credential types. The reference documents `{types: [...]}`
             *     (the first form; the emulator sends it). civis-python's
             *     maintainers say the server sends an array: of names, or holding
             *     one `{types}` object. The client's `credentials.list_types()`
             *     resolves `{types}` from any of the three (`x-civis-normalize`);
             *     `client.raw` gets the body as sent.
             *      */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialTypes"] | string[] | components["schemas"]["CredentialTypes"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    credentials_post_authenticate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The URL to your host. */
                    url: string;
                    /**
                     * @description The type of remote host.
                     * @enum {string}
                     */
                    remote_host_type: "RemoteHostTypes::Bigquery" | "RemoteHostTypes::Bitbucket" | "RemoteHostTypes::GitSSH" | "RemoteHostTypes::Github" | "RemoteHostTypes::GoogleDoc" | "RemoteHostTypes::JDBC" | "RemoteHostTypes::Postgres" | "RemoteHostTypes::Redshift" | "RemoteHostTypes::S3Storage" | "RemoteHostTypes::Salesforce";
                    /** @description The username for the credential. */
                    username: string;
                    /**
                     * Format: password
                     * @description The password for the credential.
                     */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Authenticated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthenticateResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    credentials_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the credential. */
                id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Credential"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    credentials_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the credential. */
                id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CredentialReplace"];
        responses: {
            200: components["responses"]["Credential"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    credentials_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the credential. */
                id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    credentials_patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the credential. */
                id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CredentialPatch"];
            };
        };
        responses: {
            200: components["responses"]["Credential"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    credentials_post_temporary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the credential. */
                id: components["parameters"]["CredentialId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description Seconds the temporary credential is valid: at least 15
                     *     minutes, at most 36 hours. Defaults to 15 minutes.
                     *
                     * @default 900
                     */
                    duration?: number;
                };
            };
        };
        responses: {
            /** @description The temporary credential. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemporaryCredential"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    credentials_list_dependencies: {
        parameters: {
            query?: {
                /** @description ID of target user */
                user_id?: components["parameters"]["DependencyUserId"];
            };
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["DependencyList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    credentials_put_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Transfer"];
        responses: {
            200: components["responses"]["Transfer"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    credentials_list_shares: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ShareList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    credentials_put_shares_users: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ShareUsers"];
        responses: {
            200: components["responses"]["Share"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    credentials_delete_shares_users: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
                /** @description The ID of the user. */
                user_id: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    credentials_put_shares_groups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ShareGroups"];
        responses: {
            200: components["responses"]["Share"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    credentials_delete_shares_groups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the resource that is shared. */
                id: components["parameters"]["SharedId"];
                /** @description The ID of the group. */
                group_id: components["parameters"]["GroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
