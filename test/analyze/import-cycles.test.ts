/**
 * The analyzer's modules import each other without cycles (type-only imports aside, as they
 * vanish at run time): the special forms (forms-*.ts) analyse their subforms through the
 * context's `analyze` (compiler/analyze/context.ts), not by importing analyze-expr.ts, which
 * dispatches to them through the table of special-forms.ts. Also the front end, and the whole
 * compiler/ tree, imports across its folders included.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { importCycles, importGraph, itHasNoImportCycle } from "../support/import-graph.js";

itHasNoImportCycle(["compiler/analyze", "compiler/frontend", "compiler"]);

it("the check follows imports across folders and ignores type-only ones", () => {
  const root = mkdtempSync(join(tmpdir(), "import-graph-"));
  try {
    mkdirSync(join(root, "a"));
    mkdirSync(join(root, "b"));
    writeFileSync(join(root, "a/x.ts"), 'import { y } from "../b/y.js";\nimport type { Z } from "./z.js";\n');
    writeFileSync(join(root, "a/z.ts"), 'import { type X } from "./x.js";\nexport type Z = 1;\n');
    writeFileSync(join(root, "b/y.ts"), 'export { x } from "../a/x.js";\n');
    const g = importGraph(root);
    expect(Object.fromEntries(g)).toEqual({ "a/x.ts": ["b/y.ts"], "a/z.ts": [], "b/y.ts": ["a/x.ts"] });
    expect(importCycles(g)).toEqual(["a/x.ts -> b/y.ts -> a/x.ts"]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
