// The one hand-written list of methods: other names for reference methods,
// the ones civis-python 2.9 already prefers (`groups.get_child_groups`) or
// announces (`get_shares` for `list_shares`, ...). The reference name stays
// primary; an alias is the same function.
import type { methods } from "../../generated/methods.js";

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
