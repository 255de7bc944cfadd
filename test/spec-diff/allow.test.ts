// spec/drift-allow.yaml: each entry allows the finding it was written for and
// nothing next to it; a malformed file is bad input.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  applyAllowList,
  loadAllowList,
} from "../../scripts/spec-diff/allow.js";
import type { Finding } from "../../scripts/spec-diff/compare.js";
import { InputError } from "../../scripts/spec-diff/input.js";

const allowFile = fileURLToPath(
  new URL("../../spec/drift-allow.yaml", import.meta.url),
);
const entries = await loadAllowList(allowFile);

const finding = (
  operation: string,
  fields: Omit<Finding, "resource" | "operation" | "method" | "path">,
): Finding => ({
  // Where the operation is does not take part in matching.
  resource: "-",
  operation,
  method: "GET",
  path: "/-",
  ...fields,
});

// The findings the spec's deviations give against the published
// description: where the real server is recorded to answer otherwise, the
// spec follows the recording (as its header explains).
const deviations: Record<string, Finding> = {
  "archived is a boolean": finding("permission_sets_list", {
    where: "response",
    name: "archived",
    change: "type",
    here: "boolean",
    there: "string",
  }),
  "post_authenticate answers {success}": finding(
    "credentials_post_authenticate",
    { where: "response", name: "success", change: "removed", here: "boolean" },
  ),
  "json_values value is untyped": finding("json_values_get", {
    where: "response",
    name: "value",
    change: "type",
    here: "any",
    there: "object",
  }),
  "credentials/types has three forms": finding("credentials_list_types", {
    where: "response",
    name: "",
    change: "type",
    here: "oneOf(object | array<string> | array<object>)",
    there: "object",
  }),
  "DELETE /groups/{id} exists": finding("groups_delete", {
    where: "operation",
    name: "",
    change: "removed",
  }),
  "GET /groups items always carry members": finding("groups_list", {
    where: "response",
    name: "members",
    change: "required",
    here: "required",
    there: "optional",
  }),
};

describe("spec/drift-allow.yaml", () => {
  it("gives every entry a reason", () => {
    expect(entries.length).toBeGreaterThanOrEqual(6);
    for (const e of entries) expect(e.reason.length).toBeGreaterThan(20);
  });

  for (const [what, f] of Object.entries(deviations))
    it(`allows: ${what}`, () => {
      const { verdicts } = applyAllowList([f], entries);
      expect(verdicts[0]?.status).toBe("allowed");
      expect(verdicts[0]?.reason).toMatch(/\w/);
    });

  it("allows nothing beside them", () => {
    const near: Finding[] = [
      // archived changing again upstream
      { ...deviations["archived is a boolean"]!, there: "integer" },
      // another field of a permission set
      { ...deviations["archived is a boolean"]!, name: "name" },
      // value of another resource
      {
        ...deviations["json_values value is untyped"]!,
        operation: "groups_get",
      },
      // members as a new field, not a required one
      {
        ...deviations["GET /groups items always carry members"]!,
        change: "added",
      },
      // another operation missing there
      { ...deviations["DELETE /groups/{id} exists"]!, operation: "groups_put" },
      // a request body change of post_authenticate
      {
        ...deviations["post_authenticate answers {success}"]!,
        where: "body",
      },
    ];
    const { verdicts } = applyAllowList(near, entries);
    expect(verdicts.map((v) => v.status)).toEqual(near.map(() => "drift"));
  });

  it("reports the entries nothing matched", () => {
    const { unused } = applyAllowList(
      [deviations["DELETE /groups/{id} exists"]!],
      entries,
    );
    expect(unused).toHaveLength(entries.length - 1);
    expect(unused.map((e) => e.operation)).not.toContain("groups_delete");
  });
});

describe("a malformed allow file", () => {
  const dir = mkdtempSync(join(tmpdir(), "civis-drift-allow-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (text: string) => {
    const file = join(dir, "allow.yaml");
    writeFileSync(file, text);
    return file;
  };

  it("an entry without a reason, or with an unknown key, is bad input", async () => {
    const file = write(
      "allow:\n  - operation: groups_list\n    feild: members\n",
    );
    const error = await loadAllowList(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(
      /allow\.yaml is malformed: .*\/allow\/0 must have required property 'reason'.*\/allow\/0 must NOT have additional properties/,
    );
  });

  it("an unknown change is bad input", async () => {
    const file = write(
      "allow:\n  - operation: groups_list\n    change: renamed\n    reason: because\n",
    );
    await expect(loadAllowList(file)).rejects.toThrow(
      /\/allow\/0\/change must be equal to one of the allowed values/,
    );
  });
});
