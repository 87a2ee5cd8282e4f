/**
 * The emitter's modules import each other without cycles (type-only imports aside, as they
 * vanish at run time): lowering modules recurse through the table the module context holds
 * (compiler/emit/lowering.ts), not through imports of each other. Also the IR's modules.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

/** Each module's value imports of sibling modules in `dir`. */
function graph(dir: string): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".ts"))) {
    const src = readFileSync(dir + f, "utf8");
    const deps: string[] = [];
    for (const m of src.matchAll(/^import\s+(type\s+)?([^;]*?)\s+from\s+"\.\/([^"]+)\.js";/gms)) {
      if (m[1] !== undefined) continue;
      const braces = /^\{([^}]*)\}$/s.exec(m[2]!);
      const names = braces?.[1]!.split(",").map((x) => x.trim()).filter(Boolean);
      if (names !== undefined && names.every((x) => x.startsWith("type "))) continue;
      deps.push(m[3] + ".ts");
    }
    g.set(f, deps);
  }
  return g;
}

/** Every cycle found by a depth-first search, as `a -> b -> a`. */
function cycles(g: Map<string, string[]>): string[] {
  const found: string[] = [];
  const stack: string[] = [];
  const done = new Set<string>();
  const visit = (n: string): void => {
    stack.push(n);
    for (const d of g.get(n) ?? []) {
      const at = stack.indexOf(d);
      if (at >= 0) found.push([...stack.slice(at), d].join(" -> "));
      else if (!done.has(d)) visit(d);
    }
    stack.pop();
    done.add(n);
  };
  for (const n of g.keys()) if (!done.has(n)) visit(n);
  return found;
}

const dir = (rel: string): string => fileURLToPath(new URL(`../../${rel}/`, import.meta.url));

it.each(["compiler/emit", "compiler/ir", "runtime/ir"])("%s has no import cycle", (rel) => {
  const g = graph(dir(rel));
  expect(g.size).toBeGreaterThan(0);
  expect(cycles(g)).toEqual([]);
});

it("the check finds a cycle when there is one", () => {
  expect(cycles(new Map([["a.ts", ["b.ts"]], ["b.ts", ["c.ts"]], ["c.ts", ["a.ts"]]]))).toEqual(["a.ts -> b.ts -> c.ts -> a.ts"]);
});
