// Headless Chromium for `npm run test:runtimes`: Debian's chromium package
// (never a browser download) driven by playwright-core. A page served from its
// own origin imports the scenario bundle and runs it against the emulator's
// origin, so every call goes through CORS.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { chromium, type BrowserContext } from "playwright-core";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { listenOnLoopback } from "../helpers/loopback.js";
import type { ScenarioTarget } from "./scenario.js";

/** The system browser; CHROMIUM_PATH overrides it on machines without Debian's. */
export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const flags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Runs the bundle in a page and returns the browser's version and the scenario's summary. */
export async function runInChromium(
  bundle: string,
  target: ScenarioTarget,
  emulator: RunningEmulator,
  profile: string, // a fresh, empty --user-data-dir
): Promise<{ version: string; summary: string }> {
  if (!existsSync(chromiumPath))
    throw new Error(
      `no browser at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
  const script = await readFile(bundle);
  const site = createServer((request, response) => {
    if (request.url === "/scenario.js") {
      response.writeHead(200, { "Content-Type": "text/javascript" });
      response.end(script);
    } else {
      response.writeHead(200, { "Content-Type": "text/html" });
      response.end("<!doctype html><title>civis-api runtime check</title>");
    }
  });
  const origin = await listenOnLoopback(site);

  const pageErrors: string[] = [];
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: flags,
      timeout: 60_000,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on("console", (m) => {
      if (m.type() === "error") pageErrors.push(m.text());
    });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${origin}/`);
    const summary: string = await page.evaluate(
      async ({ src, target }) => (await import(src)).runScenario(target),
      { src: "/scenario.js", target },
    );
    // Only a cross-origin page sends preflights; none means CORS went untested.
    if (emulator.requestCount({ method: "OPTIONS" }) === 0)
      throw new Error("no CORS preflight reached the emulator");
    // The user agent says 150.0.0.0; the browser itself knows better.
    const cdp = await context.newCDPSession(page);
    const { product } = await cdp.send("Browser.getVersion");
    return { version: product.replace(/^\D+\//, ""), summary };
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error))
      .split("\n")[0]!
      .replace(/^page\.\w+: /, "");
    throw new Error([first, ...pageErrors].join(" | "));
  } finally {
    await context?.close();
    site.closeAllConnections();
    site.close();
  }
}
