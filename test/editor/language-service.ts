// A TypeScript language service over one consumer file of the client, as an
// editor runs it: quick info (hover) and signature help at given places.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** Hover text and signature help for `source`, a file in test/editor/. */
export function languageService(source: string) {
  const file = `${root}test/editor/consumer.ts`;
  const config = ts.readConfigFile(`${root}tsconfig.json`, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(
    config.config,
    ts.sys,
    root,
  );
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const text =
        name === file
          ? source
          : ts.sys.fileExists(name)
            ? readFileSync(name, "utf8")
            : undefined;
      return text === undefined
        ? undefined
        : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => root,
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? source : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host);
  /** Offset just after the `n`th occurrence of `marker`. */
  const at = (marker: string, n = 1) => {
    let pos = -1;
    for (let i = 0; i < n; i++) pos = source.indexOf(marker, pos + 1);
    if (pos < 0) throw new Error(`no ${marker} in the source`);
    return pos + marker.length;
  };
  const tags = (list: readonly ts.JSDocTagInfo[] | undefined) =>
    (list ?? []).map((t) => `@${t.name} ${ts.displayPartsToString(t.text)}`);
  return {
    errors: () =>
      [
        ...service.getSemanticDiagnostics(file),
        ...service.getSyntacticDiagnostics(file),
      ].map((d) =>
        [d, ...(d.relatedInformation ?? [])]
          .map((m) => ts.flattenDiagnosticMessageText(m.messageText, "\n"))
          .join(" "),
      ),
    /** What hovering the identifier that ends at `marker` shows. */
    hover(marker: string) {
      const info = service.getQuickInfoAtPosition(file, at(marker) - 1);
      return {
        text: ts.displayPartsToString(info?.displayParts),
        docs: ts.displayPartsToString(info?.documentation),
        tags: tags(info?.tags),
      };
    },
    /** The signature help shown with the cursor just after `marker`. */
    signatureHelp(marker: string) {
      const help = service.getSignatureHelpItems(file, at(marker), undefined);
      const item = help?.items[help.selectedItemIndex];
      if (!help || !item) return undefined;
      return {
        signature: [
          ts.displayPartsToString(item.prefixDisplayParts),
          item.parameters
            .map((p) => ts.displayPartsToString(p.displayParts))
            .join(", "),
          ts.displayPartsToString(item.suffixDisplayParts),
        ].join(""),
        argument: help.argumentIndex,
        parameters: item.parameters.map((p) => ({
          name: p.name,
          docs: ts.displayPartsToString(p.documentation),
        })),
      };
    },
  };
}
