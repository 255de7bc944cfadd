// A method's call whose answer is not the transport's: a middleware answered
// it (`onRequest` or `onError` returning a Response) or replaced the answer
// (`onResponse`). The method makes of that Response what the transport makes
// of a server's: its declared body, or the typed error of its status.
import { CivisInvalidResponseError, errorFromResponse } from "../errors.js";
import type { CallSlot } from "../http/transport.js";
import { requestIdOf } from "../http/response-meta.js";
import { readBody, type BodyKind } from "../http/read-body.js";

/** The data of `answer.response`, or its error thrown. */
export async function answeredElsewhere(
  route: { method: string; path: string; returns: BodyKind | undefined },
  slot: CallSlot,
  answer: { response: Response; error?: unknown },
): Promise<unknown> {
  const { response } = answer;
  const { status, headers } = response;
  const line = {
    method: route.method,
    // Unknown when the transport never saw the call: the route's template.
    path: slot.path || route.path,
    tries: slot.tries,
  };
  if (!response.ok) {
    // openapi-fetch has read the body: its text, or the JSON parsed from it.
    const { error } = answer;
    const text =
      typeof error === "string" ? error : (JSON.stringify(error) ?? "");
    throw errorFromResponse({
      ...line,
      status,
      text,
      headers,
      secrets: slot.secrets,
    });
  }
  const text = response.bodyUsed ? "" : await response.text();
  if (!route.returns) return undefined;
  const body = readBody(text, route.returns);
  if ("problem" in body)
    throw new CivisInvalidResponseError({
      ...line,
      requestId: requestIdOf(response.headers, slot.secrets),
      status,
      problem: body.problem,
    });
  return body.data;
}
