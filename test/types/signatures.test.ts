// The generated signatures (generated/client-types.ts: named parameters and
// JSDoc for editors) say exactly what the generated wire types and method
// table imply (oracle.ts): same parameters, same results, for every method.
// tsc (`npm run typecheck`) fails if any differs.
import { describe, expectTypeOf, it } from "vitest";
import type { Resources } from "../../generated/client-types.js";
import type { methods } from "../../generated/methods.js";
import type { CallOptions } from "../../src/index.js";
import type { OracleParameters, OracleReturn } from "./oracle.js";

type Methods = typeof methods;
// No list-only options: the oracle knows none.
type Generated = Resources<CallOptions, object>;

/** True when A and B are the same type (the compiler's identity check). */
type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2
    ? true
    : false;
/** One level of intersections merged, so `A & B` compares with `{...A, ...B}`. */
type Flat<T> = T extends object ? { [K in keyof T]: T[K] } : T;
type FlatTuple<T extends readonly unknown[]> = { [I in keyof T]: Flat<T[I]> };

type Fn<R extends keyof Methods, M> = Generated[R][M & keyof Generated[R]];
type Params<F> = F extends (...args: infer P) => unknown ? P : never;
type Returns<F> = F extends (...args: never[]) => infer Q ? Q : never;

/** `"groups.get parameters"` for each method whose generated signature differs. */
type Mismatches = {
  [R in keyof Methods]: {
    [M in keyof Methods[R]]: Same<
      FlatTuple<Params<Fn<R, M>>>,
      FlatTuple<OracleParameters<R, M>>
    > extends true
      ? Same<Returns<Fn<R, M>>, OracleReturn<R, M>> extends true
        ? never
        : `${R}.${M & string} result`
      : `${R}.${M & string} parameters`;
  }[keyof Methods[R]];
}[keyof Methods];

describe("generated signatures", () => {
  it("equal what the generated operations and method table imply", () => {
    expectTypeOf<Mismatches>().toEqualTypeOf<never>();
  });

  it("have a resource interface for each resource of the table, and no other", () => {
    expectTypeOf<keyof Generated>().toEqualTypeOf<keyof Methods>();
    expectTypeOf<keyof Generated["groups"]>().toEqualTypeOf<
      keyof Methods["groups"]
    >();
  });

  it("are compared strictly enough to see a difference", () => {
    expectTypeOf<
      Same<{ a: number }, { a: number | null }>
    >().toEqualTypeOf<false>();
    expectTypeOf<Same<{ a?: number }, { a: number }>>().toEqualTypeOf<false>();
    expectTypeOf<
      Same<FlatTuple<[{ a: 1 } & { b: 2 }]>, FlatTuple<[{ a: 1; b: 2 }]>>
    >().toEqualTypeOf<true>();
  });
});
