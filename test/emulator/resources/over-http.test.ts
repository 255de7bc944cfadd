// The one resource test over a real socket (the others call the app's
// handler in-process): startEmulator serves the same answers on 127.0.0.1.
import { expect, it } from "vitest";
import { startEmulator } from "../../../src/emulator/index.js";

it("answers over HTTP as in-process: create, read, delete, and a 401 without a key", async () => {
  const emulator = await startEmulator({ port: 0, validateResponses: true });
  try {
    const auth = {
      Authorization: `Basic ${btoa(`${emulator.users[1]!.apiKey}:`)}`,
    };
    const created = await fetch(`${emulator.url}/json_values`, {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ value_str: '{"Kept_As":1}', name: "wire" }),
    });
    expect(created.status).toBe(201);
    const body = (await created.json()) as { id: number };
    expect(body).toEqual({
      id: expect.any(Number),
      name: "wire",
      value: { Kept_As: 1 },
    });
    expect(created.headers.get("X-Request-Id")).toMatch(/.+/);

    const path = `${emulator.url}/json_values/${body.id}`;
    expect(await (await fetch(path, { headers: auth })).json()).toEqual(body);
    const deleted = await fetch(`${path}/shares/users/2`, {
      method: "DELETE",
      headers: auth,
    });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe("");

    const anonymous = await fetch(path);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("WWW-Authenticate")).toBe(
      'Basic realm="Civis API"',
    );
    expect(emulator.requestCount()).toBe(4);
  } finally {
    await emulator.close();
  }
});
