// The client scenario of `npm run test:runtimes`. run.ts bundles this file
// with the client into one minified ESM file; Deno and Bun run that file as
// their main module, a Chromium page imports it. It throws on the first thing
// that is not as expected and returns a one-line summary otherwise.
import {
  APIClient,
  CivisNotFoundError,
  responseMeta,
} from "../../src/index.js";

/** Where the scenario runs: an emulator's URL and one of its users' keys. */
export interface ScenarioTarget {
  baseUrl: string;
  apiKey: string;
}

function check(ok: boolean, what: string): asserts ok {
  if (!ok) throw new Error(`not as expected: ${what}`);
}

export async function runScenario({
  baseUrl,
  apiKey,
}: ScenarioTarget): Promise<string> {
  const client = new APIClient({ apiKey, baseUrl, retries: false });
  const prefix = `runtimes ${Math.random().toString(36).slice(2, 8)}`;

  // Create and get; the request id is read from an exposed header (CORS).
  const group = await client.groups.post(`${prefix} 1`, {
    description: "made by the runtime check",
  });
  const got = await client.groups.get(group.id);
  check(
    got.name === `${prefix} 1` &&
      got.description === "made by the runtime check",
    `groups.get(${group.id}) returns the group just created`,
  );
  check(
    Boolean(responseMeta(got)?.requestId),
    "the X-Request-Id header is readable",
  );

  // Six groups, two a page: three requests when X-Pagination-Total-Pages is
  // readable, a fourth (empty) one if the header were lost.
  for (const n of [2, 3, 4, 5, 6]) await client.groups.post(`${prefix} ${n}`);
  let pages = 0;
  const names: string[] = [];
  for await (const g of client.groups.list({
    iterator: true,
    query: prefix,
    limit: 2,
    onResponse: () => void pages++,
  }))
    names.push(g.name.slice(prefix.length + 1));
  check(
    names.join(",") === "1,2,3,4,5,6",
    `the iterator yields groups 1 to 6 in order (got ${names.join(",")})`,
  );
  check(pages === 3, `three pages of two (got ${pages} requests)`);

  // A JSON value's keys are data: never case-converted, either way.
  const data = { camelKey: { innerKey: 1 }, snake_key: [{ mixedKey_2: null }] };
  const value = await client.json_values.post(JSON.stringify(data), {
    name: `${prefix} value`,
  });
  const fetched = await client.json_values.get(value.id);
  check(
    JSON.stringify(fetched.value) === JSON.stringify(data),
    `the JSON value comes back as written (got ${JSON.stringify(fetched.value)})`,
  );

  // A 404 is a CivisNotFoundError by class and by name (the bundle is minified).
  let notFound: unknown;
  try {
    await client.groups.get(999_999_999);
  } catch (error) {
    notFound = error;
  }
  check(
    notFound instanceof CivisNotFoundError &&
      notFound.name === "CivisNotFoundError" &&
      notFound.status === 404,
    `groups.get of a missing id throws CivisNotFoundError (got ${String(notFound)})`,
  );

  return `create, get, 6 groups in ${pages} pages of 2, JSON keys kept, 404 is ${notFound.name}`;
}

// Deno, Bun and Node run the bundle as their main module: `<baseUrl>
// <apiKey>` as arguments (Deno would need --allow-env for environment
// variables); the summary on stdout, or one line on stderr and exit code 1.
// Node 20 has no import.meta.main: there the bundle is main when it is the
// file Node was given (run.ts passes its real path, no symlink on the way).
const meta = import.meta as ImportMeta & { main?: boolean; filename?: string };
if (
  meta.main ??
  (meta.filename !== undefined && meta.filename === globalThis.process?.argv[1])
) {
  const deno = (globalThis as { Deno?: { args: string[] } }).Deno;
  const [baseUrl = "", apiKey = ""] = deno ? deno.args : process.argv.slice(2);
  try {
    console.log(await runScenario({ baseUrl, apiKey }));
  } catch (error) {
    console.error(
      error instanceof Error ? `${error.name}: ${error.message}` : error,
    );
    process.exitCode = 1;
  }
}
