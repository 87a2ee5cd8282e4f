/**
 * The runner's speed and scale benchmark (docs/runner.md, "Speed and scale"). Each section runs
 * in a fresh process (sections.ts) so its CPU time and memory are its own:
 *
 *   throughput  durable ticks per second: 5 000 hello vigies every 100 ms (50 000/s offered),
 *               every tick committed to SQLite before it counts; 1 and 2 tick workers
 *   scale       1 000 vigies every 100 ms for 60 s: lag of tick starts against their slots
 *               (p50/p99/max), CPU and memory per vigy (memory against the runner with none)
 *   store       each benchmark program through the runner and the SQLite store against runTick
 *               on a MemoryKv in the same process, in three interleaved rounds; journal bytes per tick
 *   distinct    1 000 distinct small programs against 1 000 vigies of one program: runTick in
 *               one thread (four rounds), then through the runner
 *
 *   npx tsx bench/runner/run.ts [--quick] [--only throughput,scale,store,distinct] [--seconds S] [--out FILE]
 *
 * Writes every figure to bench/runner/results.json (a --quick run to the temporary directory, so it
 * never replaces the results of a full run).
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Window } from "./harness.js";

const { values } = parseArgs({ options: { quick: { type: "boolean" }, only: { type: "string" }, seconds: { type: "string" }, out: { type: "string" } } });
const quick = values.quick ?? false;
const only = values.only?.split(",");
const want = (s: string): boolean => only === undefined || only.includes(s);
const here = fileURLToPath(new URL("./sections.ts", import.meta.url));

function section(name: string, ...args: string[]): any {
  process.stderr.write(`[runner bench] ${name} ${args.join(" ")}…\n`);
  const r = spawnSync(process.execPath, ["--import", "tsx", here, name, ...(quick ? ["--quick"] : []), ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`section ${name} failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!);
}

const ok = (x: number | null): x is number => x !== null && Number.isFinite(x);
const f0 = (x: number): string => (ok(x) ? Math.round(x).toLocaleString("en-US") : "–");
const f1 = (x: number): string => (ok(x) ? x.toFixed(1) : "–");
const f2 = (x: number): string => (ok(x) ? x.toFixed(2) : "–");
const pctText = (x: number): string => `${Math.round(x * 100)}%`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const range = (xs: number[], f = f0): string => (xs.length === 1 ? f(xs[0]!) : `${f(Math.min(...xs))}–${f(Math.max(...xs))}`);

const results: Record<string, unknown> = {
  node: process.version,
  cpu: `${cpus()[0]?.model ?? "?"}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`,
  date: new Date().toISOString(),
  quick,
};
const out: string[] = [`Node ${process.version}, ${results.cpu}; ${results.date}${quick ? " (quick: figures meaningless)" : ""}`, ""];

if (want("throughput")) {
  const t = section("throughput");
  results.throughput = t;
  out.push(`Durable ticks per second (hello, ${f0(t.offeredPerSecond)}/s offered, every tick committed before it counts):`, "");
  out.push("| tick workers | ticks/s | CPU µs per tick (all threads) | busy: main / workers | lag p50 / p99 / max ms | slots skipped | journal B/tick |", "|--:|--:|--:|--:|--:|--:|--:|");
  for (const k of Object.keys(t).filter((x) => x.startsWith("workers="))) {
    const w = t[k] as Window;
    const busy = `${pctText(w.busy.main)} / ${w.busy.workers.map(pctText).join(", ")}`;
    out.push(`| ${k.slice(8)} | ${f0(w.ticksPerSecond)} | ${f1(w.cpuUsPerTick)} | ${busy} | ${f2(w.lag.p50)} / ${f2(w.lag.p99)} / ${f1(w.lag.max)} | ${f0(w.skippedSlots)} | ${f0(w.entryBytes)} |`);
  }
  out.push("");
}

if (want("scale")) {
  const seconds = values.seconds ?? (quick ? "2" : "60");
  const none = section("scale", "--vigies", "0", "--seconds", quick ? "2" : "10");
  const fleet = section("scale", "--vigies", "1000", "--seconds", seconds);
  results.scale = { none, fleet };
  const w = fleet.window as Window;
  const idle = none.window as Window;
  const cpuShare = w.cpuMs / (w.seconds * 1000);
  out.push(`1 000 hello vigies every 100 ms for ${seconds} s (one tick worker):`, "");
  out.push(`- ticks committed: ${f0(w.ticks)} (${f0(w.ticksPerSecond)}/s), failed ${w.failed}, slots skipped ${w.skippedSlots}`);
  out.push(`- lag of tick starts against their slots: p50 ${f2(w.lag.p50)} ms, p99 ${f2(w.lag.p99)} ms, max ${f1(w.lag.max)} ms`);
  out.push(`- CPU: ${f1(cpuShare * 100)}% of one core for the process (all threads), ${f2((cpuShare * 100) / 1000)}% per vigy, ${f1(w.cpuUsPerTick)} µs per tick`);
  out.push(`- memory: RSS ${f0(w.rssMb)} MB against ${f0(idle.rssMb)} MB with no vigies: ${f1(((w.rssMb - idle.rssMb) * 1024) / 1000)} KB per vigy`, "");
}

if (want("store")) {
  const s = section("store");
  results.store = s;
  out.push(
    "Each benchmark program through the runner (one tick worker, SQLite, journal) against runTick on MemoryKv stores in one thread, the same number of vigies ticked in turn, same process, interleaved rounds:",
    "",
  );
  out.push(
    "| program | vigies | runTick ticks/s (1 vigy) | runTick ticks/s | runner ticks/s | runner ÷ runTick | CPU µs/tick runTick | CPU µs/tick runner (all threads) | busy: main / worker | journal B/tick | kv B written/tick |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  );
  type Round = { base1: number; base: number; runner: number; baseCpu: number; runnerCpu: number; count: number; w: Window };
  for (const [name, rounds] of Object.entries(s) as [string, Round[]][]) {
    const ratios = rounds.map((r) => r.runner / r.base);
    const busy = `${pctText(median(rounds.map((r) => r.w.busy.main)))} / ${pctText(median(rounds.map((r) => r.w.busy.workers[0] ?? NaN)))}`;
    out.push(
      `| ${name} | ${rounds[0]!.count} | ${range(rounds.map((r) => r.base1))} | ${range(rounds.map((r) => r.base))} | ${range(rounds.map((r) => r.runner))} | ${f2(median(ratios))} (${range(ratios, f2)}) | ` +
        `${range(rounds.map((r) => r.baseCpu), f1)} | ${range(rounds.map((r) => r.runnerCpu), f1)} | ${busy} | ${f0(median(rounds.map((r) => r.w.entryBytes)))} | ${f0(median(rounds.map((r) => r.w.kvBytes)))} |`,
    );
  }
  out.push("");
}

if (want("distinct")) {
  const d = section("distinct");
  results.distinct = d;
  const rounds = d.runTick as { same: number; distinct: number }[];
  const ratio = rounds.map((r) => r.same / r.distinct);
  out.push("1 000 distinct small programs against 1 000 vigies of one program:", "");
  out.push(`- runTick in one thread: one program ${range(rounds.map((r) => r.same))} ticks/s, distinct ${range(rounds.map((r) => r.distinct))} ticks/s: ${f2(median(ratio))}× slower (rounds ${range(ratio, f2)})`);
  const rs = d.runner.same as Window;
  const rd = d.runner.distinct as Window;
  out.push(`- through the runner (3 000 vigies, 30 000/s offered): one program ${f0(rs.ticksPerSecond)} ticks/s (${f1(rs.cpuUsPerTick)} µs CPU/tick), distinct ${f0(rd.ticksPerSecond)} ticks/s (${f1(rd.cpuUsPerTick)} µs CPU/tick): ${f2(rs.ticksPerSecond / rd.ticksPerSecond)}×`, "");
}

const text = out.join("\n");
process.stdout.write(text + "\n");
const file = values.out ?? (quick ? join(tmpdir(), "vigy-runner-bench-quick.json") : fileURLToPath(new URL("./results.json", import.meta.url)));
writeFileSync(file, JSON.stringify({ ...results, table: text }, null, 2) + "\n");
