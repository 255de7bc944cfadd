// `--table`: results as a text table for people. Each resource shows a few
// chosen columns of its own objects; other results (shares, dependencies,
// permissions...) show every top-level field. Columns shrink, widest first,
// to fit the width (cells cut with "…"); the last ones go when even that fails.
// Cells and column names are data: control characters show escaped, and
// widths are terminal columns.
import {
  cutToWidth,
  displayWidth,
  escapeControls,
  padToWidth,
} from "./terminal-text.js";

// The columns worth a glance, per resource, used when every one is present.
const COLUMNS: Readonly<Record<string, readonly string[]>> = {
  match_targets: ["id", "name", "target_file_name", "archived"],
  json_values: ["id", "name", "value"],
  permission_sets: ["id", "name", "description", "archived", "updated_at"],
  groups: ["id", "name", "member_count", "slug", "updated_at"],
  credentials: ["id", "name", "type", "username", "owner", "updated_at"],
};

const GAP = "  ";
const MIN_WIDTH = 6;

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text =
    typeof value === "object" ? JSON.stringify(value) : String(value);
  return escapeControls(text.replace(/\s+/g, " "));
}

/** The columns for these rows: the resource's choice, else every key of the first. */
function columnsFor(
  resource: string,
  rows: Record<string, unknown>[],
): string[] {
  const keys = Object.keys(rows[0] ?? {});
  const chosen = COLUMNS[resource];
  return chosen && chosen.every((c) => keys.includes(c)) ? [...chosen] : keys;
}

/** Column widths within `width`; fewer columns than given when they cannot fit. */
function fit(natural: number[], width: number): number[] {
  const widths = [...natural];
  const total = () =>
    widths.reduce((a, b) => a + b, 0) + GAP.length * (widths.length - 1);
  while (widths.length > 1 && total() > width) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! > MIN_WIDTH) widths[widest]!--;
    else widths.pop();
  }
  return widths;
}

/** The table text for a result (an array of rows, or one object); "" for none. */
export function renderTable(
  resource: string,
  result: unknown,
  width: number,
): string {
  if (result === undefined) return "";
  const rows = (Array.isArray(result) ? result : [result]).map(
    (r): Record<string, unknown> =>
      r !== null && typeof r === "object" && !Array.isArray(r)
        ? (r as Record<string, unknown>)
        : { value: r },
  );
  if (!rows.length) return "(no items)\n";
  const columns = columnsFor(resource, rows);
  const header = columns.map(cell);
  const cells = rows.map((r) => columns.map((c) => cell(r[c])));
  const natural = header.map((h, i) =>
    Math.max(displayWidth(h), ...cells.map((line) => displayWidth(line[i]!))),
  );
  const widths = fit(natural, width);
  const line = (values: string[]) =>
    widths
      .map((w, i) => padToWidth(cutToWidth(values[i]!, w), w))
      .join(GAP)
      .trimEnd();
  return `${[line(header), ...cells.map(line)].join("\n")}\n`;
}
