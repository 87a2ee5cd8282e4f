/**
 * Compile speed, side by side in one run, on generated programs (generate.ts) of 1 000, 10 000
 * and 50 000 lines:
 *   - compile() warm (after one cold compile in the same process): lines per second, and the
 *     cost per line at each size (the same at every size when compiling is linear);
 *   - the front end with its checks (read, expand, analyse, check names and arities: what
 *     `vigyc check` runs) warm, the same way;
 *   - memory: the heap a compile's result holds and how far the process's peak RSS rose in the
 *     cold compile, per line;
 *   - `vigyc check FILE` as a user runs it (a fresh process, cold), interleaved with a bare
 *     `node -e 0`: its time above bare Node, per line.
 * Each size's in-process figures come from fresh processes (child.mjs), `--rounds` of them,
 * interleaved with the other sizes; min and median over every warm run of every round (a
 * busy machine disturbs the minimum least). Targets (issue 22): compile() at least 50 000
 * lines/s warm, the same per-line cost at every size, linear memory, check at least as fast.
 *
 *   npx tsx bench/compile/run.ts [--rounds 3] [--sizes 1000,10000,50000] [--tree DIR] [--json FILE] [--quick]
 * Measures a built tree (default this checkout; `npm run build` first). Writes results.json here.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateProgram } from "./generate.js";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "3" },
    sizes: { type: "string", default: "1000,10000,50000" },
    tree: { type: "string" },
    json: { type: "string" },
    quick: { type: "boolean", default: false },
  },
});
const here = fileURLToPath(new URL(".", import.meta.url));
const tree = values.tree ?? join(here, "..", "..");
const sizes = values.sizes.split(",").map(Number);
const rounds = values.quick ? 1 : Number(values.rounds);
/** Warm runs per process: about the same total lines compiled at every size. */
const iterations = (lines: number): number => (values.quick ? 1 : Math.max(2, Math.min(20, Math.round(100_000 / lines))));

const dir = mkdtempSync(join(tmpdir(), "vigy-compile-bench-"));
const programs = sizes.map((target) => {
  const text = generateProgram(target);
  const file = join(dir, `generated-${target}.lisp`);
  writeFileSync(file, text);
  return { target, file, lines: text.split("\n").length - 1, bytes: Buffer.byteLength(text) };
});

interface ChildResult {
  cold: number;
  compileMs: number[];
  checkMs: number[];
  compileCpuMs: number[];
  checkCpuMs: number[];
  heldHeap: number;
  peakRssGrowth: number;
  diagnostics: number;
}

function child(file: string, n: number): ChildResult {
  const r = spawnSync(process.execPath, ["--expose-gc", join(here, "child.mjs"), tree, file, String(n)], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`child for ${file} exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as ChildResult;
}

function wall(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = performance.now() - t;
  // vigyc check exits 1 on errors; the generated programs have none (nor warnings).
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  return ms;
}

const load = loadavg();
const acc = new Map(programs.map((p) => [p.target, { cold: [] as number[], compile: [] as number[], check: [] as number[], compileCpu: [] as number[], checkCpu: [] as number[], heldHeap: [] as number[], rss: [] as number[], cli: [] as number[], diagnostics: 0 }]));
const bare: number[] = [];
const vigyc = join(tree, "bin", "vigyc.js");
for (let round = 0; round < rounds; round++) {
  for (const p of programs) {
    const a = acc.get(p.target)!;
    const c = child(p.file, iterations(p.lines));
    a.cold.push(c.cold);
    a.compile.push(...c.compileMs);
    a.check.push(...c.checkMs);
    a.compileCpu.push(...c.compileCpuMs);
    a.checkCpu.push(...c.checkCpuMs);
    a.heldHeap.push(c.heldHeap);
    a.rss.push(c.peakRssGrowth);
    a.diagnostics = c.diagnostics;
    bare.push(wall(["-e", "0"]));
    a.cli.push(wall([vigyc, "check", p.file]));
  }
  process.stderr.write(`round ${round + 1}/${rounds} done\n`);
}

const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
const min = (xs: number[]): number => sorted(xs)[0]!;
const median = (xs: number[]): number => {
  const s = sorted(xs);
  return s.length % 2 === 1 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const bareMin = min(bare);
const bareMedian = median(bare);
const TARGET = 50_000;

const rows = programs.map((p) => {
  const a = acc.get(p.target)!;
  const perLine = (ms: number): number => (ms * 1000) / p.lines; // µs per line
  const rate = (ms: number): number => (p.lines / ms) * 1000;
  return {
    lines: p.lines,
    bytes: p.bytes,
    diagnostics: a.diagnostics,
    compile: { runs: a.compile.length, minMs: min(a.compile), medianMs: median(a.compile), linesPerSecMin: rate(min(a.compile)), linesPerSecMedian: rate(median(a.compile)), usPerLineMin: perLine(min(a.compile)), usPerLineMedian: perLine(median(a.compile)) },
    compileCpu: { minMs: min(a.compileCpu), medianMs: median(a.compileCpu), linesPerSecMin: rate(min(a.compileCpu)), linesPerSecMedian: rate(median(a.compileCpu)), usPerLineMin: perLine(min(a.compileCpu)), usPerLineMedian: perLine(median(a.compileCpu)) },
    checkCpu: { minMs: min(a.checkCpu), medianMs: median(a.checkCpu), linesPerSecMin: rate(min(a.checkCpu)), linesPerSecMedian: rate(median(a.checkCpu)), usPerLineMin: perLine(min(a.checkCpu)), usPerLineMedian: perLine(median(a.checkCpu)) },
    coldCompile: { minMs: min(a.cold), medianMs: median(a.cold) },
    check: { runs: a.check.length, minMs: min(a.check), medianMs: median(a.check), linesPerSecMin: rate(min(a.check)), linesPerSecMedian: rate(median(a.check)), usPerLineMin: perLine(min(a.check)) },
    cliCheck: { runs: a.cli.length, minMs: min(a.cli), medianMs: median(a.cli), aboveBareMinMs: min(a.cli) - bareMin, aboveBareMedianMs: median(a.cli) - bareMedian, linesPerSecAboveBareMin: rate(min(a.cli) - bareMin) },
    memory: { heldHeapBytesPerLine: median(a.heldHeap) / p.lines, peakRssGrowthBytesPerLine: median(a.rss) / p.lines, heldHeapMB: median(a.heldHeap) / 2 ** 20, peakRssGrowthMB: median(a.rss) / 2 ** 20 },
  };
});
const first = rows[0]!;
const ratios = rows.map((r) => ({
  lines: r.lines,
  compileUsPerLineVsSmallest: r.compile.usPerLineMin / first.compile.usPerLineMin,
  checkUsPerLineVsSmallest: r.check.usPerLineMin / first.check.usPerLineMin,
  compileCpuUsPerLineVsSmallest: r.compileCpu.usPerLineMedian / first.compileCpu.usPerLineMedian,
  checkCpuUsPerLineVsSmallest: r.checkCpu.usPerLineMedian / first.checkCpu.usPerLineMedian,
  compileCpuVsTarget: r.compileCpu.linesPerSecMedian / TARGET,
  heldHeapPerLineVsSmallest: r.memory.heldHeapBytesPerLine / first.memory.heldHeapBytesPerLine,
  peakRssPerLineVsSmallest: r.memory.peakRssGrowthBytesPerLine / first.memory.peakRssGrowthBytesPerLine,
  compileVsTarget: r.compile.linesPerSecMin / TARGET,
  checkVsCompile: r.check.linesPerSecMin / r.compile.linesPerSecMin,
  cliCheckVsCompile: r.cliCheck.linesPerSecAboveBareMin / r.compile.linesPerSecMin,
}));

const f0 = (x: number): string => x.toFixed(0);
const f2 = (x: number): string => x.toFixed(2);
console.log(`Node ${process.version}, ${cpus().length} cores, load average at start ${load.map(f2).join(" ")}; ${rounds} rounds; bare node -e 0: min ${f0(bareMin)} ms, median ${f0(bareMedian)} ms\n`);
console.log("| lines | compile() warm ms (min; median) | lines/s (min run) | µs/line | check warm ms (min; median) | check lines/s | vigyc check above bare node ms (min; median) | held heap MB | peak RSS growth MB |");
console.log("|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
for (const r of rows) {
  console.log(
    `| ${r.lines} | ${f0(r.compile.minMs)}; ${f0(r.compile.medianMs)} | ${f0(r.compile.linesPerSecMin)} | ${f2(r.compile.usPerLineMin)} | ${f0(r.check.minMs)}; ${f0(r.check.medianMs)} | ${f0(r.check.linesPerSecMin)} | ${f0(r.cliCheck.aboveBareMinMs)}; ${f0(r.cliCheck.aboveBareMedianMs)} | ${f2(r.memory.heldHeapMB)} | ${f2(r.memory.peakRssGrowthMB)} |`,
  );
}
console.log("\nCPU time of the process (all threads, GC included) for the same runs: less disturbed by other work on the machine\n");
console.log("| lines | compile() CPU ms (min; median) | lines per CPU second (median) | CPU µs/line (median) | check CPU ms (min; median) | check lines per CPU second (median) |");
console.log("|--:|--:|--:|--:|--:|--:|");
for (const r of rows) {
  console.log(`| ${r.lines} | ${f0(r.compileCpu.minMs)}; ${f0(r.compileCpu.medianMs)} | ${f0(r.compileCpu.linesPerSecMedian)} | ${f2(r.compileCpu.usPerLineMedian)} | ${f0(r.checkCpu.minMs)}; ${f0(r.checkCpu.medianMs)} | ${f0(r.checkCpu.linesPerSecMedian)} |`);
}
console.log("\nratios (per-line figures against the smallest program; 1.00 = linear)\n");
console.log("| lines | compile µs/line (wall, min) | check µs/line (wall, min) | compile CPU µs/line (median) | check CPU µs/line (median) | held heap/line | peak RSS/line | compile vs 50 000 lines/s (wall min; CPU median) | check vs compile (in process) | vigyc check vs compile |");
console.log("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
for (const r of ratios) {
  console.log(`| ${r.lines} | ${f2(r.compileUsPerLineVsSmallest)} | ${f2(r.checkUsPerLineVsSmallest)} | ${f2(r.compileCpuUsPerLineVsSmallest)} | ${f2(r.checkCpuUsPerLineVsSmallest)} | ${f2(r.heldHeapPerLineVsSmallest)} | ${f2(r.peakRssPerLineVsSmallest)} | ${f2(r.compileVsTarget)}; ${f2(r.compileCpuVsTarget)} | ${f2(r.checkVsCompile)} | ${f2(r.cliCheckVsCompile)} |`);
}
const out = values.json ?? (values.quick ? join(dir, "results.json") : join(here, "results.json"));
writeFileSync(out, JSON.stringify({ node: process.version, cores: cpus().length, loadAverageAtStart: load, rounds, bareNode: { minMs: bareMin, medianMs: bareMedian }, target: { linesPerSec: TARGET }, rows, ratios }, null, 2) + "\n");
console.log(`\nwrote ${out}`);
