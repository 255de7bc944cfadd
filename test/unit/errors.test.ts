import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  CivisAPIError,
  CivisAuthenticationError,
  CivisConnectionError,
  CivisError,
  CivisInvalidResponseError,
  CivisNotFoundError,
  CivisPermissionError,
  CivisRateLimitError,
  CivisServerError,
  CivisTimeoutError,
  CivisValidationError,
  errorFromResponse,
  type ErrorResponseInit,
} from "../../src/errors.js";
import { clip, redact, secretForms } from "../../src/text/redact.js";

// A made-up key; the real one never appears in tests.
const KEY = "fake-civis-key-0123456789abcdef";

const notFoundBody = JSON.stringify({
  error: "not_found",
  errorDescription: "The requested endpoint could not be found.",
  code: 404,
});

/** An error response as the transport sees it. */
const response = (
  init: Partial<Omit<ErrorResponseInit, "headers">> & {
    headers?: HeadersInit;
  },
): CivisAPIError =>
  errorFromResponse({
    status: 404,
    text: "",
    method: "GET",
    path: "/a",
    tries: 1,
    ...init,
    headers: new Headers(init.headers),
  });

function everyRendering(err: Error): string[] {
  return [
    err.message,
    String(err),
    err.stack ?? "",
    inspect(err),
    inspect(err, { depth: Infinity, showHidden: true }),
    JSON.stringify(err),
    JSON.stringify({ ...err }),
    JSON.stringify(Object.values(err)),
  ];
}

describe("CivisAPIError message", () => {
  it("reads like civis-python", () => {
    const err = response({ text: notFoundBody, path: "/groups/9" });
    expect(err.message).toBe(
      "(404) The requested endpoint could not be found. (GET /groups/9)",
    );
    expect(err.error).toBe("not_found");
    expect(err.errorDescription).toBe(
      "The requested endpoint could not be found.",
    );
    expect(err.body).toEqual(JSON.parse(notFoundBody));
  });

  it("falls back to the error field, then to the status text", () => {
    expect(
      response({ status: 429, text: '{"error":"rate_limited"}' }).message,
    ).toBe("(429) rate_limited (GET /a)");
    expect(response({ status: 503 }).message).toBe(
      "(503) Service Unavailable (GET /a)",
    );
    expect(response({ status: 418 }).message).toBe("(418) HTTP error (GET /a)");
  });

  it("survives HTML, malformed JSON, arrays and non-string fields", () => {
    const html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    const bad = response({ status: 502, text: html });
    expect(bad.message).toBe("(502) Bad Gateway (GET /a)");
    expect(bad.body).toBe(html);
    for (const text of [
      "{not json",
      "[1,2]",
      '{"error":42,"errorDescription":{}}',
    ])
      expect(response({ status: 500, text }).message).toBe(
        "(500) Internal Server Error (GET /a)",
      );
  });

  it("cuts an echoed path and server text to 200 characters", () => {
    const path = `/permission_sets/1/resources/${"n".repeat(5000)}`;
    const description = "d".repeat(2_000_000);
    const err = response({
      path,
      text: JSON.stringify({ errorDescription: description }),
    });
    expect(err.message).toBe(
      `(404) ${"d".repeat(200)}… (GET ${path.slice(0, 200)}…)`,
    );
    expect(err.path).toBe(`${path.slice(0, 200)}…`);
    expect(JSON.stringify(err).length).toBeLessThan(2000);
  });
});

describe("errorFromResponse: one class per status", () => {
  const cases: [number, string, typeof CivisAPIError][] = [
    [400, "CivisValidationError", CivisValidationError],
    [401, "CivisAuthenticationError", CivisAuthenticationError],
    [403, "CivisPermissionError", CivisPermissionError],
    [404, "CivisNotFoundError", CivisNotFoundError],
    [409, "CivisAPIError", CivisAPIError],
    [422, "CivisValidationError", CivisValidationError],
    [429, "CivisRateLimitError", CivisRateLimitError],
    [500, "CivisServerError", CivisServerError],
    [502, "CivisServerError", CivisServerError],
    [503, "CivisServerError", CivisServerError],
    [504, "CivisServerError", CivisServerError],
  ];
  it.each(cases)("%i -> %s", (status, name, Class) => {
    const err = response({ status, tries: 3 });
    expect(err.constructor).toBe(Class);
    expect(err.name).toBe(name);
    expect(err).toBeInstanceOf(CivisAPIError);
    expect(err).toBeInstanceOf(CivisError);
    expect(err.status).toBe(status);
    expect(err.tries).toBe(3);
  });
});

describe("headers, request id, Retry-After", () => {
  it("keeps headers with lower-case names, and the request id", () => {
    const err = response({
      headers: { "X-Request-Id": "req-1", "Content-Type": "application/json" },
    });
    expect(err.requestId).toBe("req-1");
    expect(err.headers["content-type"]).toBe("application/json");
    expect(Object.isFrozen(err.headers)).toBe(true);
    expect(response({}).requestId).toBeNull();
  });

  it("parses Retry-After on a 429: seconds, a past date, none", () => {
    const at = (value?: string) =>
      (
        response({
          status: 429,
          headers: value ? { "Retry-After": value } : {},
        }) as CivisRateLimitError
      ).retryAfterMs;
    expect(at("30")).toBe(30_000);
    expect(at("Wed, 21 Oct 2015 07:28:00 GMT")).toBe(0);
    expect(at()).toBeNull();
  });
});

describe("errors without an API response", () => {
  it("CivisTimeoutError carries method, path, timeout and tries", () => {
    const err = new CivisTimeoutError({
      method: "GET",
      path: "/groups",
      timeoutMs: 250,
      tries: 4,
    });
    expect(err.message).toBe(
      "Request timed out after 250 ms (4 tries) (GET /groups)",
    );
    expect(err).toMatchObject({ timeoutMs: 250, tries: 4, requestId: null });
    expect(err).toBeInstanceOf(CivisError);
    expect(err).not.toBeInstanceOf(CivisAPIError);
  });

  it("CivisConnectionError names the innermost code and keeps the cause", () => {
    const inner = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), {
      code: "ECONNREFUSED",
    });
    const cause = new TypeError("fetch failed", { cause: inner });
    const line = { method: "DELETE", path: "/groups/1", tries: 1 };
    const err = new CivisConnectionError(line, cause);
    expect(err.message).toBe(
      "Connection failed: ECONNREFUSED (DELETE /groups/1)",
    );
    expect(err.cause).toBe(cause);
    expect(new CivisConnectionError(line).message).toBe(
      "Connection failed: network error (DELETE /groups/1)",
    );
  });

  it("CivisInvalidResponseError: a sibling of CivisAPIError; a POST says it may have happened", () => {
    const get = new CivisInvalidResponseError({
      method: "GET",
      path: "/groups/9",
      tries: 4,
      requestId: "r1",
      status: 200,
      problem: "the body is empty",
    });
    expect(get.message).toBe(
      "(200) Invalid response: the body is empty (GET /groups/9)",
    );
    expect(get).toMatchObject({ status: 200, tries: 4, requestId: "r1" });
    expect(get).toBeInstanceOf(CivisError);
    expect(get).not.toBeInstanceOf(CivisAPIError);
    const post = new CivisInvalidResponseError({
      method: "POST",
      path: "/groups",
      tries: 1,
      status: 201,
      problem: "the body is not JSON, or was cut short",
    });
    expect(post.message).toBe(
      "(201) Invalid response: the body is not JSON, or was cut short; the POST may have taken effect, so it was not retried (POST /groups)",
    );
  });
});

describe("secrets never show", () => {
  it("drops credential-like response headers", () => {
    const basic = `Basic ${Buffer.from(`${KEY}:`).toString("base64")}`;
    const err = response({
      status: 401,
      headers: {
        "Set-Cookie": `session=${KEY}`,
        Authorization: basic,
        "WWW-Authenticate": 'Basic realm="Civis"',
      },
    });
    expect(Object.keys(err.headers)).toEqual(["www-authenticate"]);
    for (const text of everyRendering(err)) {
      expect(text.includes(KEY)).toBe(false);
      expect(text.includes(basic)).toBe(false);
    }
  });

  it("redacts given secrets from headers, fields and body", () => {
    const err = response({
      status: 400,
      headers: { "X-Echo": `key=${KEY}` },
      text: JSON.stringify({
        error: "bad",
        errorDescription: `Password ${KEY} is wrong`,
        nested: [{ v: encodeURIComponent(KEY) }],
      }),
      secrets: secretForms(KEY),
    });
    for (const text of [...everyRendering(err), JSON.stringify(err.body)])
      expect(text.includes(KEY)).toBe(false);
    expect(err.errorDescription).toBe("Password [REDACTED] is wrong");
    expect(err.headers["x-echo"]).toBe("key=[REDACTED]");
  });

  it("inspect and toJSON show only the safe fields", () => {
    const err = response({
      text: notFoundBody,
      headers: { "X-Request-Id": "abc" },
      path: "/groups/9",
      tries: 2,
    });
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      name: "CivisNotFoundError",
      message:
        "(404) The requested endpoint could not be found. (GET /groups/9)",
      status: 404,
      error: "not_found",
      errorDescription: "The requested endpoint could not be found.",
      method: "GET",
      path: "/groups/9",
      requestId: "abc",
      tries: 2,
    });
    const shown = inspect(err);
    expect(shown).toContain("CivisNotFoundError: (404)");
    expect(shown).toContain("requestId: 'abc'");
    expect(shown).not.toContain("headers");
  });

  it("a transport error shows the cause's code, not its message", () => {
    const cause = Object.assign(new Error(`socket hang up ${KEY}`), {
      code: "ECONNRESET",
    });
    const err = new CivisConnectionError(
      { method: "GET", path: "/groups", tries: 3 },
      cause,
    );
    for (const text of [err.message, inspect(err), JSON.stringify(err)])
      expect(text.includes(KEY)).toBe(false);
    expect(JSON.parse(JSON.stringify(err))).toMatchObject({
      cause: "ECONNRESET",
      tries: 3,
    });
  });
});

describe("redact", () => {
  it("replaces whole occurrences, raw, URL-encoded and as a Basic credential", () => {
    const basic = Buffer.from("KEY+/=9876:").toString("base64");
    expect(
      redact(
        `a KEY+/=9876 b KEY%2B%2F%3D9876. Basic ${basic}`,
        secretForms("KEY+/=9876"),
      ),
    ).toBe("a [REDACTED] b [REDACTED]. Basic [REDACTED]");
  });

  it("never garbles text: short secrets and parts of words stay", () => {
    const text = "Username or password is incorrect.";
    expect(redact(text, secretForms("p"))).toBe(text);
    expect(redact(text, secretForms("passwor"))).toBe(text);
    expect(redact("the hunter2hunter2s", ["hunter2hunter2"])).toBe(
      "the hunter2hunter2s",
    );
    expect(
      redact("hunter2hunter2 and (hunter2hunter2)", ["hunter2hunter2"]),
    ).toBe("[REDACTED] and ([REDACTED])");
  });

  it("clip cuts at 200 characters with an ellipsis", () => {
    expect(clip("a".repeat(200))).toBe("a".repeat(200));
    expect(clip("a".repeat(201))).toBe(`${"a".repeat(200)}…`);
  });
});
