// The 74 methods as data: resource -> seed name -> route and positional
// arguments (the seed's required arguments, in the seed's order): the 73 of
// the API reference and `groups.delete`, which the real API has beyond it
// (spec: x-beyond-reference). Everything else (argument locations,
// constraints, result types) comes from the spec.
import type { paths } from "../generated/schema.js";

type Verb = "get" | "put" | "post" | "patch" | "delete";
/** `"GET /groups/{id}"`: every route the spec defines, and nothing else. */
export type Route = {
  [P in keyof paths & string]: {
    [V in Verb & keyof paths[P]]: paths[P][V] extends undefined | never
      ? never
      : `${Uppercase<V>} ${P}`;
  }[Verb & keyof paths[P]];
}[keyof paths & string];

export interface MethodSpec {
  readonly route: Route;
  readonly args: readonly string[];
  /** Lists with the X-Pagination-* headers; accept `{ iterator: true }`. */
  readonly paginated?: true;
}

// The shared families, written once and spread into each resource.
const shares = <R extends string>(r: R) =>
  ({
    list_shares: { route: `GET /${r}/{id}/shares`, args: ["id"] },
    put_shares_users: {
      route: `PUT /${r}/{id}/shares/users`,
      args: ["id", "user_ids", "permission_level"],
    },
    delete_shares_users: {
      route: `DELETE /${r}/{id}/shares/users/{user_id}`,
      args: ["id", "user_id"],
    },
    put_shares_groups: {
      route: `PUT /${r}/{id}/shares/groups`,
      args: ["id", "group_ids", "permission_level"],
    },
    delete_shares_groups: {
      route: `DELETE /${r}/{id}/shares/groups/{group_id}`,
      args: ["id", "group_id"],
    },
  }) as const;

const transfer = <R extends string>(r: R) =>
  ({
    put_transfer: {
      route: `PUT /${r}/{id}/transfer`,
      args: ["id", "user_id", "include_dependencies"],
    },
  }) as const;

const dependencies = <R extends string>(r: R) =>
  ({
    list_dependencies: { route: `GET /${r}/{id}/dependencies`, args: ["id"] },
  }) as const;

const archive = <R extends string>(r: R) =>
  ({
    put_archive: { route: `PUT /${r}/{id}/archive`, args: ["id", "status"] },
  }) as const;

export const methods = {
  match_targets: {
    list: { route: "GET /match_targets", args: [] },
    post: { route: "POST /match_targets", args: ["name"] },
    get: { route: "GET /match_targets/{id}", args: ["id"] },
    patch: { route: "PATCH /match_targets/{id}", args: ["id"] },
    ...archive("match_targets"),
    ...shares("match_targets"),
  },
  json_values: {
    post: { route: "POST /json_values", args: ["value_str"] },
    get: { route: "GET /json_values/{id}", args: ["id"] },
    patch: { route: "PATCH /json_values/{id}", args: ["id"] },
    ...dependencies("json_values"),
    ...transfer("json_values"),
    ...shares("json_values"),
  },
  permission_sets: {
    list: { route: "GET /permission_sets", args: [], paginated: true },
    post: { route: "POST /permission_sets", args: ["name"] },
    get: { route: "GET /permission_sets/{id}", args: ["id"] },
    put: { route: "PUT /permission_sets/{id}", args: ["id", "name"] },
    patch: { route: "PATCH /permission_sets/{id}", args: ["id"] },
    list_resources: {
      route: "GET /permission_sets/{id}/resources",
      args: ["id"],
      paginated: true,
    },
    post_resources: {
      route: "POST /permission_sets/{id}/resources",
      args: ["id", "name"],
    },
    get_resources: {
      route: "GET /permission_sets/{id}/resources/{name}",
      args: ["id", "name"],
    },
    patch_resources: {
      route: "PATCH /permission_sets/{id}/resources/{name}",
      args: ["id", "name"],
    },
    delete_resources: {
      route: "DELETE /permission_sets/{id}/resources/{name}",
      args: ["id", "name"],
    },
    list_resources_shares: {
      route: "GET /permission_sets/{id}/resources/{name}/shares",
      args: ["id", "name"],
    },
    put_resources_shares_users: {
      route: "PUT /permission_sets/{id}/resources/{name}/shares/users",
      args: ["id", "name", "user_ids", "permission_level"],
    },
    delete_resources_shares_users: {
      route:
        "DELETE /permission_sets/{id}/resources/{name}/shares/users/{user_id}",
      args: ["id", "name", "user_id"],
    },
    put_resources_shares_groups: {
      route: "PUT /permission_sets/{id}/resources/{name}/shares/groups",
      args: ["id", "name", "group_ids", "permission_level"],
    },
    delete_resources_shares_groups: {
      route:
        "DELETE /permission_sets/{id}/resources/{name}/shares/groups/{group_id}",
      args: ["id", "name", "group_id"],
    },
    list_users_permissions: {
      route: "GET /permission_sets/{id}/users/{user_id}/permissions",
      args: ["id", "user_id"],
    },
    ...archive("permission_sets"),
    ...dependencies("permission_sets"),
    ...transfer("permission_sets"),
    ...shares("permission_sets"),
  },
  groups: {
    list: { route: "GET /groups", args: [], paginated: true },
    post: { route: "POST /groups", args: ["name"] },
    get: { route: "GET /groups/{id}", args: ["id"] },
    put: { route: "PUT /groups/{id}", args: ["id", "name"] },
    patch: { route: "PATCH /groups/{id}", args: ["id"] },
    delete: { route: "DELETE /groups/{id}", args: ["id"] },
    list_child_groups: { route: "GET /groups/{id}/child_groups", args: ["id"] },
    put_members: {
      route: "PUT /groups/{id}/members/{user_id}",
      args: ["id", "user_id"],
    },
    delete_members: {
      route: "DELETE /groups/{id}/members/{user_id}",
      args: ["id", "user_id"],
    },
    ...shares("groups"),
  },
  credentials: {
    list: { route: "GET /credentials", args: [], paginated: true },
    post: {
      route: "POST /credentials",
      args: ["type", "username", "password"],
    },
    get: { route: "GET /credentials/{id}", args: ["id"] },
    put: {
      route: "PUT /credentials/{id}",
      args: ["id", "type", "username", "password"],
    },
    patch: { route: "PATCH /credentials/{id}", args: ["id"] },
    delete: { route: "DELETE /credentials/{id}", args: ["id"] },
    list_types: { route: "GET /credentials/types", args: [] },
    post_authenticate: {
      route: "POST /credentials/authenticate",
      args: ["url", "remote_host_type", "username", "password"],
    },
    post_temporary: { route: "POST /credentials/{id}/temporary", args: ["id"] },
    ...dependencies("credentials"),
    ...transfer("credentials"),
    ...shares("credentials"),
  },
} as const satisfies Record<string, Record<string, MethodSpec>>;

/**
 * Other names for seed methods: the ones civis-python 2.9 already prefers
 * (`groups.get_child_groups`) or announces (`get_shares` for `list_shares`,
 * ...). The seed name stays primary; an alias is the same function.
 */
export const aliases = {
  match_targets: { get_shares: "list_shares" },
  json_values: { get_shares: "list_shares" },
  permission_sets: {
    get_shares: "list_shares",
    get_resources_shares: "list_resources_shares",
    get_users_permissions: "list_users_permissions",
  },
  groups: { get_shares: "list_shares", get_child_groups: "list_child_groups" },
  credentials: { get_shares: "list_shares" },
} as const satisfies {
  [R in keyof typeof methods]: Record<string, keyof (typeof methods)[R]>;
};

export type Methods = typeof methods;
export type ResourceName = keyof Methods;
