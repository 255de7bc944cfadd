// The client entry's size as users' bundlers see it: esbuild, minified,
// platform neutral, gzipped. Shared by `npm run bench` and the size budget
// test, so both measure the same thing.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** The most the client entry may weigh, min+gzip (checked in `npm test`). */
export const CLIENT_BUDGET_BYTES = 10 * 1024;

/** Bytes of `contents` (a module in the repository root) bundled, minified and gzipped. */
export async function bundleSize(contents: string): Promise<number> {
  const out = await build({
    stdin: {
      contents,
      resolveDir: new URL("../", import.meta.url).pathname,
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
  });
  return gzipSync(out.outputFiles[0]!.contents).length;
}
