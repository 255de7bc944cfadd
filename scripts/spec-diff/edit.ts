// The edits `npm run spec:diff -- --apply` makes to spec/openapi.yaml, on its
// YAML document (comments, order and layout kept): a new query parameter,
// body or response field, enum value, or operation, each placed where the
// spec keeps its kind. Each edit returns where it wrote, as a JSON pointer
// without the `#/`; one it cannot place throws CannotApply.
import {
  isMap,
  isScalar,
  isSeq,
  visit,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import {
  readConstraintWords,
  writeConstraintWords,
} from "../../src/spec/constraint-words.js";
import {
  isObject,
  operations as walk,
  successCodes,
  type JsonSchema as Json,
} from "../../src/spec/document.js";
import { snakeCase as snake } from "../../src/spec/name-case.js";
import {
  oneLine,
  type Finding,
  type Operation,
  type Param,
} from "./compare.js";
import { openapiParameter, openapiSchema, type Reusable } from "./openapi.js";

/** An edit that has no place in the spec as it is written. */
export class CannotApply extends Error {
  override name = "CannotApply";
}

type Doc = Document;
interface Located {
  node: unknown;
  /** JSON pointer of the node, without `#/`. */
  at: string;
}

/** A map entry's key as text: the spec's keys are scalars. */
const keyText = (pair: Pair): string =>
  String(isScalar(pair.key) ? pair.key.value : pair.key);

const escape = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");
const unescape = (key: string) => key.replace(/~1/g, "/").replace(/~0/g, "~");

/** Follows `$ref`s: where a schema, parameter or body is written. */
function deref(doc: Doc, located: Located): Located {
  let { node, at } = located;
  for (let hops = 0; isMap(node) && node.has("$ref"); hops++) {
    const ref = String(node.get("$ref"));
    if (!ref.startsWith("#/") || hops > 16)
      throw new CannotApply(`cannot follow ${ref}`);
    at = ref.slice(2);
    node = doc.getIn(at.split("/").map(unescape), true);
  }
  return { node, at };
}

function mapAt(located: Located): YAMLMap {
  if (!isMap(located.node)) throw new CannotApply(`no object at ${located.at}`);
  return located.node;
}

function child(doc: Doc, parent: Located, key: string): Located {
  const node = mapAt(parent).get(key, true);
  return deref(doc, { node, at: `${parent.at}/${escape(key)}` });
}

function operationAt(doc: Doc, f: Pick<Finding, "method" | "path">): Located {
  const at = `paths/${escape(f.path)}/${f.method.toLowerCase()}`;
  const node = doc.getIn(["paths", f.path, f.method.toLowerCase()], true);
  if (!isMap(node)) throw new CannotApply(`no operation at ${at}`);
  return { node, at };
}

/** The JSON schema of the request body or of the lowest 2xx response. */
function bodyAt(doc: Doc, op: Located, where: "body" | "response"): Located {
  let holder: Located;
  if (where === "body") holder = child(doc, op, "requestBody");
  else {
    const responses = child(doc, op, "responses");
    const written = mapAt(responses).items.map((pair) => [
      String(isScalar(pair.key) ? pair.key.value : ""),
      pair.value,
    ]);
    const code = successCodes(Object.fromEntries(written))[0];
    if (code === undefined)
      throw new CannotApply(`no success response at ${op.at}`);
    holder = child(doc, responses, String(code));
  }
  return child(
    doc,
    child(doc, child(doc, holder, "content"), "application/json"),
    "schema",
  );
}

/** The object schemas a schema is made of: its `allOf` parts, an array's items. */
function objectParts(doc: Doc, located: Located): Located[] {
  const map = mapAt(located);
  if (map.has("allOf")) {
    const parts = map.get("allOf", true);
    if (!isSeq(parts))
      throw new CannotApply(`allOf is no list at ${located.at}`);
    return parts.items.flatMap((part, i) =>
      objectParts(
        doc,
        deref(doc, { node: part, at: `${located.at}/allOf/${i}` }),
      ),
    );
  }
  if (map.has("items")) return objectParts(doc, child(doc, located, "items"));
  return [located];
}

/** A property of an object schema; body keys match in either case. */
function property(
  doc: Doc,
  located: Located,
  name: string,
  where: "body" | "response",
): Located | undefined {
  const same = (key: string) =>
    where === "body" ? snake(key) === snake(name) : key === name;
  for (const part of objectParts(doc, located)) {
    const props = mapAt(part).get("properties", true);
    if (!isMap(props)) continue;
    for (const pair of props.items) {
      const key = keyText(pair);
      if (same(key))
        return deref(doc, {
          node: pair.value,
          at: `${part.at}/properties/${escape(key)}`,
        });
    }
  }
  return undefined;
}

/** The field a dotted name (`readers.users`) leads to, from a body or response. */
function fieldAt(
  doc: Doc,
  root: Located,
  segments: readonly string[],
  where: "body" | "response",
): Located {
  let located = root;
  for (const segment of segments) {
    const next = property(doc, located, segment, where);
    if (!next) throw new CannotApply(`no field ${segment} at ${located.at}`);
    located = next;
  }
  return located;
}

/** Plain nodes of the spec's layout: `{ $ref: ... }` and short lists in flow style. */
function create(doc: Doc, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  visit(node, {
    Map(_, map) {
      if (map.items.length === 1 && String(map.items[0]?.key) === "$ref")
        map.flow = true;
    },
    Seq(_, seq) {
      if (seq.items.every((item) => isScalar(item))) seq.flow = true;
    },
  });
  return node;
}

/** Inserts a key before the first of `before` the map has, else at its end. */
function insertKey(
  doc: Doc,
  map: YAMLMap,
  key: string,
  value: unknown,
  before: readonly string[] = [],
): void {
  const at = map.items.findIndex((pair) => before.includes(keyText(pair)));
  const pair = doc.createPair(key, create(doc, value));
  if (at < 0) map.items.push(pair);
  else map.items.splice(at, 0, pair);
}

/** A new field in a body or response schema; returns where it was written. */
export function addField(
  doc: Doc,
  f: Finding,
  schema: Json,
  reuse: Reusable,
): string {
  const where = f.where as "body" | "response";
  const segments = f.name.split(".");
  const last = segments.pop()!;
  const parent = fieldAt(
    doc,
    bodyAt(doc, operationAt(doc, f), where),
    segments,
    where,
  );
  const parts = objectParts(doc, parent);
  const target =
    [...parts].reverse().find((p) => mapAt(p).has("properties")) ??
    parts.at(-1)!;
  const map = mapAt(target);
  const key = where === "body" ? snake(last) : last;
  if (!map.has("properties")) insertKey(doc, map, "properties", {});
  const props = map.get("properties", true);
  if (!isMap(props))
    throw new CannotApply(`properties is no object at ${target.at}`);
  if (props.has(key))
    throw new CannotApply(`${key} is already at ${target.at}`);
  props.items.push(
    doc.createPair(key, create(doc, openapiSchema(schema, where, reuse, true))),
  );
  return `${target.at}/properties/${escape(key)}`;
}

/** The query and path parameters an operation sees (its own and its path's). */
function parametersOf(
  doc: Doc,
  op: Located,
): Array<{ list: YAMLSeq; index: number; param: Located }> {
  const pathAt = op.at.slice(0, op.at.lastIndexOf("/"));
  const out: Array<{ list: YAMLSeq; index: number; param: Located }> = [];
  for (const holder of [pathAt, op.at]) {
    const list = doc.getIn(
      [...holder.split("/").map(unescape), "parameters"],
      true,
    );
    if (!isSeq(list)) continue;
    list.items.forEach((node, index) =>
      out.push({
        list,
        index,
        param: deref(doc, { node, at: `${holder}/parameters/${index}` }),
      }),
    );
  }
  return out;
}

const paramName = (param: Located) => String(mapAt(param).get("name"));

/** A new query parameter, after the one it follows in the description. */
export function addQueryParameter(
  doc: Doc,
  f: Finding,
  param: Param,
  after: string | undefined,
): string {
  const op = operationAt(doc, f);
  const map = mapAt(op);
  if (!map.has("parameters"))
    insertKey(doc, map, "parameters", [], ["requestBody", "responses"]);
  const list = map.get("parameters", true);
  if (!isSeq(list)) throw new CannotApply(`parameters is no list at ${op.at}`);
  const own = parametersOf(doc, op).filter((p) => p.list === list);
  const previous = own.find(
    (p) => after !== undefined && paramName(p.param) === after,
  );
  const index = previous ? previous.index + 1 : list.items.length;
  list.items.splice(index, 0, create(doc, openapiParameter(param, "query")));
  return `${op.at}/parameters/${index}`;
}

/**
 * Values added to an enum, each after the value it follows in the
 * description; words in the description that state the enum are rewritten.
 */
export function addEnumValues(
  doc: Doc,
  f: Finding,
  values: readonly string[],
): string {
  const op = operationAt(doc, f);
  let holder: Located;
  if (f.where === "query") {
    const found = parametersOf(doc, op).find(
      (p) =>
        mapAt(p.param).get("in") === "query" && paramName(p.param) === f.name,
    );
    if (!found)
      throw new CannotApply(`no query parameter ${f.name} at ${op.at}`);
    holder = found.param;
  } else if (f.where === "body" || f.where === "response")
    holder = fieldAt(doc, bodyAt(doc, op, f.where), f.name.split("."), f.where);
  else throw new CannotApply(`no enum in ${f.where}`);
  let schema = f.where === "query" ? child(doc, holder, "schema") : holder;
  if (mapAt(schema).has("items")) schema = child(doc, schema, "items");
  const list = mapAt(schema).get("enum", true);
  if (!isSeq(list)) throw new CannotApply(`no enum at ${schema.at}`);
  const type = String(mapAt(schema).get("type") ?? "");
  const typed = (v: string) =>
    type === "integer" || type === "number" ? Number(v) : v;
  const current = () =>
    list.items.map((item) => String(isScalar(item) ? item.value : item));
  values.forEach((value, i) => {
    if (current().includes(value)) return;
    const before = values
      .slice(0, i)
      .reverse()
      .find((v) => current().includes(v));
    const index = before === undefined ? 0 : current().indexOf(before) + 1;
    list.items.splice(index, 0, doc.createNode(typed(value)));
  });
  for (const located of new Set([holder, schema])) {
    const described = mapAt(located);
    const description = described.get("description");
    if (typeof description !== "string") continue;
    if (readConstraintWords(description).stated.enum === undefined) continue;
    const words = writeConstraintWords(
      description,
      mapAt(schema).toJSON() as Json,
    );
    described.set("description", words.description);
  }
  return `${schema.at}/enum`;
}

/** The spec's operations (read by the one spec walker), as written, in order. */
function operations(doc: Doc): Array<[string, string, YAMLMap]> {
  return walk(doc.toJS()).flatMap(
    ({ path, method }): Array<[string, string, YAMLMap]> => {
      const node = doc.getIn(["paths", path, method.toLowerCase()], true);
      return isMap(node) ? [[path, method, node]] : [];
    },
  );
}

/**
 * The spec's conventions for a resource's new operation: the error responses
 * its first operation lists, and the response the spec writes for a 204.
 */
function conventions(
  doc: Doc,
  resource: string,
): { errors: Json; noContent?: Json } {
  const ops = operations(doc);
  const first = ops.find(([path]) => path.split("/")[1] === resource);
  const responses = first?.[2].get("responses", true);
  const errors: Json = {};
  if (isMap(responses))
    for (const pair of responses.items) {
      const code = keyText(pair);
      if (!/^2\d\d$/.test(code) && isMap(pair.value))
        errors[code] = pair.value.toJSON();
    }
  for (const [, , op] of ops) {
    const noContent = op.getIn(["responses", "204"], true);
    if (isMap(noContent) && noContent.has("$ref"))
      return { errors, noContent: noContent.toJSON() as Json };
  }
  return { errors };
}

/** A path parameter as one of the spec's shared parameters, when it is equal to one. */
function sharedParameter(doc: Doc, param: Json): Json {
  const shared = doc.getIn(["components", "parameters"], true);
  if (!isMap(shared)) return param;
  for (const pair of shared.items) {
    const name = keyText(pair);
    const at = `components/parameters/${escape(name)}`;
    const candidate = deref(doc, { node: pair.value, at });
    if (!isMap(candidate.node)) continue;
    const c = candidate.node;
    const type = c.has("schema")
      ? mapAt(child(doc, candidate, "schema")).get("type")
      : undefined;
    if (
      c.get("name") === param.name &&
      c.get("in") === param.in &&
      oneLine(c.get("description")) === oneLine(param.description) &&
      type === (param.schema as Json).type
    )
      return { $ref: `#/${at}` };
  }
  return param;
}

/**
 * A new operation, named by civis-python's rule: in its path's item if the
 * spec has the path, else in a new item after the resource's last path.
 */
export function addOperation(
  doc: Doc,
  f: Finding,
  there: Operation,
  reuse: Reusable,
): string {
  // Read without its trailing slash: `/groups/` there is `/groups` here.
  const { path } = there;
  const method = there.method.toLowerCase();
  const paths = doc.get("paths", true);
  if (!isMap(paths)) throw new CannotApply("the spec has no paths");
  const existing = paths.get(path, true);
  if (isMap(existing) && existing.has(method))
    throw new CannotApply(`${method.toUpperCase()} ${path} is already there`);
  const { errors, noContent } = conventions(doc, f.resource);
  const raw = there.raw;
  const operation: Json = {
    operationId: f.operation,
    tags: [f.resource],
    summary: typeof raw.summary === "string" ? raw.summary : f.operation,
  };
  if (typeof raw.description === "string")
    operation.description = raw.description;
  const query = [...there.query.values()].map((p) =>
    openapiParameter(p, "query"),
  );
  if (query.length) operation.parameters = query;
  if (there.body)
    operation.requestBody = {
      ...(there.bodyRequired ? { required: true } : {}),
      content: {
        "application/json": {
          schema: openapiSchema(there.body, "body", reuse),
        },
      },
    };
  const responses: Json = {};
  const written = isObject(raw.responses) ? raw.responses : {};
  for (const code of there.success) {
    const response = isObject(written[String(code)])
      ? (written[String(code)] as Json)
      : {};
    const description =
      typeof response.description === "string"
        ? response.description
        : "Success.";
    if (isObject(response.schema))
      responses[String(code)] = {
        description,
        content: {
          "application/json": {
            schema: openapiSchema(response.schema, "response", reuse),
          },
        },
      };
    else
      responses[String(code)] =
        code === 204 && noContent ? noContent : { description };
  }
  operation.responses = { ...responses, ...errors };
  const at = `paths/${escape(path)}/${method}`;
  const pathParams = there.pathParams.map((p) =>
    sharedParameter(doc, openapiParameter(p, "path")),
  );
  if (isMap(existing)) {
    if (!existing.has("parameters") && pathParams.length)
      operation.parameters = [...pathParams, ...query];
    existing.items.push(doc.createPair(method, create(doc, operation)));
    return at;
  }
  const item: Json = {};
  if (pathParams.length) item.parameters = pathParams;
  item[method] = operation;
  const resource = `/${f.resource}`;
  let last = -1;
  paths.items.forEach((pair, i) => {
    const key = keyText(pair);
    if (key === resource || key.startsWith(`${resource}/`)) last = i;
  });
  const pair = doc.createPair(path, create(doc, item));
  if (last < 0) paths.items.push(pair);
  else paths.items.splice(last + 1, 0, pair);
  return at;
}
