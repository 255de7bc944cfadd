// The shape of generated/methods.ts, the method table `npm run generate`
// writes from the spec: what the client knows of each method at run time.
// A route is written below its resource (`"GET /{id}"` under `groups`), as
// the resource is the key it sits under: the table is most of the client's
// bundle, and that prefix in every route would add a tenth to it, gzipped.
import type { paths } from "../../generated/schema.js";
import type { BodyKind } from "../http/read-body.js";

type Verb = "get" | "put" | "post" | "patch" | "delete";
/** `"GET /groups/{id}"`: every route the spec defines, and nothing else. */
type Route = {
  [P in keyof paths & string]: {
    [V in Verb & keyof paths[P]]: paths[P][V] extends undefined | never
      ? never
      : `${Uppercase<V>} ${P}`;
  }[Verb & keyof paths[P]];
}[keyof paths & string];

type Below<T, R extends string> = T extends `${infer V} /${R}`
  ? V
  : T extends `${infer V} /${R}/${infer P}`
    ? `${V} /${P}`
    : never;
/**
 * The routes of resource `R` as its table entries write them: `"GET /{id}"`
 * for `GET /groups/{id}`, `"GET"` for `GET /groups`.
 */
export type RouteIn<R extends string> = Below<Route, R>;

/** One argument: where it goes and what the client checks before sending. */
export interface ArgInfo {
  readonly in?: "path" | "query" | "body";
  readonly type?: string;
  readonly enum?: readonly (string | number | boolean)[];
  readonly min?: number;
  readonly max?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly maxBytes?: number;
  readonly pattern?: string;
  readonly default?: string | number | boolean;
  readonly json?: true;
  readonly minItems?: number;
  readonly items?: ArgInfo;
}

/** One method of the table. */
export interface MethodSpec {
  /** The verb and the path below the resource's (a `RouteIn` of it). */
  readonly route: string;
  /** The positional arguments, in the API reference's order. */
  readonly args: readonly string[];
  /** Every argument (positional or optional) by wire name. */
  readonly params: Readonly<Record<string, ArgInfo>>;
  /** The operation takes a JSON body (sent as `{}` when no argument goes in it). */
  readonly body?: true;
  /** Lists with the X-Pagination-* headers; accept `{ iterator: true }`. */
  readonly paginated?: true;
  /** Response keys whose values are user data, never case-converted. */
  readonly opaque?: readonly string[];
  /**
   * `x-civis-normalize`: the body is documented as `{ [normalize]: [...] }`
   * but may arrive as an array (see src/methods/normalize.ts).
   */
  readonly normalize?: string;
  /** The kind of its success body; absent when it has none (a 204). */
  readonly returns?: BodyKind;
}

/** An entry's verb and full path: `"GET /{id}"` under `groups` is `GET /groups/{id}`. */
export function routeOf(
  resource: string,
  { route }: Pick<MethodSpec, "route">,
): { method: string; path: string } {
  const [method, below = ""] = route.split(" ") as [string, string?];
  return { method, path: `/${resource}${below}` };
}
