/**
 * One A/B measurement (bench/ab/run.ts): compile a bench program with the compiler of a source
 * tree, import the module against that tree's runtime, tick it through the tree's runner on the
 * program's fixture for one untimed second, then for `seconds`, and print ticks per second.
 *
 *   node --import tsx bench/ab/child.ts <tree> <program.lisp> <kv JSON> <now> <seconds>
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [tree, file, kv, nowText, secondsText] = process.argv.slice(2) as [string, string, string, string, string];
const at = (path: string): string => pathToFileURL(resolve(tree, path)).href;
const { compile } = await import(at("compiler/emit/compile.ts"));
const { runTick } = await import(at("runtime/vigy/runner.ts"));
const { MemoryKv } = await import(at("runtime/vigy/kv-store.ts"));
const { parseJson } = await import(at("runtime/vigy/json.ts"));

const dir = mkdtempSync(join(tmpdir(), "vigy-ab-"));
try {
  const { code } = compile(readFileSync(file, "utf8"), { filename: file, sourcemap: "none", runtime: at("runtime/compiled/index.ts") });
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
