// The package as a consumer gets it: build, `npm pack`, install the tarball
// into a fresh `type: module` project (from the local npm cache when it can),
// then import both entry points, run both bins as npm links them (through
// their #! lines) and type-check consumer files with this repo's tsc. Slow,
// so one setup serves every case.
import { execFile, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const tsc = join(root, "node_modules/typescript/bin/tsc");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const exec = promisify(execFile);

let project = "";

// Run from `npm test`, npm's own variables point at this repo; the consumer
// project must not inherit them (npm_config_local_prefix above all).
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) => !/^npm_(package_|lifecycle_|config_local_prefix$)/i.test(k),
  ),
);

async function sh(cmd: string, args: string[], cwd: string) {
  try {
    return await exec(cmd, args, {
      cwd,
      env,
      encoding: "utf8",
      maxBuffer: 16 << 20,
      shell: process.platform === "win32",
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${cmd} ${args.join(" ")} failed:\n${e.stdout ?? ""}\n${e.stderr ?? e.message}`,
    );
  }
}

// A Node app: both entry points, checked as `module: nodenext`.
const nodeConsumer = `
import { APIClient, CivisNotFoundError, responseMeta } from "civis-api";
import type { MethodResult, ResponseMeta } from "civis-api";
import { startEmulator, type RunningEmulator } from "civis-api/emulator";

const emulator: RunningEmulator = await startEmulator({ port: 0 });
try {
  const client = new APIClient({ apiKey: emulator.users[0]!.apiKey, baseUrl: emulator.url });
  const group: MethodResult<"groups", "post"> = await client.groups.post("Consumers", { description: "x" });
  const id: number = group.id;
  const meta: ResponseMeta | undefined = responseMeta(group);
  for await (const g of client.groups.list({ iterator: true, limit: 2 })) {
    const name: string = g.name;
    void name;
  }
  try {
    await client.groups.get(id + 1000);
  } catch (e) {
    if (e instanceof CivisNotFoundError) void (e.requestId satisfies string | null);
  }
  const { data } = await client.raw.GET("/groups/{id}", { params: { path: { id } } });
  void data?.memberCount;
  void meta?.status;
} finally {
  await emulator.close();
}

export function mistakes(client: APIClient) {
  // @ts-expect-error a misspelt option is a compile error for consumers too
  void client.groups.list({ limt: 1 });
  // @ts-expect-error an id is a number
  void client.groups.get("7");
}
`;

// A browser app through a bundler: the client alone, no Node types at all.
const bundlerConsumer = `
import { APIClient, CivisAPIError } from "civis-api";

export async function names(apiKey: string): Promise<string[]> {
  const client = new APIClient({ apiKey, baseUrl: "https://api.civisanalytics.com/" });
  try {
    const page = await client.groups.list({ limit: 5 });
    return page.map((g) => g.name);
  } catch (e) {
    if (e instanceof CivisAPIError) return [e.status.toString()];
    throw e;
  }
}
`;

// What the run-time check prints: plain facts, never a key.
const runtimeConsumer = `
import { APIClient, CivisNotFoundError, responseMeta } from "civis-api";
import { startEmulator } from "civis-api/emulator";

const emulator = await startEmulator({ port: 0 });
try {
  const client = new APIClient({ apiKey: emulator.users[0].apiKey, baseUrl: emulator.url });
  const group = await client.groups.post("Consumers", { description: "from the tarball" });
  const listed = [];
  for await (const g of client.groups.list({ iterator: true, limit: 1 })) listed.push(g.id);
  let notFound = null;
  try {
    await client.groups.get(group.id + 1000);
  } catch (e) {
    notFound = e instanceof CivisNotFoundError ? e.status : String(e);
  }
  console.log(JSON.stringify({
    id: group.id,
    name: group.name,
    status: responseMeta(group)?.status,
    listed: listed.includes(group.id),
    notFound,
  }));
} finally {
  await emulator.close();
}
`;

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), "civis-api-consumer-"));
  await sh(npm, ["run", "build", "--silent"], root);
  const packed = JSON.parse(
    (
      await sh(
        npm,
        ["pack", "--json", "--ignore-scripts", "--pack-destination", project],
        root,
      )
    ).stdout,
  ) as { filename: string }[];
  const pkg = JSON.parse(
    await readFile(join(root, "package.json"), "utf8"),
  ) as {
    devDependencies: Record<string, string>;
  };
  await writeFile(
    join(project, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  await sh(
    npm,
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      `./${packed[0]!.filename}`,
      // The same @types/node as this repo: it is in the cache already.
      `@types/node@${pkg.devDependencies["@types/node"]}`,
    ],
    project,
  );
  await writeFile(join(project, "node-app.ts"), nodeConsumer);
  await writeFile(join(project, "run.mjs"), runtimeConsumer);
  await writeFile(join(project, "browser-app.ts"), bundlerConsumer);
  await writeFile(
    join(project, "tsconfig.node.json"),
    JSON.stringify({
      compilerOptions: {
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        strict: true,
        noEmit: true,
      },
      files: ["node-app.ts"],
    }),
  );
  await writeFile(
    join(project, "tsconfig.bundler.json"),
    JSON.stringify({
      compilerOptions: {
        module: "esnext",
        moduleResolution: "bundler",
        target: "es2022",
        lib: ["es2022", "dom", "dom.iterable"],
        types: [],
        strict: true,
        noEmit: true,
      },
      files: ["browser-app.ts"],
    }),
  );
}, 180_000);

afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

describe("the packed package in a consumer project", () => {
  it("imports the client and the emulator and makes calls (Node, ESM)", async () => {
    const { stdout } = await sh(process.execPath, ["run.mjs"], project);
    expect(JSON.parse(stdout)).toEqual({
      id: expect.any(Number),
      name: "Consumers",
      status: 201,
      listed: true,
      notFound: 404,
    });
  }, 30_000);

  it("type-checks a Node consumer (nodenext, strict) and a bundler consumer of the client without Node types", async () => {
    // One tsc for both projects: they share what it has read.
    await sh(
      process.execPath,
      [
        tsc,
        "--build",
        "--force",
        "tsconfig.node.json",
        "tsconfig.bundler.json",
      ],
      project,
    );
  }, 60_000);

  it("runs both bins: the emulator serves (its spec found), the command line calls it", async () => {
    const bin = (name: string) => join(project, "node_modules/.bin", name);
    const child = spawn(bin("civis-api-emulator"), ["--json", "--port", "0"], {
      cwd: project,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      shell: process.platform === "win32",
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = "";
        let err = "";
        child.stdout.setEncoding("utf8").on("data", (c: string) => {
          out += c;
          if (out.includes("\n")) resolve(out.split("\n")[0]!);
        });
        child.stderr.setEncoding("utf8").on("data", (c: string) => (err += c));
        child.on("exit", (code) =>
          reject(new Error(`bin exited with ${code}: ${err}`)),
        );
      });
      const info = JSON.parse(line) as {
        url: string;
        users: { apiKey: string }[];
      };
      const res = await fetch(`${info.url}/groups`, {
        headers: {
          Authorization: `Basic ${btoa(`${info.users[0]!.apiKey}:`)}`,
        },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("x-pagination-total-pages")).not.toBeNull();

      const cli = (args: string[], withKey: boolean) =>
        exec(bin("civis-api"), args, {
          cwd: project,
          encoding: "utf8",
          env: {
            PATH: env.PATH ?? "",
            ...(withKey && {
              CIVIS_API_ENDPOINT: info.url,
              CIVIS_API_KEY: info.users[0]!.apiKey,
            }),
          },
          shell: process.platform === "win32",
        }).then(
          ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
          (e: { code: number; stdout: string; stderr: string }) => e,
        );
      const help = await cli(["--help"], false);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(
        /^Usage: civis-api <resource> <method> \[arguments\.\.\.\] \[options\]\n/,
      );
      const got = await cli(["groups", "get", "1"], true);
      expect(got.stderr).toBe("");
      expect(got.code).toBe(0);
      expect(JSON.parse(got.stdout)).toMatchObject({ id: 1, name: "Admins" });
      const missing = await cli(["groups", "get", "999"], true);
      expect(missing.code).toBe(3);
    } finally {
      child.kill("SIGTERM");
    }
  }, 30_000);

  it("the client entry loads neither the emulator nor ajv nor yaml", async () => {
    // Follow the static imports of dist/src/index.js inside the installed package.
    const pkgDir = join(project, "node_modules/civis-api");
    const seen = new Set<string>();
    const bare = new Set<string>();
    const visit = async (file: string): Promise<void> => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = await readFile(file, "utf8");
      for (const m of text.matchAll(
        /^\s*(?:import|export)\b[^'"]*?from\s*["']([^"']+)["']/gm,
      )) {
        const spec = m[1]!;
        if (spec.startsWith(".")) await visit(join(file, "..", spec));
        else bare.add(spec);
      }
    };
    await visit(join(pkgDir, "dist/src/index.js"));
    expect([...seen].filter((f) => f.includes("emulator"))).toEqual([]);
    expect([...bare].sort()).toEqual(["openapi-fetch"]);
  });
});
