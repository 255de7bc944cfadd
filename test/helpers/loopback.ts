// The tests' own servers on an ephemeral port of 127.0.0.1, and a loopback
// address nobody listens on: no test reaches past the loopback.
import { once } from "node:events";
import { createServer, type AddressInfo, type Server } from "node:net";

/** Starts `server` (node:http or node:net) on a free loopback port; resolves with its URL. */
export async function listenOnLoopback(server: Server): Promise<string> {
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** The URL of a loopback port that was free a moment ago: connecting is refused. */
export async function refusedUrl(): Promise<string> {
  const server = createServer();
  const url = await listenOnLoopback(server);
  server.close();
  await once(server, "close");
  return url;
}
