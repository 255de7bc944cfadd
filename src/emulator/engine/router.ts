// Routes a method and a raw (still percent-encoded) path to a spec operation.
// Matching happens on the encoded path so that a permission-set resource name
// holding `%2F`, `%3F` or `%23` stays one segment; find-my-way decodes the
// parameters after matching.
import FindMyWay from "find-my-way";
import type { HTTPMethod } from "find-my-way";
import type { SpecOperation } from "./load-spec.js";

/** The outcome of routing one request. */
export type RouteResult =
  | { kind: "found"; operation: SpecOperation; params: Record<string, string> }
  | { kind: "notFound" }
  | { kind: "methodNotAllowed"; allow: string[] };

export interface Router {
  /** `pathname` is the raw path of the URL, without query string. */
  find(method: string, pathname: string): RouteResult;
}

/** Builds a router over the given operations (usually `spec.operations`). */
export function createRouter(operations: readonly SpecOperation[]): Router {
  const router = FindMyWay({
    ignoreTrailingSlash: true, // `/groups/` is `/groups`
    maxParamLength: 4096, // resource names may be long; the default is 100
  });
  const methods = new Set<HTTPMethod>();
  const noop = () => undefined;
  for (const op of operations) {
    const method = op.method as HTTPMethod;
    methods.add(method);
    router.on(method, toRouterPath(op.path), noop, op);
  }

  const lookup = (method: HTTPMethod, pathname: string) => {
    const found = router.find(method, pathname);
    if (!found) return null;
    const operation = found.store as SpecOperation;
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(found.params)) {
      // An empty segment (`/groups//members`) names nothing: no route.
      if (value === undefined || value === "") return null;
      params[key] = value;
    }
    return { operation, params };
  };

  return {
    find(method, pathname) {
      const verb = method.toUpperCase() as HTTPMethod;
      const hit = methods.has(verb) ? lookup(verb, pathname) : null;
      if (hit) return { kind: "found", ...hit };
      const allow = [...methods].filter(
        (m) => m !== verb && lookup(m, pathname),
      );
      return allow.length > 0
        ? { kind: "methodNotAllowed", allow: allow.sort() }
        : { kind: "notFound" };
    },
  };
}

// `/groups/{id}/members/{user_id}` -> `/groups/:id/members/:user_id`
function toRouterPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ":$1");
}
