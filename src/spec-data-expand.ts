// generated/spec-data.ts is written compactly to keep the client bundle small:
// arguments grouped by location (so one shape serves path, query and body),
// no `required` (the method table's positional arguments are exactly the
// required ones). This expands it once, at load.
import type {
  ArgInfo,
  BodyKind,
  OperationInfo,
  SpecData,
} from "./spec-data-types.js";

/** An argument's constraints, without its location. */
export type ArgShape = Omit<ArgInfo, "in" | "items"> & { items?: ArgShape };

/** One operation's arguments by location, opaque response keys, normalization. */
export interface CompactOperation {
  path?: Record<string, ArgShape>;
  query?: Record<string, ArgShape>;
  body?: Record<string, ArgShape>;
  opaque?: string[];
  normalize?: string;
  returns?: BodyKind;
}

const LOCATIONS = ["path", "query", "body"] as const;

const place = (shape: ArgShape, where: ArgInfo["in"]): ArgInfo => ({
  ...shape,
  in: where,
  items: shape.items && place(shape.items, where),
});

export function expandSpecData(
  operations: Record<string, CompactOperation>,
): SpecData {
  const out: Record<string, OperationInfo> = {};
  for (const [id, op] of Object.entries(operations)) {
    const args: Record<string, ArgInfo> = {};
    for (const where of LOCATIONS)
      for (const [name, shape] of Object.entries(op[where] ?? {}))
        args[name] = place(shape, where);
    out[id] = {
      args,
      body: op.body ? true : undefined,
      opaque: op.opaque,
      normalize: op.normalize,
      returns: op.returns,
    };
  }
  return { operations: out };
}
