/**
 * The emitter's modules import each other without cycles (type-only imports aside, as they
 * vanish at run time): lowering modules recurse through the table the module context holds
 * (compiler/emit/lowering.ts), not through imports of each other. Also the IR's modules.
 */
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { importCycles, importGraph } from "../support/import-graph.js";

const dir = (rel: string): string => fileURLToPath(new URL(`../../${rel}/`, import.meta.url));

it.each(["compiler/emit", "compiler/ir", "runtime/ir"])("%s has no import cycle", (rel) => {
  const g = importGraph(dir(rel));
  expect(g.size).toBeGreaterThan(0);
  expect(importCycles(g)).toEqual([]);
});

it("the check finds a cycle when there is one", () => {
  expect(importCycles(new Map([["a.ts", ["b.ts"]], ["b.ts", ["c.ts"]], ["c.ts", ["a.ts"]]]))).toEqual(["a.ts -> b.ts -> c.ts -> a.ts"]);
});
