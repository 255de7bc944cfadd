// Handlers typed from generated/schema.d.ts, so that a change of the spec that
// a handler does not follow breaks the build; and their conversion to the
// engine's untyped handlers, which is where the types end.
import type { components, operations } from "../../../generated/schema.js";
import type { State } from "../model/state.js";
import type {
  EngineHandler,
  EngineHandlerContext,
} from "../engine/handler-types.js";

/** An operationId of the spec. */
export type OperationId = keyof operations;

/** The operationIds that match a pattern, e.g. `` `${string}_put_transfer` ``. */
export type OperationsLike<Pattern extends string> = Extract<
  OperationId,
  Pattern
>;

/** A schema of the spec's components, in wire format (camelCase). */
export type Schema<N extends keyof components["schemas"]> =
  components["schemas"][N];

type Responses<K extends OperationId> = operations[K]["responses"];
type Success<R> = 200 extends keyof R
  ? R[200]
  : 201 extends keyof R
    ? R[201]
    : 204 extends keyof R
      ? R[204]
      : never;
type JsonOf<X> = X extends { content: { "application/json": infer B } }
  ? B
  : undefined;

/** The success body of an operation (undefined for a 204). */
export type Body<K extends OperationId> = JsonOf<Success<Responses<K>>>;

type Params<K extends OperationId> = operations[K]["parameters"];
type Defined<T> = [T] extends [undefined]
  ? Record<string, never>
  : NonNullable<T>;

/** Path parameters of an operation, as the engine coerced them. */
export type PathOf<K extends OperationId> = Defined<Params<K>["path"]>;
/** Query parameters of an operation, as the engine coerced them. */
export type QueryOf<K extends OperationId> = Defined<Params<K>["query"]>;
/** The request body of an operation, snake_case keys. */
export type RequestOf<K extends OperationId> =
  NonNullable<operations[K]["requestBody"]> extends {
    content: { "application/json": infer B };
  }
    ? B
    : Record<string, never>;

/** A handler's context with path, query and body typed for one operation. */
export interface OperationContext<K extends OperationId> extends Omit<
  EngineHandlerContext<State>,
  "path" | "query" | "body"
> {
  path: PathOf<K>;
  query: QueryOf<K>;
  body: RequestOf<K>;
}

/** A handler's answer with the body typed from the spec. */
export type OperationResult<K extends OperationId> =
  Body<K> extends undefined
    ? { status: 204; headers?: Record<string, string> }
    : { status?: number; body: Body<K>; headers?: Record<string, string> };

/** The handler of one operation, typed from the spec. */
export type OperationHandler<K extends OperationId> = (
  ctx: OperationContext<K>,
) => OperationResult<K>;

/** A table of typed handlers, one per operation listed in `K`. */
export type OperationTable<K extends OperationId> = {
  [P in K]: OperationHandler<P>;
};

/**
 * A typed handler as the engine calls it. The cast is sound because the
 * engine validated path, query and body against this operation's schemas.
 */
export function asEngineHandler<K extends OperationId>(
  fn: OperationHandler<K>,
): EngineHandler<State> {
  return (ctx) => fn(ctx as unknown as OperationContext<K>);
}

/** A table of typed handlers as the engine calls them. */
export function engineHandlers<K extends OperationId>(
  table: OperationTable<K>,
): Record<K, EngineHandler<State>> {
  const out = {} as Record<K, EngineHandler<State>>;
  for (const key of Object.keys(table) as K[])
    out[key] = asEngineHandler(table[key] as OperationHandler<K>);
  return out;
}
