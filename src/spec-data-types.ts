// The shape of generated/spec-data.ts: what the client knows of the spec at
// run time (compiled by scripts/spec-data.ts).

/** One argument of an operation, as the client validates and places it. */
export interface ArgInfo {
  in: "path" | "query" | "body";
  type?: string;
  enum?: readonly (string | number | boolean)[];
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  maxBytes?: number;
  pattern?: string;
  default?: string | number | boolean;
  json?: true;
  minItems?: number;
  items?: ArgInfo;
}

/** The declared top-level kind of a success body; `any` allows object or array. */
export type BodyKind = "object" | "array" | "any";

export interface OperationInfo {
  args: Record<string, ArgInfo>;
  /** Response keys whose values are user data, never case-converted. */
  opaque?: string[] | undefined;
  /** The operation takes a JSON body (sent as `{}` when no argument goes in it). */
  body?: true | undefined;
  /**
   * `x-civis-normalize`: the body is documented as `{ [normalize]: [...] }`
   * but may arrive as an array (see src/normalize.ts).
   */
  normalize?: string | undefined;
  /** The kind of its success body; undefined when it has none (a 204). */
  returns?: BodyKind | undefined;
}

export interface SpecData {
  operations: Record<string, OperationInfo>;
}
