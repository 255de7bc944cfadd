// Signatures of the seed methods, derived from the method table and the
// generated operation types: nothing here restates a schema.
import type { operations } from "../generated/schema.js";
import type { aliases, Methods, ResourceName } from "./methods.js";
import type { CallOptions, IteratorOptions } from "./call-options.js";

/** `"totalUserShares"` -> `"total_user_shares"`. */
export type SnakeCase<S extends string> = S extends `${infer C}${infer R}`
  ? `${C extends Lowercase<C> ? C : `_${Lowercase<C>}`}${SnakeCase<R>}`
  : S;

/**
 * Response keys as civis-python shows them. Opaque user data (the `value` of
 * a JSON value) is typed `unknown` by the spec, so it is left as it is, as at
 * run time.
 */
export type Snake<T> = T extends readonly (infer U)[]
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

type OpId<R extends ResourceName, M> = `${R}_${M & string}` & keyof operations;
type Op<R extends ResourceName, M> = operations[OpId<R, M>];

/** Every input of an operation (path, query, body), wire (snake_case) names. */
export type Inputs<O> = (O extends { parameters: { path?: infer P } }
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

/**
 * A body the spec allows as an object or an array resolves to the object: the
 * wrappers normalize it so (`x-civis-normalize`, src/normalize.ts).
 */
type Normalized<B> = [Extract<B, readonly unknown[]>] extends [never]
  ? B
  : [Exclude<B, readonly unknown[]>] extends [never]
    ? B
    : Exclude<B, readonly unknown[]>;

/** The result of an operation, keys in snake_case; `void` for a 204. */
export type Result<O> = [SuccessBody<O>] extends [void]
  ? void
  : Snake<Normalized<SuccessBody<O>>>;

type Spec<R extends ResourceName, M extends keyof Methods[R]> = Methods[R][M];
type ArgNames<S> = S extends { args: infer A extends readonly string[] }
  ? A
  : readonly [];

type Positional<In, A extends readonly string[]> = {
  -readonly [I in keyof A]: A[I] extends keyof In ? Required<In>[A[I]] : never;
};
type Optional<In, A extends readonly string[]> = {
  [K in Exclude<keyof In, A[number]>]?: In[K];
};

type Prettify<T> = { [K in keyof T]: T[K] } & {};

/** The final options object of a method: the seed's optional arguments. */
export type MethodOptions<
  R extends ResourceName,
  M extends keyof Methods[R],
> = Prettify<Optional<Inputs<Op<R, M>>, ArgNames<Spec<R, M>>>>;

type Item<T> = T extends readonly (infer U)[] ? U : never;

type PlainMethod<R extends ResourceName, M extends keyof Methods[R]> = (
  ...args: [
    ...Positional<Inputs<Op<R, M>>, ArgNames<Spec<R, M>>>,
    options?: MethodOptions<R, M> & CallOptions,
  ]
) => Promise<Result<Op<R, M>>>;

type PaginatedMethod<R extends ResourceName, M extends keyof Methods[R]> = {
  /** With `iterator: true`: every item of every page, fetched lazily. */
  (
    ...args: [
      ...Positional<Inputs<Op<R, M>>, ArgNames<Spec<R, M>>>,
      options: MethodOptions<R, M> &
        CallOptions &
        IteratorOptions & { iterator: true },
    ]
  ): AsyncIterableIterator<Item<Result<Op<R, M>>>>;
  /** One page. */
  (
    ...args: [
      ...Positional<Inputs<Op<R, M>>, ArgNames<Spec<R, M>>>,
      options?: MethodOptions<R, M> & CallOptions & { iterator?: false },
    ]
  ): Promise<Result<Op<R, M>>>;
};

/** The function for one seed method. */
export type Method<R extends ResourceName, M extends keyof Methods[R]> =
  Spec<R, M> extends { paginated: true }
    ? PaginatedMethod<R, M>
    : PlainMethod<R, M>;

type Aliases = typeof aliases;

/** `client.<resource>`: the seed methods and their aliases. */
export type Resource<R extends ResourceName> = {
  readonly [M in keyof Methods[R]]: Method<R, M>;
} & {
  readonly [A in keyof Aliases[R]]: Aliases[R][A] extends keyof Methods[R]
    ? Method<R, Aliases[R][A]>
    : never;
};

/** The result type of `client.<resource>.<method>(...)`. */
export type MethodResult<
  R extends ResourceName,
  M extends keyof Methods[R],
> = Result<Op<R, M>>;
