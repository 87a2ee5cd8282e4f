/**
 * A folder's module graph and its import cycles, for the tests that keep folders free of them
 * (test/emit/import-cycles.test.ts, test/analyze/import-cycles.test.ts). Only imports that
 * exist at run time count: `import type` and imports of types only vanish when compiled.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

/** A static `import … from` or `export … from` of a relative path (`./x.js`, `../y/z.js`). */
const FROM = /^(?:import|export)\s+(type\s+)?([^;]*?)\s+from\s+"(\.{1,2}\/[^"]+)\.js";/gms;

/** Each module under `root` (all folders below it) → the modules under `root` it imports; paths relative to `root`, with `/`. */
export function importGraph(root: string): Map<string, string[]> {
  const files = tsFiles(root);
  const known = new Set(files);
  const g = new Map<string, string[]>();
  for (const f of files) {
    const deps: string[] = [];
    for (const m of readFileSync(join(root, f), "utf8").matchAll(FROM)) {
      if (m[1] !== undefined) continue;
      const braces = /^\{([^}]*)\}$/s.exec(m[2]!);
      const names = braces?.[1]!.split(",").map((x) => x.trim()).filter(Boolean);
      if (names !== undefined && names.every((x) => x.startsWith("type "))) continue;
      const target = toSlash(join(dirname(f), m[3] + ".ts"));
      if (known.has(target)) deps.push(target);
    }
    g.set(f, deps);
  }
  return g;
}

/** Every cycle found by a depth-first search, as `a -> b -> a`. */
export function importCycles(g: ReadonlyMap<string, readonly string[]>): string[] {
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

function tsFiles(root: string, dir = root): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tsFiles(root, path));
    else if (name.endsWith(".ts")) out.push(toSlash(relative(root, path)));
  }
  return out;
}

const toSlash = (p: string): string => p.split(sep).join("/");

/** A test for each folder (relative to the checkout): it has modules, and no import cycle among them. */
export function itHasNoImportCycle(folders: readonly string[]): void {
  it.each(folders)("%s has no import cycle", (rel) => {
    const g = importGraph(fileURLToPath(new URL(`../../${rel}/`, import.meta.url)));
    expect(g.size).toBeGreaterThan(0);
    expect(importCycles(g)).toEqual([]);
  });
}
