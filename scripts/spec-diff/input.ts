// The published description for `npm run spec:diff`: a Swagger 2.0 JSON file
// (civis-python caches one as civis_api_spec.json) or the live
// `GET {CIVIS_API_ENDPOINT}/endpoints`, fetched by this package's own client
// (same key, auth, base URL rules and retries). Every failure is an
// InputError with a one-line message; none holds the API key.
import { readFile } from "node:fs/promises";
import SwaggerParser from "@apidevtools/swagger-parser";
import { APIClient, DEFAULT_BASE_URL } from "../../src/client.js";
import type { ClientOptions } from "../../src/client.js";
import { readEnv } from "../../src/http/env.js";
import { clip, redact, secretForms } from "../../src/text/redact.js";

/** Bad input (exit 2): unreadable, not Swagger 2.0, a network error. */
export class InputError extends Error {
  override name = "InputError";
}

type Json = Record<string, unknown>;
type Env = Readonly<Record<string, string | undefined>>;

/** A dereferenced description and where it came from. */
export interface Description {
  source: string;
  document: Json;
}

const EXPECTED =
  "expected the Swagger 2.0 JSON the API serves at GET /endpoints";

/** Reads a Swagger 2.0 JSON file. */
export async function readDescriptionFile(path: string): Promise<Description> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${reason(error)}`);
  }
  return { source: path, document: await dereference(text, path) };
}

// `/endpoints` is no path of the five resources' typed client.
interface UntypedGet {
  GET(
    path: string,
    init: { parseAs: "text" },
  ): Promise<{ data?: string; error?: unknown; response: Response }>;
}

/** Fetches `GET {CIVIS_API_ENDPOINT}/endpoints` with `CIVIS_API_KEY`. */
export async function fetchLiveDescription(
  env: Env,
  clientOptions: ClientOptions = {},
): Promise<Description> {
  const apiKey = readEnv("CIVIS_API_KEY", env);
  if (!apiKey)
    throw new InputError(
      "--live needs CIVIS_API_KEY (and CIVIS_API_ENDPOINT for a server other than the default)",
    );
  let client: APIClient;
  try {
    client = new APIClient({
      ...clientOptions,
      apiKey,
      baseUrl: readEnv("CIVIS_API_ENDPOINT", env) ?? DEFAULT_BASE_URL,
    });
  } catch (error) {
    throw new InputError(reason(error));
  }
  const source = `${client.baseUrl}/endpoints`;
  let result: Awaited<ReturnType<UntypedGet["GET"]>>;
  try {
    const raw = client.raw as unknown as UntypedGet;
    result = await raw.GET("/endpoints", { parseAs: "text" });
  } catch (error) {
    throw new InputError(`cannot fetch ${source}: ${reason(error)}`);
  }
  if (!result.response.ok) {
    const body = result.error as { errorDescription?: unknown } | undefined;
    const detail =
      typeof body?.errorDescription === "string"
        ? `: ${redact(clip(body.errorDescription), secretForms(apiKey))}`
        : "";
    throw new InputError(
      `${source} answered ${result.response.status}${detail}`,
    );
  }
  return { source, document: await dereference(result.data ?? "", source) };
}

/** Parses the JSON, checks it is Swagger 2.0 and resolves its `$ref`s. */
async function dereference(text: string, source: string): Promise<Json> {
  if (text.trim() === "")
    throw new InputError(`${source} is empty; ${EXPECTED}`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${source} is not JSON (${reason(error)}); ${EXPECTED}`,
    );
  }
  const fields = isObject(doc) ? doc : {};
  if (fields.swagger !== "2.0") {
    const what =
      typeof fields.openapi === "string"
        ? `it is OpenAPI ${fields.openapi}`
        : 'it has no "swagger": "2.0"';
    throw new InputError(
      `${source} is not a Swagger 2.0 document (${what}); ${EXPECTED}`,
    );
  }
  if (!isObject(fields.paths))
    throw new InputError(`${source} has no "paths" object; ${EXPECTED}`);
  try {
    const parsed = await SwaggerParser.dereference(doc as never);
    return parsed as unknown as Json;
  } catch (error) {
    throw new InputError(`${source}: ${reason(error)}`);
  }
}

/** An error's message on one line. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").trim();
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
