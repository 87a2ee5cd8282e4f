// One size of the compile-speed benchmark in a fresh process (bench/compile/run.ts starts it):
//   node --expose-gc child.mjs TREE FILE.lisp ITERATIONS
// Imports the tree's built compiler (dist/pkg, what the package's users load), compiles the
// file once cold, then ITERATIONS times each of compile() and the front end with its checks
// (what `vigyc check` runs), alternating. Prints one JSON object: the ms of every run, the
// heap the result holds (after a full GC) and how far the process's peak RSS rose.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [tree, file, iterations] = process.argv.slice(2);
const { compile, compileToIR } = await import(pathToFileURL(join(tree, "dist/pkg/compiler/index.js")).href);
const source = readFileSync(file, "utf8");
const opts = { filename: "generated.lisp" };

globalThis.gc();
const heap0 = process.memoryUsage().heapUsed;
const rss0 = process.memoryUsage().rss;
let t = performance.now();
let held = compile(source, opts);
const cold = performance.now() - t;
const peakRssGrowth = process.resourceUsage().maxRSS * 1024 - rss0;
globalThis.gc();
const heldHeap = process.memoryUsage().heapUsed - heap0;
const diagnostics = held.diagnostics.length;
held = undefined;

const compileMs = [];
const checkMs = [];
for (let i = 0; i < Number(iterations); i++) {
  t = performance.now();
  compile(source, opts);
  compileMs.push(performance.now() - t);
  t = performance.now();
  compileToIR(source, opts.filename);
  checkMs.push(performance.now() - t);
}
process.stdout.write(JSON.stringify({ cold, compileMs, checkMs, heldHeap, peakRssGrowth, diagnostics }));
