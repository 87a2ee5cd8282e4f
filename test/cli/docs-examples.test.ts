/**
 * The shell examples of docs/cli.md and docs/diagnostics.md run as a user would type them
 * (test/cli/doc-examples.ts): each prints what the doc shows and exits as it says.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { examplesOf, runExample, scratch } from "./doc-examples.js";

const ROOT = join(import.meta.dirname, "..", "..");

for (const doc of ["docs/cli.md", "docs/diagnostics.md"]) {
  describe(doc, () => {
    const examples = examplesOf(readFileSync(join(ROOT, doc), "utf8"));
    it("has examples", () => expect(examples.length).toBeGreaterThan(3));
    // One scratch directory for the document: later examples use the files earlier ones wrote.
    const { dir, env } = scratch(ROOT);
    for (const e of examples) {
      it(`line ${e.line}: $ ${e.command.split("\n")[0]}`, () => {
        const r = runExample(e, dir, env);
        expect({ output: r.output, exit: r.exit }).toEqual({ output: e.output.replace(/\n+$/, ""), exit: e.exit });
      });
    }
  });
}
