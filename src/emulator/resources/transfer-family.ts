// The transfer family: `list_dependencies` and `put_transfer`, the same on
// every resource that has them.
//
// Decisions:
// - Listing dependencies needs read; `put_transfer` needs manage. The new
//   owner replaces the old one, who keeps a manage share (as Civis does).
//   With `include_dependencies`, the target user gets manage on every
//   dependency the caller can share.
import { can } from "../model/permissions.js";
import type { Level, Shareable, State } from "../model/state.js";
import type { EngineHandler } from "../engine/handler-types.js";
import { requireProfile } from "./locator.js";
import type { Locator, LocatorContext } from "./locator.js";
import { asEngineHandler } from "./operation-handler.js";
import type { OperationsLike, Schema } from "./operation-handler.js";
import { grantUser } from "./share-family.js";

type ListDependencies = OperationsLike<`${string}_list_dependencies`>;
type PutTransfer = OperationsLike<`${string}_put_transfer`>;

/** One object another object depends on. */
export interface DependencyTarget {
  objectType: string;
  fcoType: string;
  id: number;
  name: string | null;
  description: string | null;
  /** The object to share on transfer; null when it cannot be shared. */
  target: Shareable | null;
  /** Whose manage level lets the caller share it (defaults to `target`). */
  guard?: Shareable;
}

export type DependenciesOf = (
  state: State,
  obj: Shareable,
) => DependencyTarget[];

/** The target user's own level (ownership or a direct share; not groups). */
function directLevel(obj: Shareable, userId: number): Level | null {
  if (obj.ownerId === userId) return "manage";
  return obj.grants.users.get(userId) ?? null;
}

/** A dependency as the caller may see it, and whether the caller can share it. */
function describeDependency(
  ctx: LocatorContext,
  dep: DependencyTarget,
  targetUserId: number | undefined,
): Schema<"DependencyBase"> & { shareable: boolean } {
  const guard = dep.guard ?? dep.target;
  const readable = !guard || can(ctx.state, guard, ctx.user, "read");
  return {
    objectType: dep.objectType,
    fcoType: dep.fcoType,
    id: dep.id,
    name: readable ? dep.name : null,
    permissionLevel:
      dep.target && targetUserId !== undefined
        ? directLevel(dep.target, targetUserId)
        : null,
    description: dep.description,
    shareable:
      !!guard && !!dep.target && can(ctx.state, guard, ctx.user, "manage"),
  };
}

/** `<prefix>_list_dependencies` and `<prefix>_put_transfer`. */
export function transferHandlers<P extends string>(
  prefix: P,
  locate: Locator<Shareable>,
  dependenciesOf: DependenciesOf = () => [],
): Record<
  `${P}_list_dependencies` | `${P}_put_transfer`,
  EngineHandler<State>
> {
  const handlers: Record<string, EngineHandler<State>> = {
    [`${prefix}_list_dependencies`]: asEngineHandler<ListDependencies>(
      (ctx) => {
        const obj = locate(ctx, "read");
        const targetUserId = ctx.query.user_id;
        if (targetUserId !== undefined) requireProfile(ctx.state, targetUserId);
        const list: Schema<"Dependency">[] = dependenciesOf(ctx.state, obj).map(
          (dep) => describeDependency(ctx, dep, targetUserId),
        );
        return { body: list };
      },
    ),
    [`${prefix}_put_transfer`]: asEngineHandler<PutTransfer>((ctx) => {
      const obj = locate(ctx, "manage");
      const { user_id, include_dependencies } = ctx.body;
      const to = requireProfile(ctx.state, user_id).id;
      const deps = dependenciesOf(ctx.state, obj);
      const shared = deps.map((dep) => {
        const { shareable } = describeDependency(ctx, dep, to);
        const ok = include_dependencies && shareable && !!dep.target;
        if (ok && dep.target) grantUser(dep.target, to, "manage");
        return ok;
      });
      const previous = obj.ownerId;
      obj.ownerId = to;
      obj.grants.users.delete(to);
      if (previous !== null && previous !== to)
        obj.grants.users.set(previous, "manage");
      const result: Schema<"TransferResult"> = {
        dependencies: deps.map((dep, i) => {
          const { shareable: _, ...rest } = describeDependency(ctx, dep, to);
          return { ...rest, shared: shared[i] ?? false };
        }),
      };
      return { body: result };
    }),
  };
  return handlers as Record<
    `${P}_list_dependencies` | `${P}_put_transfer`,
    EngineHandler<State>
  >;
}
