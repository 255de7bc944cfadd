// The shape of generated/spec-data.ts: what the client knows of the spec at
// run time (compiled by scripts/spec-data.ts).

/** One argument of an operation, as the client validates and places it. */
export interface ArgInfo {
  in: "path" | "query" | "body";
  required?: true;
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

export interface OperationInfo {
  args: Record<string, ArgInfo>;
  /** Response keys whose values are user data, never case-converted. */
  opaque?: string[];
  /** The request body is required (POST/PUT/PATCH with a JSON body). */
  body?: true;
}

export interface SpecData {
  operations: Record<string, OperationInfo>;
  /** camelCase response key -> snake_case, for every key the spec names. */
  responseKeys: Record<string, string>;
}
