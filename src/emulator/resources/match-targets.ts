// Match targets (seed 000). `list` is not paginated and hides archived
// targets (there is no filter to ask for them; `get` still shows them).
import { assignDeclared, echo } from "../model/fields.js";
import { canOf, requireById } from "../model/permissions.js";
import { archiveHandlers, byId, shareHandlers } from "./shares.js";
import { newObject } from "../model/state.js";
import type { MatchTargetRecord, State } from "../model/state.js";
import { untype } from "./typed-handler.js";
import type { Schema, TypedTable } from "./typed-handler.js";
import type { SpecOperation } from "../engine/load-spec.js";

const what = "match target";

/** Every stored field the response declares; nothing is computed. */
const present = (
  ctx: { operation: SpecOperation },
  record: MatchTargetRecord,
) => echo<Schema<"MatchTarget">>(ctx.operation, record);

const find = (state: State, id: number) => state.matchTargets.get(id);
const requireTarget = requireById(find, what);

const table: TypedTable<
  | "match_targets_list"
  | "match_targets_post"
  | "match_targets_get"
  | "match_targets_patch"
> = {
  match_targets_list: (ctx) => {
    const allowed = canOf(ctx.state, ctx.user);
    return {
      body: [...ctx.state.matchTargets.values()]
        .filter((t) => !t.archived && allowed(t, "read"))
        .map((t) => present(ctx, t)),
    };
  },
  match_targets_post: (ctx) => {
    const record: MatchTargetRecord = {
      ...newObject(ctx.state, "matchTargets", ctx.user.id),
      name: ctx.body.name,
      targetFileName: null,
      archived: false,
    };
    assignDeclared(record, ctx, {
      replace: true,
      defaults: { archived: false },
    });
    ctx.state.matchTargets.set(record.id, record);
    return { status: 201, body: present(ctx, record) };
  },
  match_targets_get: (ctx) => ({
    body: present(ctx, requireTarget(ctx.state, ctx.path.id, ctx.user, "read")),
  }),
  match_targets_patch: (ctx) => {
    const record = requireTarget(ctx.state, ctx.path.id, ctx.user, "write");
    assignDeclared(record, ctx);
    record.updatedAt = ctx.state.now();
    return { body: present(ctx, record) };
  },
};

export const matchTargetHandlers = {
  ...untype(table),
  ...archiveHandlers("match_targets", find, what, present),
  ...shareHandlers("match_targets", byId(find, what)),
};
