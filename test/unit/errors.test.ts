import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  CivisAPIError,
  CivisAPIKeyError,
  CivisAuthenticationError,
  CivisConnectionError,
  CivisError,
  CivisNotFoundError,
  CivisPermissionError,
  CivisRateLimitError,
  CivisServerError,
  CivisTimeoutError,
  CivisValidationError,
  REDACTED,
  errorFromResponse,
  redact,
} from "../../src/errors.js";

// A made-up key; the real one never appears in tests.
const KEY = "fake-civis-key-0123456789abcdef";
const BASIC = `Basic ${Buffer.from(`${KEY}:`).toString("base64")}`;

const notFoundBody = {
  error: "not_found",
  errorDescription: "The requested endpoint could not be found.",
  code: 404,
};

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
    const err = errorFromResponse({
      status: 404,
      body: notFoundBody,
      method: "get",
      path: "/groups/9",
    });
    expect(err.message).toBe(
      "(404) The requested endpoint could not be found. (GET /groups/9)",
    );
    expect(err.error).toBe("not_found");
    expect(err.errorDescription).toBe(
      "The requested endpoint could not be found.",
    );
    expect(err.method).toBe("GET");
  });

  it("falls back to the error field", () => {
    const err = errorFromResponse({
      status: 429,
      body: { error: "rate_limited" },
      method: "GET",
      path: "/groups",
    });
    expect(err.message).toBe("(429) rate_limited (GET /groups)");
    expect(err.errorDescription).toBeUndefined();
  });

  it("falls back to the status text on an empty body", () => {
    for (const body of [undefined, "", null]) {
      const err = errorFromResponse({
        status: 503,
        body,
        method: "GET",
        path: "/groups",
      });
      expect(err.message).toBe("(503) Service Unavailable (GET /groups)");
      expect(err.error).toBeUndefined();
    }
  });

  it("prefers the response's reason phrase to the built-in table", () => {
    const err = errorFromResponse({
      status: 502,
      body: "",
      statusText: "Proxy Trouble",
      method: "PUT",
      path: "/x/1",
    });
    expect(err.message).toBe("(502) Proxy Trouble (PUT /x/1)");
  });

  it("survives an HTML body and keeps it raw", () => {
    const html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    const err = errorFromResponse({
      status: 502,
      body: html,
      method: "GET",
      path: "/groups",
    });
    expect(err.message).toBe("(502) Bad Gateway (GET /groups)");
    expect(err.body).toBe(html);
    expect(err).toBeInstanceOf(CivisServerError);
  });

  it("survives malformed JSON, arrays and non-string fields", () => {
    expect(
      errorFromResponse({
        status: 500,
        body: "{not json",
        method: "GET",
        path: "/a",
      }).message,
    ).toBe("(500) Internal Server Error (GET /a)");
    expect(
      errorFromResponse({
        status: 500,
        body: [1, 2],
        method: "GET",
        path: "/a",
      }).error,
    ).toBeUndefined();
    expect(
      errorFromResponse({
        status: 500,
        body: { error: 42, errorDescription: {} },
        method: "GET",
        path: "/a",
      }).message,
    ).toBe("(500) Internal Server Error (GET /a)");
  });

  it("ends with 'HTTP error' for an unknown status and no text", () => {
    expect(
      errorFromResponse({ status: 418, method: "GET", path: "/a" }).message,
    ).toBe("(418) HTTP error (GET /a)");
  });

  it("parses a JSON body given as raw text", () => {
    const err = errorFromResponse({
      status: 404,
      body: JSON.stringify(notFoundBody),
      method: "GET",
      path: "/groups/9",
    });
    expect(err.errorDescription).toBe(
      "The requested endpoint could not be found.",
    );
    expect(err.body).toEqual(notFoundBody);
  });

  it("cuts the path down to the path", () => {
    const err = errorFromResponse({
      status: 404,
      method: "GET",
      path: "https://api.example.test/groups/9?name=x#frag",
    });
    expect(err.path).toBe("/groups/9");
    expect(
      errorFromResponse({ status: 404, method: "GET", path: "groups?x=1" })
        .path,
    ).toBe("/groups");
  });
});

describe("errorFromResponse mapping", () => {
  const cases: [
    number,
    abstract new (...args: never[]) => CivisAPIError,
    string,
  ][] = [
    [400, CivisValidationError, "CivisValidationError"],
    [401, CivisAuthenticationError, "CivisAuthenticationError"],
    [403, CivisPermissionError, "CivisPermissionError"],
    [404, CivisNotFoundError, "CivisNotFoundError"],
    [409, CivisAPIError, "CivisAPIError"],
    [422, CivisValidationError, "CivisValidationError"],
    [429, CivisRateLimitError, "CivisRateLimitError"],
    [500, CivisServerError, "CivisServerError"],
    [502, CivisServerError, "CivisServerError"],
    [503, CivisServerError, "CivisServerError"],
    [504, CivisServerError, "CivisServerError"],
  ];
  it.each(cases)("%i -> %s", (status, Class, name) => {
    const err = errorFromResponse({
      status,
      method: "GET",
      path: "/a",
      tries: 3,
    });
    expect(err.constructor).toBe(Class);
    expect(err.name).toBe(name);
    expect(err).toBeInstanceOf(CivisAPIError);
    expect(err).toBeInstanceOf(CivisError);
    expect(err).toBeInstanceOf(Error);
    expect(err.status).toBe(status);
    expect(err.tries).toBe(3);
  });

  it("aliases CivisAPIKeyError to the 401 class", () => {
    expect(CivisAPIKeyError).toBe(CivisAuthenticationError);
    expect(
      errorFromResponse({ status: 401, method: "GET", path: "/a" }),
    ).toBeInstanceOf(CivisAPIKeyError);
  });

  it("defaults tries to 1", () => {
    expect(
      errorFromResponse({ status: 404, method: "GET", path: "/a" }).tries,
    ).toBe(1);
  });
});

describe("headers, request id, Retry-After", () => {
  it("reads X-Request-Id from Headers, records and entries", () => {
    const h = new Headers({
      "X-Request-Id": "req-1",
      "Content-Type": "application/json",
    });
    const fromHeaders = errorFromResponse({
      status: 404,
      headers: h,
      method: "GET",
      path: "/a",
    });
    expect(fromHeaders.requestId).toBe("req-1");
    expect(fromHeaders.headers["content-type"]).toBe("application/json");
    expect(Object.isFrozen(fromHeaders.headers)).toBe(true);
    const fromRecord = errorFromResponse({
      status: 404,
      headers: {
        "X-Request-Id": "req-2",
        Vary: ["a", "b"],
        Skipped: undefined,
      },
      method: "GET",
      path: "/a",
    });
    expect(fromRecord.requestId).toBe("req-2");
    expect(fromRecord.headers.vary).toBe("a, b");
    expect("skipped" in fromRecord.headers).toBe(false);
    const fromEntries = errorFromResponse({
      status: 404,
      headers: [["x-request-id", "req-3"]],
      method: "GET",
      path: "/a",
    });
    expect(fromEntries.requestId).toBe("req-3");
  });

  it("has a null request id when absent", () => {
    expect(
      errorFromResponse({ status: 404, method: "GET", path: "/a" }).requestId,
    ).toBeNull();
  });

  it("parses Retry-After seconds on a 429", () => {
    const err = errorFromResponse({
      status: 429,
      headers: { "Retry-After": "30" },
      method: "GET",
      path: "/a",
    });
    expect(err).toBeInstanceOf(CivisRateLimitError);
    expect((err as CivisRateLimitError).retryAfterMs).toBe(30_000);
  });

  it("parses a past Retry-After date as 0 and a missing one as null", () => {
    const past = errorFromResponse({
      status: 429,
      headers: { "Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT" },
      method: "GET",
      path: "/a",
    }) as CivisRateLimitError;
    expect(past.retryAfterMs).toBe(0);
    const none = errorFromResponse({
      status: 429,
      method: "GET",
      path: "/a",
    }) as CivisRateLimitError;
    expect(none.retryAfterMs).toBeNull();
  });
});

describe("transport errors", () => {
  it("CivisTimeoutError carries method, path, timeout and tries", () => {
    const err = new CivisTimeoutError({
      method: "get",
      path: "/groups?x=1",
      timeoutMs: 250,
      tries: 4,
    });
    expect(err.message).toBe(
      "Request timed out after 250 ms (4 tries) (GET /groups)",
    );
    expect(err).toMatchObject({
      name: "CivisTimeoutError",
      method: "GET",
      path: "/groups",
      timeoutMs: 250,
      tries: 4,
    });
    expect(err).toBeInstanceOf(CivisError);
    expect(err).not.toBeInstanceOf(CivisConnectionError);
  });

  it("CivisConnectionError names the innermost code and keeps the cause", () => {
    const inner = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), {
      code: "ECONNREFUSED",
    });
    const cause = new TypeError("fetch failed", { cause: inner });
    const err = new CivisConnectionError({
      method: "DELETE",
      path: "/groups/1",
      tries: 1,
      cause,
    });
    expect(err.message).toBe(
      "Connection failed: ECONNREFUSED (DELETE /groups/1)",
    );
    expect(err.cause).toBe(cause);
    expect(err.tries).toBe(1);
    expect(err.name).toBe("CivisConnectionError");
    expect(
      new CivisConnectionError({ method: "GET", path: "/", tries: 2 }).message,
    ).toBe("Connection failed: network error (GET /)");
  });
});

describe("secrets never show", () => {
  it("drops credential-like response headers", () => {
    const err = errorFromResponse({
      status: 401,
      headers: {
        "Set-Cookie": `session=${KEY}`,
        Authorization: BASIC,
        "WWW-Authenticate": 'Basic realm="Civis"',
      },
      method: "GET",
      path: "/groups",
    });
    expect(err.headers["www-authenticate"]).toBe('Basic realm="Civis"');
    for (const text of everyRendering(err)) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(BASIC);
    }
  });

  it("redacts given secrets from path, headers, fields and body", () => {
    const err = errorFromResponse({
      status: 400,
      headers: { "X-Echo": `key=${KEY}`, "X-Request-Id": "r1" },
      body: {
        error: "bad",
        errorDescription: `Password ${KEY} is wrong`,
        nested: [{ v: KEY }],
      },
      method: "POST",
      path: `/credentials/${encodeURIComponent(KEY)}`,
      secrets: [KEY],
    });
    for (const text of [
      ...everyRendering(err),
      JSON.stringify(err.body),
      JSON.stringify(err.headers),
    ]) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(encodeURIComponent(KEY));
    }
    expect(err.errorDescription).toBe(`Password ${REDACTED} is wrong`);
    expect(err.headers["x-echo"]).toBe(`key=${REDACTED}`);
  });

  it("inspect and toJSON show only the safe fields", () => {
    const err = errorFromResponse({
      status: 404,
      body: notFoundBody,
      headers: { "X-Request-Id": "abc" },
      method: "GET",
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

  it("a transport error's inspect shows the cause's code, not its message", () => {
    const cause = Object.assign(new Error(`socket hang up ${KEY}`), {
      code: "ECONNRESET",
    });
    const err = new CivisConnectionError({
      method: "GET",
      path: "/groups",
      tries: 3,
      cause,
    });
    for (const text of [
      err.message,
      String(err),
      inspect(err),
      JSON.stringify(err),
    ]) {
      expect(text).not.toContain(KEY);
    }
    expect(JSON.parse(JSON.stringify(err))).toMatchObject({
      cause: "ECONNRESET",
      tries: 3,
    });
  });
});

describe("redact", () => {
  it("replaces raw and URL-encoded forms, longest first", () => {
    expect(redact("a KEY+/= b KEY%2B%2F%3D", ["KEY+/="])).toBe(
      `a ${REDACTED} b ${REDACTED}`,
    );
    expect(redact("abcdef", ["abc", "abcdef"])).toBe(REDACTED);
  });

  it("ignores empty and undefined secrets", () => {
    expect(redact("text", ["", undefined])).toBe("text");
  });
});
