// Match targets. `list` is not paginated and hides archived targets (there
// is no filter to ask for them; `get` still shows them).
import { canOf } from "../model/permissions.js";
import { newObject } from "../model/state.js";
import type { MatchTargetRecord, State } from "../model/state.js";
import { echo } from "./declared-fields.js";
import { byId } from "./locator.js";
import { engineHandlers } from "./operation-handler.js";
import type { Schema } from "./operation-handler.js";
import { recordHandlers } from "./record-family.js";
import { shareHandlers } from "./share-family.js";

const locate = byId(
  (state: State, id: number) => state.matchTargets.get(id),
  "match target",
);

export const matchTargetHandlers = {
  ...engineHandlers<"match_targets_list">({
    match_targets_list: (ctx) => {
      const allowed = canOf(ctx.state, ctx.user);
      return {
        body: [...ctx.state.matchTargets.values()]
          .filter((t) => !t.archived && allowed(t, "read"))
          .map((t) => echo<Schema<"MatchTarget">>(ctx.operation, t)),
      };
    },
  }),
  ...recordHandlers("match_targets", ["get", "post", "patch", "put_archive"], {
    locate,
    store: (state) => state.matchTargets,
    create: (ctx): MatchTargetRecord => ({
      ...newObject(ctx.state, "matchTargets", ctx.user.id),
      name: ctx.body.name,
      targetFileName: null,
      archived: false,
    }),
    defaults: () => ({ archived: false }),
  }),
  ...shareHandlers("match_targets", locate),
};
