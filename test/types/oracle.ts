// A type-level derivation of the signatures from the generated `operations`
// and the generated method table alone. It is the
// oracle of signatures.test.ts, which checks that the generated interfaces
// (generated/client-types.ts) say exactly the same.
import type { methods } from "../../generated/methods.js";
import type { operations } from "../../generated/schema.js";
import type { CallOptions } from "../../src/index.js";

type Methods = typeof methods;
type ResourceName = keyof Methods;

/** `"totalUserShares"` -> `"total_user_shares"`. */
type SnakeCase<S extends string> = S extends `${infer C}${infer R}`
  ? `${C extends Lowercase<C> ? C : `_${Lowercase<C>}`}${SnakeCase<R>}`
  : S;

/** Response keys as the client returns them; opaque (`unknown`) left alone. */
type Snake<T> = T extends readonly (infer U)[]
  ? Snake<U>[]
  : T extends object
    ? { [K in keyof T as K extends string ? SnakeCase<K> : K]: Snake<T[K]> }
    : T;

type NonNever<T> = [T] extends [never]
  ? unknown
  : T extends object
    ? T
    : unknown;
type Json<C> = C extends { content: { "application/json": infer B } }
  ? B
  : never;

type Op<R extends ResourceName, M> = operations[`${R}_${M & string}` &
  keyof operations];

/** Every input of an operation (path, query, body), wire (snake_case) names. */
type Inputs<O> = (O extends { parameters: { path?: infer P } }
  ? NonNever<P>
  : unknown) &
  (O extends { parameters: { query?: infer Q } } ? NonNever<Q> : unknown) &
  (O extends { requestBody?: infer B } ? NonNever<Json<B>> : unknown);

type SuccessBody<O> = O extends { responses: infer R }
  ? 200 extends keyof R
    ? Json<R[200]>
    : 201 extends keyof R
      ? Json<R[201]>
      : void
  : never;

/** A body that may be an object or an array resolves to the object. */
type Normalized<B> = [Extract<B, readonly unknown[]>] extends [never]
  ? B
  : [Exclude<B, readonly unknown[]>] extends [never]
    ? B
    : Exclude<B, readonly unknown[]>;

/** The result of an operation, keys in snake_case; `void` for a 204. */
type Result<O> = [SuccessBody<O>] extends [void]
  ? void
  : Snake<Normalized<SuccessBody<O>>>;

type ArgNames<S> = S extends { args: infer A extends readonly string[] }
  ? A
  : readonly [];

type Positional<In, A extends readonly string[]> = {
  -readonly [I in keyof A]: A[I] extends keyof In ? Required<In>[A[I]] : never;
};
type Optional<In, A extends readonly string[]> = {
  [K in Exclude<keyof In, A[number]>]?: In[K];
};

type Spec<R extends ResourceName, M extends keyof Methods[R]> = Methods[R][M];
type Args<R extends ResourceName, M extends keyof Methods[R]> = ArgNames<
  Spec<R, M>
>;
type OptionsOf<R extends ResourceName, M extends keyof Methods[R]> = Optional<
  Inputs<Op<R, M>>,
  Args<R, M>
>;
/** The options parameter: call options alone when the method has no other. */
type Options<
  R extends ResourceName,
  M extends keyof Methods[R],
> = keyof OptionsOf<R, M> extends never
  ? CallOptions
  : OptionsOf<R, M> & CallOptions;

/** The parameters of `client.<R>.<M>` (paginated lists: `iterator: boolean`). */
export type OracleParameters<
  R extends ResourceName,
  M extends keyof Methods[R],
> = [
  ...Positional<Inputs<Op<R, M>>, Args<R, M>>,
  options?: Spec<R, M> extends { paginated: true }
    ? Options<R, M> & { iterator?: boolean }
    : Options<R, M>,
];

type Item<T> = T extends readonly (infer U)[] ? U : never;

/** What a call resolves to; paginated lists: a page or an iterator of items. */
export type OracleReturn<R extends ResourceName, M extends keyof Methods[R]> =
  Spec<R, M> extends { paginated: true }
    ? AsyncIterableIterator<Item<Result<Op<R, M>>>> | Promise<Result<Op<R, M>>>
    : Promise<Result<Op<R, M>>>;
