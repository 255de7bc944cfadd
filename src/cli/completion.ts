// Shell completion. The scripts are small and ask the command line itself for
// candidates (`civis-api __complete <shell> <words...>`), so completion knows
// every method and flag of the installed version and never goes stale.
import { help } from "../../generated/cli-help.js";
import type { MethodSpec } from "../methods/method-spec.js";
import { flagsOf } from "./args.js";
import {
  aliasNames,
  findMethod,
  findResource,
  optionalArgs,
  table,
  underscored,
} from "./names.js";

export const SHELLS = ["bash", "zsh"] as const;
export type Shell = (typeof SHELLS)[number];

const SCRIPTS: Record<Shell, string> = {
  bash: `# civis-api completion for bash; in ~/.bashrc: source <(civis-api completion bash)
_civis_api() {
  local IFS=$'\\n'
  COMPREPLY=($(civis-api __complete bash "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _civis_api civis-api
`,
  zsh: `#compdef civis-api
# civis-api completion for zsh; in ~/.zshrc, after compinit: source <(civis-api completion zsh)
_civis_api() {
  local -a candidates
  candidates=("\${(@f)$(civis-api __complete zsh "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  _describe 'civis-api' candidates
}
compdef _civis_api civis-api
`,
};

export const completionScript = (shell: Shell): string => SCRIPTS[shell];

type Candidate = [name: string, description: string];

const takesValue = (spec: MethodSpec, flag: string) => {
  const info = spec.params[underscored(flag)];
  return info
    ? info.type !== "boolean"
    : flagsOf(spec).some(([name, value]) => name === flag && value);
};

function candidates(words: readonly string[]): Candidate[] {
  const [first = "", second = ""] = words;
  if (words.length <= 1)
    return [
      ...Object.keys(table).map((r): Candidate => [r, help.resources[r] ?? ""]),
      ["completion", "a shell completion script"],
    ];
  if (first === "completion")
    return words.length === 2 ? SHELLS.map((s): Candidate => [s, ""]) : [];
  const resource = findResource(first);
  if (!resource) return [];
  if (words.length === 2)
    return [
      ...Object.keys(table[resource]!).map((m): Candidate => [
        m,
        help.methods[resource]![m]!.summary,
      ]),
      ...aliasNames(resource).map((a): Candidate => [
        a,
        `= ${findMethod(resource, a)}`,
      ]),
    ];
  const method = findMethod(resource, second);
  if (!method) return [];
  const spec = table[resource]![method]!;
  const current = words.at(-1)!;
  if (current.startsWith("-")) {
    const docs = help.methods[resource]![method]!.args;
    return [
      ...optionalArgs(spec).flatMap((name): Candidate[] =>
        spec.params[name]!.type === "boolean"
          ? [
              [`--${name}`, docs[name] ?? ""],
              [`--no-${name}`, docs[name] ?? ""],
            ]
          : [[`--${name}`, docs[name] ?? ""]],
      ),
      ...flagsOf(spec).map(([flag, , text]): Candidate => [`--${flag}`, text]),
      ["--help", "this method's arguments"],
    ];
  }
  // A value: of the flag just before it, else of the positional it is.
  const before = words.slice(2, -1);
  let positionals = 0;
  let valueOf: string | undefined;
  for (let i = 0; i < before.length; i++) {
    const w = before[i]!;
    if (!w.startsWith("-")) positionals++;
    else if (!w.includes("=") && takesValue(spec, w.slice(2))) {
      if (i === before.length - 1) valueOf = w.slice(2);
      i++;
    }
  }
  const name = valueOf ?? spec.args[positionals];
  const info = name ? spec.params[underscored(name)] : undefined;
  return (info?.enum ?? []).map((v): Candidate => [String(v), ""]);
}

/** The candidates for the last word, one per line (`name:description` for zsh). */
export function complete(shell: Shell, words: readonly string[]): string {
  const current = words.at(-1) ?? "";
  const lines = candidates(words.length ? words : [""])
    .filter(([name]) => name.startsWith(current))
    .map(([name, text]) =>
      shell === "zsh" && text ? `${name}:${text.replaceAll("\n", " ")}` : name,
    );
  return lines.length ? `${lines.join("\n")}\n` : "";
}
