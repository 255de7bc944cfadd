// The Schema Object keywords that Swagger 2.0 (the form of the description
// the API serves at `GET /endpoints`) shares with OpenAPI 3.1 and that keep
// their meaning across the two: copied as they are either way, by the
// emulator's Swagger view and by spec:diff. `type`, `enum`, `items`,
// `properties`, `required`, `allOf` and `additionalProperties` are
// converted, anything else dropped.

/** Keywords of a schema (a body, a response, a property). */
export const SCHEMA_KEYWORDS = [
  "title",
  "description",
  "format",
  "default",
  "multipleOf",
  "maximum",
  "minimum",
  "maxLength",
  "minLength",
  "pattern",
  "maxItems",
  "minItems",
  "uniqueItems",
  "maxProperties",
  "minProperties",
  "readOnly",
] as const;

/** Keywords of a path or query parameter, which has no Schema Object (and `items`). */
export const PARAMETER_KEYWORDS = SCHEMA_KEYWORDS.filter(
  (k) => k !== "title" && k !== "description" && k !== "readOnly",
);
