/**
 * One A/B measurement (bench/ab/run.ts): compile a bench program with the compiler of a source
 * tree, import the module against that tree's runtime, tick it through the tree's runner on the
 * program's fixture for one untimed second, then for `seconds`, and print ticks per second.
 *
 *   node --import tsx bench/ab/child.ts <tree> <program.lisp> <kv JSON> <now> <seconds> [source|built]
 *
 * `source` (default) runs the tree's TypeScript through tsx, as `npm run bench` does; `built`
 * runs its `dist/pkg` bundle (`npm run build` first), what Node users of the package import.
 * V8 inlines the two differently, so a change near its inlining limits can measure apart.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [tree, file, kv, nowText, secondsText, mode = "source"] = process.argv.slice(2) as [string, string, string, string, string, string?];
const at = (path: string): string => pathToFileURL(resolve(tree, path)).href;
const built = mode === "built";
const { compile } = await import(at(built ? "dist/pkg/compiler/index.js" : "compiler/emit/compile.ts"));
const { runTick, MemoryKv, parseJson } = built
  ? await import(at("dist/pkg/runtime/index.js"))
  : { ...(await import(at("runtime/vigy/runner.ts"))), ...(await import(at("runtime/vigy/kv-store.ts"))), ...(await import(at("runtime/vigy/json.ts"))) };
const runtime = at(built ? "dist/pkg/runtime/compiled/index.js" : "runtime/compiled/index.ts");

const dir = mkdtempSync(join(tmpdir(), "vigy-ab-"));
try {
  const { code } = compile(readFileSync(file, "utf8"), { filename: file, sourcemap: "none", runtime });
  writeFileSync(join(dir, "program.mjs"), code);
  const program = (await import(pathToFileURL(join(dir, "program.mjs")).href)).default;
  const fixture = parseJson(kv);
  const now = Number(nowText);
  const tick = (): void => void runTick(program, new MemoryKv(fixture), { now, clock: () => now });
  const run = (ms: number): number => {
    let n = 0;
    const end = performance.now() + ms;
    while (performance.now() < end) for (let i = 0; i < 50; i++, n++) tick();
    return n;
  };
  run(1000);
  const ms = Number(secondsText) * 1000;
  process.stdout.write(String((run(ms) / ms) * 1000));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
