// How users appear inside other objects' bodies (seed field lists).
import type { components } from "../../../generated/schema.js";
import type { UserProfile } from "./state.js";

type Schema<N extends keyof components["schemas"]> = components["schemas"][N];

/** `{id, name, username, initials, online}`: authors, owners, list members. */
export function userSummary(user: UserProfile): Schema<"UserSummary"> {
  // Presence is not emulated: nobody is ever shown online.
  return {
    id: user.id,
    name: user.name,
    username: user.username,
    initials: user.initials,
    online: false,
  };
}

/** A member in `groups.get`: the summary plus email, primary group and state. */
export function groupMember(user: UserProfile): Schema<"GroupMember"> {
  return {
    ...userSummary(user),
    email: user.email,
    primaryGroupId: user.primaryGroupId,
    active: true,
  };
}
