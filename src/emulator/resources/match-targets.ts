// Match targets (seed 000). `list` is not paginated and hides archived
// targets (there is no filter to ask for them; `get` still shows them).
import { can, requireById } from "../permissions.js";
import { archiveHandlers, byId, shareHandlers } from "../shares.js";
import { newObject } from "../state.js";
import type { MatchTargetRecord, State } from "../state.js";
import { untype } from "../typed-handler.js";
import type { Schema, TypedTable } from "../typed-handler.js";

const what = "match target";

function present(record: MatchTargetRecord): Schema<"MatchTarget"> {
  return {
    id: record.id,
    name: record.name,
    targetFileName: record.targetFileName,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    archived: record.archived,
  };
}

const find = (state: State, id: number) => state.matchTargets.get(id);
const requireTarget = requireById(find, what);

const table: TypedTable<
  | "match_targets_list"
  | "match_targets_post"
  | "match_targets_get"
  | "match_targets_patch"
> = {
  match_targets_list: ({ state, user }) => ({
    body: [...state.matchTargets.values()]
      .filter((t) => !t.archived && can(state, t, user, "read"))
      .map(present),
  }),
  match_targets_post: ({ state, user, body }) => {
    const record: MatchTargetRecord = {
      ...newObject(state, "matchTargets", user.id),
      name: body.name,
      targetFileName: body.target_file_name ?? null,
      archived: body.archived ?? false,
    };
    state.matchTargets.set(record.id, record);
    return { status: 201, body: present(record) };
  },
  match_targets_get: ({ state, user, path }) => ({
    body: present(requireTarget(state, path.id, user, "read")),
  }),
  match_targets_patch: ({ state, user, path, body }) => {
    const record = requireTarget(state, path.id, user, "write");
    if (body.name !== undefined) record.name = body.name;
    if (body.target_file_name !== undefined)
      record.targetFileName = body.target_file_name;
    if (body.archived !== undefined) record.archived = body.archived;
    record.updatedAt = state.now();
    return { body: present(record) };
  },
};

export const matchTargetHandlers = {
  ...untype(table),
  ...archiveHandlers("match_targets", find, what, (_s, r) => present(r)),
  ...shareHandlers("match_targets", byId(find, what)),
};
