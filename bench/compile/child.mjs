// One size of the compile-speed benchmark in a fresh process (bench/compile/run.ts starts it):
//   node --expose-gc child.mjs TREE FILE.lisp ITERATIONS
// Imports the tree's built compiler (dist/pkg, what the package's users load), compiles the
// file once cold, then ITERATIONS times each of compile() and the front end with its checks
// (what `vigyc check` runs), alternating. Prints one JSON object: the ms (wall and CPU) of every run, the
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

// Wall time, and the CPU time of the process (all its threads, the GC's included), which a
// machine busy with other work disturbs far less than wall time.
const cpuMs = (u) => (u.user + u.system) / 1000;
const compileMs = [];
const checkMs = [];
const compileCpuMs = [];
const checkCpuMs = [];
for (let i = 0; i < Number(iterations); i++) {
  let c = process.cpuUsage();
  t = performance.now();
  compile(source, opts);
  compileMs.push(performance.now() - t);
  compileCpuMs.push(cpuMs(process.cpuUsage(c)));
  c = process.cpuUsage();
  t = performance.now();
  compileToIR(source, opts.filename);
  checkMs.push(performance.now() - t);
  checkCpuMs.push(cpuMs(process.cpuUsage(c)));
}
process.stdout.write(JSON.stringify({ cold, compileMs, checkMs, compileCpuMs, checkCpuMs, heldHeap, peakRssGrowth, diagnostics }));
