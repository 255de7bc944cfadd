// The declared 2xx body kind of a `client.raw` call, found from its method
// and URL path in the method table, so that the transport checks the bodies
// of raw calls as it checks the methods' (a method knows its own).
import { methods } from "../../generated/methods.js";
import type { BodyKind } from "../http/read-body.js";
import { routeOf, type MethodSpec } from "./method-spec.js";

interface Template {
  /** Literal segments, and null where the route has a `{param}`. */
  segments: (string | null)[];
  returns: BodyKind | undefined;
}

let byMethod: Map<string, Template[]> | undefined;

// Built on the first raw call: the methods never need it.
function templates(): Map<string, Template[]> {
  if (byMethod) return byMethod;
  byMethod = new Map();
  for (const [resource, entries] of Object.entries(methods))
    for (const spec of Object.values(entries) as MethodSpec[]) {
      const { method, path } = routeOf(resource, spec);
      const segments = path.split("/").map((s) => (s[0] === "{" ? null : s));
      let list = byMethod.get(method);
      if (!list) byMethod.set(method, (list = []));
      list.push({ segments, returns: spec.returns });
    }
  // Literal segments win: `/credentials/types` before `/credentials/{id}`.
  const params = (t: Template) => t.segments.filter((s) => s === null).length;
  for (const list of byMethod.values())
    list.sort((a, b) => params(a) - params(b));
  return byMethod;
}

/**
 * For a client whose base URL has the path `basePath` (`""` or `/v1`): the
 * kind a raw call's 2xx body must have, or undefined when the operation has
 * no body or is not in the spec (then nothing is checked).
 */
export function returnsByRoute(
  basePath: string,
): (method: string, path: string) => BodyKind | undefined {
  const base = basePath.replace(/\/$/, "");
  return (method, path) => {
    if (!path.startsWith(`${base}/`)) return undefined;
    const got = path.slice(base.length).split("/");
    const match = templates()
      .get(method)
      ?.find(
        ({ segments }) =>
          segments.length === got.length &&
          segments.every((s, i) => (s === null ? got[i] !== "" : s === got[i])),
      );
    return match?.returns;
  };
}
