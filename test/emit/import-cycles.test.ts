/**
 * The emitter's modules import each other without cycles (type-only imports aside, as they
 * vanish at run time): lowering modules recurse through the table the module context holds
 * (compiler/emit/lowering.ts), not through imports of each other. Also the IR's modules.
 */
import { expect, it } from "vitest";
import { importCycles, itHasNoImportCycle } from "../support/import-graph.js";

itHasNoImportCycle(["compiler/emit", "compiler/ir", "runtime/ir"]);

it("the check finds a cycle when there is one", () => {
  expect(importCycles(new Map([["a.ts", ["b.ts"]], ["b.ts", ["c.ts"]], ["c.ts", ["a.ts"]]]))).toEqual(["a.ts -> b.ts -> c.ts -> a.ts"]);
});
