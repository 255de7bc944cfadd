// The two public entries, pinned: every exported name is a promise to users,
// so adding or removing one must change this file too. Values are checked at
// run time (what `import * as api` holds); every name, types included, is
// read from the compiler's view of the entry modules.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as client from "../../src/index.js";
import * as emulator from "../../src/emulator/index.js";

const entry = (rel: string) =>
  fileURLToPath(new URL(`../../src/${rel}`, import.meta.url));
const entries = {
  client: entry("index.ts"),
  emulator: entry("emulator/index.ts"),
};

/** `name -> kind` of each export of `file`, as the type checker sees it. */
function declaredExports(program: ts.Program, file: string) {
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  const kinds: Record<string, string> = {};
  for (const symbol of checker.getExportsOfModule(module)) {
    const { flags } = checker.getAliasedSymbol(symbol);
    kinds[symbol.name] =
      flags & ts.SymbolFlags.Class
        ? "class"
        : flags & ts.SymbolFlags.Function
          ? "function"
          : flags & ts.SymbolFlags.Interface
            ? "interface"
            : flags & ts.SymbolFlags.TypeAlias
              ? "type"
              : "other";
  }
  return kinds;
}

/** `name -> kind` of each run-time export. */
function runtimeExports(module: object) {
  return Object.fromEntries(
    Object.entries(module).map(([name, value]) => [
      name,
      typeof value === "function" && /^class\b/.test(String(value))
        ? "class"
        : typeof value,
    ]),
  );
}

const program = ts.createProgram(Object.values(entries), {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
});

/** The declared lists, literally; the run-time ones are their values. */
const clientExports = {
  APIClient: "class",
  ClientOptions: "interface",
  CallOptions: "interface",
  IteratorOptions: "interface",
  LogEntry: "interface",
  RetryOptions: "interface",
  RetrySetting: "type",
  MethodResult: "type",
  Resource: "type",
  ResourceName: "type",
  responseMeta: "function",
  ResponseMeta: "interface",
  CivisError: "class",
  CivisAPIError: "class",
  CivisAuthenticationError: "class",
  CivisConnectionError: "class",
  CivisInvalidResponseError: "class",
  CivisNotFoundError: "class",
  CivisPermissionError: "class",
  CivisRateLimitError: "class",
  CivisServerError: "class",
  CivisTimeoutError: "class",
  CivisValidationError: "class",
};
const emulatorExports = {
  startEmulator: "function",
  StartEmulatorOptions: "interface",
  RunningEmulator: "interface",
  createEmulatorApp: "function",
  EmulatorAppOptions: "interface",
  EmulatorApp: "interface",
  EmulatorFixtures: "interface",
  EmulatorUser: "interface",
  FaultOptions: "interface",
  FaultStep: "interface",
  RateLimitOptions: "interface",
  RequestFilter: "type",
  RequestRecord: "interface",
};
const values = (list: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(list).filter(
      ([, kind]) => kind === "class" || kind === "function",
    ),
  );

describe.each([
  ["civis-api", entries.client, client, clientExports],
  ["civis-api/emulator", entries.emulator, emulator, emulatorExports],
] as const)("%s", (_, file, module, list) => {
  it("exports exactly the names and kinds listed", () => {
    expect(declaredExports(program, file)).toEqual(list);
  });

  it("holds their values at run time, and no other", () => {
    expect(runtimeExports(module)).toEqual(values(list));
  });
});

it("README's API section names every export of both entries", () => {
  const readme = readFileSync(
    new URL("../../README.md", import.meta.url),
    "utf8",
  );
  const section = readme.split(/^## /m).find((s) => s.startsWith("API\n"))!;
  const names = Object.keys({ ...clientExports, ...emulatorExports });
  expect(names).toHaveLength(36);
  expect(names.filter((name) => !section.includes(`\`${name}`))).toEqual([]);
});
