// `npm run spec:diff -- <file> | --live [--apply] [--json] [--notes]`: what
// has to change in spec/openapi.yaml for it to match the API description the
// server publishes (Swagger 2.0, `GET /endpoints`, civis-python's
// civis_api_spec.json); with `--apply`, the additive part of it written into
// the spec. Exit 0: no drift (allowed deviations aside) left; 1: drift left;
// 2: bad input (a one-line message, no stack trace).
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";
import { escapeLines } from "../../src/cli/terminal-text.js";
import type { ClientOptions } from "../../src/client.js";
import { readSpecDocument } from "../../src/spec/document.js";
import { applyAllowList, loadAllowList } from "./allow.js";
import { applyDrift } from "./apply.js";
import { compareDescriptions } from "./compare.js";
import {
  fetchLiveDescription,
  InputError,
  readDescriptionFile,
} from "./input.js";
import { renderJson, renderText, type DiffResult } from "./report.js";

const root = new URL("../../", import.meta.url);
const SPEC = "spec/openapi.yaml";
const ALLOW = "spec/drift-allow.yaml";

const USAGE = `usage: npm run spec:diff -- <swagger.json> | --live [--apply] [--json] [--notes]
  <swagger.json>  a saved Swagger 2.0 description (e.g. civis-python's civis_api_spec.json)
  --live          fetch GET {CIVIS_API_ENDPOINT}/endpoints with CIVIS_API_KEY
  --apply         write the additive drift into ${SPEC} (new operations, optional
                  parameters and fields, enum values); breaking drift is only reported
  --json          the report as JSON
  --notes         also list notes: formats, descriptions, unstated constraints (not drift)
exit 0: no drift left; 1: drift left (edit ${SPEC} or allow it in ${ALLOW}); 2: bad input`;

/** Where a run reads and writes; the defaults are the process's. */
export interface SpecDiffIO {
  env?: Readonly<Record<string, string | undefined>>;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** For `--live`: options of the client that fetches (tests: no retries). */
  clientOptions?: ClientOptions;
}

/** Runs the command; resolves to the exit code. */
export async function runSpecDiff(
  argv: readonly string[],
  io: SpecDiffIO = {},
): Promise<number> {
  const stdout = io.stdout ?? ((t: string) => process.stdout.write(t));
  const stderr = io.stderr ?? ((t: string) => process.stderr.write(t));
  try {
    const { values, positionals } = parseCommandLine(argv);
    if (values.help) {
      stdout(`${USAGE}\n`);
      return 0;
    }
    const file = positionals[0];
    if (values.live === (file !== undefined) || positionals.length > 1)
      throw new InputError(`give one Swagger 2.0 file or --live\n${USAGE}`);
    const description = values.live
      ? await fetchLiveDescription(io.env ?? process.env, io.clientOptions)
      : await readDescriptionFile(file ?? "");
    const allow = await loadAllowList(fileURLToPath(new URL(ALLOW, root)));
    const specPath = fileURLToPath(new URL(SPEC, root));
    let result: DiffResult;
    if (values.apply) {
      const outcome = await applyDrift(
        await readFile(specPath, "utf8"),
        specPath,
        description.document,
        allow,
      );
      if (outcome.text !== undefined) await writeFile(specPath, outcome.text);
      result = { source: description.source, spec: SPEC, ...outcome };
    } else {
      const comparison = compareDescriptions(
        readSpecDocument(specPath),
        description.document,
      );
      const { verdicts, unused } = applyAllowList(comparison.findings, allow);
      result = {
        source: description.source,
        spec: SPEC,
        comparison,
        verdicts,
        unused,
      };
    }
    stdout(values.json ? renderJson(result) : renderText(result, values.notes));
    return result.verdicts.some((v) => v.status === "drift") ? 1 : 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // Its message can quote a server or a file: shown escaped.
    stderr(`spec:diff: ${escapeLines(error.message)}\n`);
    return 2;
  }
}

function parseCommandLine(argv: readonly string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        live: { type: "boolean", default: false },
        apply: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        notes: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
    return { values, positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`${message}\n${USAGE}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await runSpecDiff(process.argv.slice(2));
