/**
 * Cold start of the hello vigy, side by side in one run: a bare `node -e 0`; the floor of any
 * ES module app that imports a package (two empty modules); a fresh Node process that imports
 * the compiled module (as `vigyc build` writes it) and the runtime and ticks once; and the
 * interpreter path (read and analyse the source, tick on the interpreter).
 * Each variant runs in its own process, interleaved, `--runs` times. Reported: wall time of
 * the process (median and range), how much more than bare Node it takes (medians, and minima,
 * which a busy machine disturbs least), and inside the process the time from the first import
 * to the end of the first tick, and of the first tick alone.
 *
 *   npx tsx bench/startup/run.ts [--runs 20] [--tree DIR]… [--json FILE]
 * A tree is a built checkout (default this one); several trees are measured in the same rounds.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { runs: { type: "string", default: "20" }, tree: { type: "string", multiple: true }, json: { type: "string" } } });
const here = fileURLToPath(new URL(".", import.meta.url));
const trees = values.tree ?? [fileURLToPath(new URL("../..", import.meta.url))];
const hello = readFileSync(join(here, "../../examples/hello-vigy.lisp"), "utf8");

/** A scratch app for a tree: vigy-js installed as a link, the hello vigy built with the tree's compiler. */
async function app(tree: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "vigy-startup-"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(tree, join(dir, "node_modules", "vigy-js"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "startup-app", private: true, type: "module" }));
  const { compile } = await import(pathToFileURL(join(tree, "dist/compiler/index.js")).href);
  writeFileSync(join(dir, "hello.js"), compile(hello, { filename: "hello.lisp", sourcemap: "none" }).code);
  writeFileSync(join(dir, "hello.lisp"), hello);
  copyFileSync(join(here, "child.mjs"), join(dir, "child.mjs"));
  // The floor: a package of two empty modules.
  mkdirSync(join(dir, "node_modules", "floor-pkg"));
  writeFileSync(join(dir, "node_modules", "floor-pkg", "package.json"), JSON.stringify({ name: "floor-pkg", type: "module", exports: { "./a": "./a.js", "./b": "./b.js" } }));
  for (const m of ["a", "b"]) writeFileSync(join(dir, "node_modules", "floor-pkg", `${m}.js`), `export const ${m} = 1;\n`);
  return dir;
}

interface Sample {
  wall: number;
  total?: number;
  tick?: number;
}

function once(args: string[], cwd: string): Sample {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: "utf8" });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")}: ${r.stderr}`);
  return r.stdout === "" ? { wall } : { wall, ...JSON.parse(r.stdout) };
}

const apps = new Map<string, string>();
for (const tree of trees) apps.set(tree, await app(tree));
const samples = new Map<string, Sample[]>();
const add = (key: string, s: Sample): void => void (samples.get(key) ?? samples.set(key, []).get(key)!).push(s);
for (let i = 0; i < Number(values.runs); i++) {
  add("bare", once(["-e", "0"], tmpdir()));
  add("floor: an ES module app importing two empty modules of a package", once(["child.mjs", "floor"], apps.values().next().value!));
  for (const [tree, dir] of apps) for (const mode of ["compiled", "interp"]) add(`${tree} ${mode}`, once(["child.mjs", mode], dir));
}
for (const dir of apps.values()) rmSync(dir, { recursive: true, force: true });

const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
const median = (xs: number[]): number => sorted(xs)[xs.length >> 1]!;
const range = (xs: number[]): string => `${sorted(xs)[0]!.toFixed(1)}–${sorted(xs).at(-1)!.toFixed(1)}`;
const bare = median(samples.get("bare")!.map((s) => s.wall));
const bareMin = sorted(samples.get("bare")!.map((s) => s.wall))[0]!;
const rows: Record<string, unknown>[] = [];
console.log(`Node ${process.version}, ${values.runs} runs per variant, interleaved\n`);
console.log("| variant | wall ms (median, range) | above bare node (medians; minima) | import → first tick done ms (median, range) | first tick ms (median) |");
console.log("|---|--:|--:|--:|--:|");
for (const [key, ss] of samples) {
  const wall = ss.map((s) => s.wall);
  const row: Record<string, unknown> = { variant: key, wallMedian: median(wall), wallRange: range(wall), aboveBare: median(wall) - bare, aboveBareMin: sorted(wall)[0]! - bareMin };
  if (ss[0]!.total !== undefined) Object.assign(row, { totalMedian: median(ss.map((s) => s.total!)), totalRange: range(ss.map((s) => s.total!)), tickMedian: median(ss.map((s) => s.tick!)) });
  rows.push(row);
  const f = (x: unknown): string => (typeof x === "number" ? x.toFixed(x < 10 ? 2 : 1) : "–");
  console.log(`| ${key} | ${f(row.wallMedian)} (${row.wallRange}) | ${key === "bare" ? "–" : `${f(row.aboveBare)}; ${f(row.aboveBareMin)}`} | ${row.totalMedian === undefined ? "–" : `${f(row.totalMedian)} (${row.totalRange})`} | ${f(row.tickMedian)} |`);
}
if (values.json !== undefined) writeFileSync(values.json, JSON.stringify({ node: process.version, runs: Number(values.runs), rows }, null, 2) + "\n");
