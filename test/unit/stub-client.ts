// A client whose fetch is a stub answering one fixed JSON body: for unit tests
// of what the wrappers make of a body (no server, no network).
import { APIClient } from "../../src/index.js";

/** A client whose every request is answered 200 with `body` as JSON. */
export function clientAnswering(body: unknown): APIClient {
  return new APIClient({
    apiKey: "stub-key",
    baseUrl: "https://api.example.test",
    retries: false,
    fetch: async () =>
      new Response(JSON.stringify(body), {
        status: 200,
        headers: { "Content-Type": "application/json" },
      }),
  });
}
