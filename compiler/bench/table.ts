/** The suite's results as a Markdown table (what `npm run bench` prints and docs/performance.md shows). */
import type { SuiteResult } from "./suite.js";

const f = (n: number | null | undefined, digits = 0): string => (n === null || n === undefined ? "–" : n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const x = (n: number | null | undefined): string => (n === null || n === undefined ? "–" : `${n.toFixed(n >= 10 ? 0 : 1)}×`);
const ms = (n: number | undefined): string => (n === undefined ? "–" : n < 0.1 ? n.toFixed(3) : n < 10 ? n.toFixed(2) : n.toFixed(0));
const kb = (n: number | null | undefined): string => (n === null || n === undefined ? "–" : (n / 1024).toFixed(1));

export function formatTable(r: SuiteResult): string {
  const head = [
    "| program | compiled ticks/s | interp ticks/s | hand JS ticks/s | compiled ÷ interp | hand ÷ compiled | literal JS ÷ compiled | p50 / p99 ms (compiled) | p50 / p99 ms (interp) | KiB alloc/tick (compiled / interp / hand) | cold tier compiled ÷ interp | cold tier hand ÷ compiled | first tick ms (compiled / interp) | compile ms / 1000 lines | module bytes (gzip) |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  ];
  const rows = r.programs.map((p) => {
    const w = p.warm;
    return `| ${p.name} | ${f(w.hz.compiled)} | ${f(w.hz.interp)} | ${f(w.hz.hand)} | ${x(p.ratios.compiledVsInterp)} | ${x(p.ratios.handVsCompiled)} | ${x(p.ratios.literalVsCompiled)} | ${ms(w.latency.compiled?.p50)} / ${ms(w.latency.compiled?.p99)} | ${ms(w.latency.interp?.p50)} / ${ms(w.latency.interp?.p99)} | ${kb(w.heap.compiled)} / ${kb(w.heap.interp)} / ${kb(w.heap.hand)} | ${x(p.ratios.coldTierCompiledVsInterp)} | ${x(p.ratios.coldTierHandVsCompiled)} | ${ms(p.firstTickMs.compiled)} / ${ms(p.firstTickMs.interp)} | ${ms(w.compileMsPer1000Lines)} | ${f(w.moduleBytes)} (${f(w.moduleGzipBytes)}) |`;
  });
  const m = r.machine;
  return [`Node ${m.node}, ${m.cpus}, ${m.cores} cores, ${m.memGiB} GiB, ${m.platform}; ${r.date}${r.quick ? " (quick smoke run: figures meaningless)" : ""}`, "", ...head, ...rows].join("\n") + "\n";
}
