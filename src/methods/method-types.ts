// The types of `client.<resource>`: the generated signatures (named
// parameters, JSDoc from the spec) with this library's per-call options, and
// the hand-written aliases.
import type { Resources, Results } from "../../generated/client-types.js";
import type { methods } from "../../generated/methods.js";
import type { aliases } from "./aliases.js";
import type { CallOptions, IteratorOptions } from "./call-options.js";

/** The table of methods, as generated from the spec. */
export type Methods = typeof methods;
/** `"groups"`, `"credentials"`, ... */
export type ResourceName = keyof Resources<CallOptions, IteratorOptions>;

type Aliases = typeof aliases;

/** `client.<resource>`: the reference's methods and their aliases. */
export type Resource<R extends ResourceName> = Resources<
  CallOptions,
  IteratorOptions
>[R] & {
  readonly [A in keyof Aliases[R]]: Resources<
    CallOptions,
    IteratorOptions
  >[R][Aliases[R][A] & keyof Resources<CallOptions, IteratorOptions>[R]];
};

/** The result of `client.<resource>.<method>(...)` (one page for lists). */
export type MethodResult<
  R extends ResourceName,
  M extends keyof Results[R],
> = Results[R][M];
