// The record family: `get`, `post`, `put`, `patch`, `delete` and
// `put_archive` of one kind of record. A resource says where its records
// live, how a request's record is located, and what a new one holds; the
// family does the rest alike for every kind:
// - `get` needs read, `put`, `patch` and `put_archive` need write, `delete`
//   needs manage (the locator answers 404 or 403).
// - `post` and `put` write every field the request schema declares (omitted
//   ones back to their defaults); `patch` writes only those sent.
// - Every change bumps `updatedAt`; a new record has `updatedAt` equal to
//   `createdAt`.
// - The answer echoes the record: every stored field the response schema
//   declares, unless the resource presents it its own way.
import type { SpecOperation } from "../engine/load-spec.js";
import type { EngineHandler } from "../engine/handler-types.js";
import { compact } from "../model/state.js";
import type { Shareable, State } from "../model/state.js";
import { assignDeclared, echo } from "./declared-fields.js";
import type { Locator, LocatorContext } from "./locator.js";
import type {
  Body,
  OperationContext,
  OperationId,
  OperationsLike,
} from "./operation-handler.js";

type Verb = "get" | "post" | "put" | "patch" | "delete" | "put_archive";
/** The verbs the spec has for resource `P`. */
type VerbOf<P extends string> = {
  [V in Verb]: `${P}_${V}` extends OperationId ? V : never;
}[Verb];
type Op<P extends string, V extends Verb> = OperationsLike<`${P}_${V}`>;

/** A record of any kind: shareable, with its timestamps. */
interface StoredRecord extends Shareable {
  createdAt: string;
  updatedAt: string;
}

/** What a presenter reads: the state and the operation it answers. */
export interface PresenterContext {
  state: State;
  operation: SpecOperation;
}

/** How one kind of record is stored, located, created and presented. */
export interface RecordKind<P extends string, R extends StoredRecord> {
  locate: Locator<R>;
  /** Where the records live: `post` adds to it, `delete` removes from it. */
  store: (state: State) => Map<number, R>;
  /** The answer for one record; default: every stored field the response declares. */
  present?: (ctx: PresenterContext, record: R) => Body<Op<P, "get">>;
  /**
   * `post`: the new record before the request's declared fields are written
   * (its id and owner, and what the request does not declare). Checks come
   * first, so that a refused request uses no id.
   */
  create: (ctx: OperationContext<Op<P, "post">>) => R;
  /** `put`, `patch`: checks, and changes made before the declared fields are written. */
  prepare?: (ctx: OperationContext<Op<P, "put" | "patch">>, record: R) => void;
  /** `post`, `put`, `patch`: what follows from the fields just written. */
  settle?: (
    ctx: OperationContext<Op<P, "post" | "put" | "patch">>,
    record: R,
  ) => void;
  /** Body fields stored another way, never copied (e.g. `value_str`). */
  except?: readonly string[];
  /** The values `post` and `put` give declared fields the request omits (by record key). */
  defaults?: (state: State) => Record<string, unknown>;
  /** `delete`; default: out of `store`. */
  remove?: (state: State, record: R) => void;
}

/** What the family's handlers read of a request. */
type RecordContext = PresenterContext &
  LocatorContext & { body: Record<string, unknown> };

/**
 * The handlers `<prefix>_<verb>` of one kind of record, for the verbs given
 * (each must be an operation of the spec; `put_archive` only for a record
 * with `archived`).
 */
export function recordHandlers<
  P extends string,
  V extends VerbOf<P>,
  R extends StoredRecord &
    ("put_archive" extends V ? { archived: boolean } : unknown),
>(
  prefix: P,
  verbs: readonly V[],
  kind: RecordKind<P, R>,
): Record<`${P}_${V}`, EngineHandler<State>> {
  const { locate, store } = kind;
  const present = (ctx: PresenterContext, record: R) =>
    kind.present ? kind.present(ctx, record) : echo(ctx.operation, record);
  // The hooks are typed for this resource's operations; the engine checked
  // each request against its operation's schemas before a handler runs.
  const hook = (ctx: RecordContext) => ctx as never;
  const assign = (ctx: RecordContext, record: R, replace: boolean) =>
    assignDeclared(record, ctx, {
      replace,
      except: kind.except,
      defaults: kind.defaults?.(ctx.state),
    });
  const write = (ctx: RecordContext, replace: boolean) => {
    const record = locate(ctx, "write");
    kind.prepare?.(hook(ctx), record);
    assign(ctx, record, replace);
    record.updatedAt = ctx.state.now();
    kind.settle?.(hook(ctx), record);
    return { body: present(ctx, record) };
  };
  const handlers: Record<Verb, (ctx: RecordContext) => unknown> = {
    get: (ctx) => ({ body: present(ctx, locate(ctx, "read")) }),
    post: (ctx) => {
      const record = kind.create(hook(ctx));
      assign(ctx, record, true);
      kind.settle?.(hook(ctx), record);
      const stored = compact(record);
      store(ctx.state).set(stored.id, stored);
      return { status: 201, body: present(ctx, stored) };
    },
    put: (ctx) => write(ctx, true),
    patch: (ctx) => write(ctx, false),
    delete: (ctx) => {
      const record = locate(ctx, "manage");
      if (kind.remove) kind.remove(ctx.state, record);
      else store(ctx.state).delete(record.id);
      return { status: 204 };
    },
    put_archive: (ctx) => {
      const record = locate(ctx, "write") as R & { archived: boolean };
      record.archived = ctx.body.status as boolean;
      record.updatedAt = ctx.state.now();
      return { body: present(ctx, record) };
    },
  };
  return Object.fromEntries(
    verbs.map((verb) => [
      `${prefix}_${verb}`,
      handlers[verb] as unknown as EngineHandler<State>,
    ]),
  ) as Record<`${P}_${V}`, EngineHandler<State>>;
}
