/**
 * The runner benchmark's sections; each runs in a process of its own (run.ts starts them), so
 * that CPU time and memory are the section's alone. `tsx bench/runner/sections.ts NAME [--quick]`
 * prints one JSON object.
 */
import { readFileSync } from "node:fs";
import { compile } from "../../compiler/emit/compile.js";
import { loadCompiled } from "../../compiler/engine.js";
import { jsonText, parseJson, type Json } from "../../runtime/vigy/json.js";
import { MemoryKv } from "../../runtime/vigy/kv-store.js";
import { runTick } from "../../runtime/vigy/runner.js";
import { FIXTURES } from "../fixtures.js";
import { PROGRAMS } from "../programs/index.js";
import { measure, registerFleet, sleep, tempStore, type Fleet, type Window } from "./harness.js";

const quick = process.argv.includes("--quick");
const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(name);
  return i < 0 ? dflt : Number(process.argv[i + 1]);
};

const HELLO = readFileSync(new URL("../../examples/hello-vigy.lisp", import.meta.url), "utf8");

async function fleetWindow(f: Fleet, workers: number, warmupMs: number, windowMs: number): Promise<Window> {
  const t = tempStore();
  try {
    await registerFleet(t.store, f);
    return await measure(t.store, t.file, { workers, warmupMs, windowMs });
  } finally {
    await t.store.close();
    t.remove();
  }
}

/** Durable ticks per second: more hello vigies than one process can tick, every tick committed. */
async function throughput() {
  const count = arg("--vigies", quick ? 500 : 5000);
  const out: Record<string, Window> = {};
  for (const workers of [1, 2]) {
    out[`workers=${workers}`] = await fleetWindow({ name: "hello", program: HELLO, file: "hello-vigy.lisp", count, intervalMs: 100 }, workers, quick ? 3000 : 5000, quick ? 1000 : 10_000);
  }
  return { offeredPerSecond: count * 10, ...out };
}

/** 1 000 vigies every 100 ms for 60 s: lag, CPU, memory (against the same runner with no vigies). */
async function scale() {
  const count = arg("--vigies", 1000);
  const seconds = arg("--seconds", quick ? 2 : 60);
  return { vigies: count, window: await fleetWindow({ name: "hello", program: HELLO, file: "hello-vigy.lisp", count, intervalMs: 100 }, 1, 3000, seconds * 1000) };
}

function fixtureKv(name: string): Map<string, string> {
  const kv = parseJson(FIXTURES[name]!.kv) as Map<string, Json>;
  return new Map([...kv].map(([k, v]) => [k, jsonText(v)]));
}

/**
 * runTick on MemoryKv stores in a loop on this thread, `stores` of them ticked in turn (as many
 * as the runner's fleet, so both keep the same state in memory): ticks per second, CPU µs per tick.
 */
function baseline(source: string, file: string, kv: string | undefined, stores: number, ms: number): { ticksPerSecond: number; cpuUsPerTick: number } {
  const program = loadCompiled(compile(source, { filename: file, shape: "function", sourcemap: "none" }).code);
  const kvs = Array.from({ length: stores }, () => new MemoryKv(kv === undefined ? [] : (parseJson(kv) as Map<string, Json>)));
  let now = 1_700_000_000_000;
  let i = 0;
  const tick = () => runTick(program, kvs[i++ % stores]!, { now: (now += 100), clock: () => now });
  for (const end = performance.now() + Math.min(1000, ms); performance.now() < end; ) tick();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  for (const end = t0 + ms; performance.now() < end; n++) tick();
  const secs = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return { ticksPerSecond: n / secs, cpuUsPerTick: (c.user + c.system) / n };
}

/** Each benchmark program through the runner and the SQLite store, against runTick on MemoryKv, side by side. */
async function store() {
  const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1]!.split(",") : undefined;
  const out: Record<string, unknown> = {};
  for (const p of PROGRAMS.filter((x) => only === undefined || only.includes(x.name))) {
    const source = readFileSync(p.file, "utf8");
    const file = `${p.name}.lisp`;
    const rounds: { base1: number; base: number; runner: number; baseCpu: number; runnerCpu: number; count: number; w: Window }[] = [];
    for (let r = 0; r < (quick ? 1 : 3); r++) {
      const one = baseline(source, file, FIXTURES[p.name]!.kv, 1, quick ? 300 : 2000);
      // Offer half again what one thread ticks bare, so the runner runs flat out; at most 800
      // vigies of the big-kv programs, whose state a tick worker keeps in memory.
      const count = Math.max(50, Math.min(quick ? 300 : p.name === "hello" || p.name === "tear-mirror" ? 3000 : 800, Math.ceil((one.ticksPerSecond * 1.5) / 10)));
      const b = baseline(source, file, FIXTURES[p.name]!.kv, count, quick ? 300 : 3000);
      const w = await fleetWindow({ name: p.name, program: source, file, count, intervalMs: 100, kv: fixtureKv(p.name) }, 1, quick ? 3000 : 4000, quick ? 1000 : 6000);
      rounds.push({ base1: one.ticksPerSecond, base: b.ticksPerSecond, runner: w.ticksPerSecond, baseCpu: b.cpuUsPerTick, runnerCpu: w.cpuUsPerTick, count, w });
    }
    out[p.name] = rounds;
  }
  return out;
}

/** 1 000 distinct small programs against 1 000 vigies of one program: runTick in one thread, then the runner. */
async function distinct() {
  const n = 1000;
  const ms = quick ? 300 : 3000;
  const src = (i: number): string => `(vigy-log "info" "hello from vigy ${i}") (vigy-noop) (vigy-incr "n")`;
  const load = (s: string) => loadCompiled(compile(s, { filename: "v.lisp", shape: "function", sourcemap: "none" }).code);
  const one = load(src(0));
  const many = Array.from({ length: n }, (_, i) => load(src(i)));
  const kvs = Array.from({ length: n }, () => new MemoryKv());
  const rate = (pick: (i: number) => ReturnType<typeof load>): number => {
    let now = 1000;
    let ticks = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < ms) {
      for (let i = 0; i < n; i++) runTick(pick(i), kvs[i]!, { now: ++now, clock: () => now });
      ticks += n;
    }
    return ticks / ((performance.now() - t0) / 1000);
  };
  const rounds: { same: number; distinct: number }[] = [];
  for (let r = 0; r < (quick ? 1 : 4); r++) rounds.push({ same: rate(() => one), distinct: rate((i) => many[i]!) });
  const program = '(vigy-log "info" "hello from vigy {i}") (vigy-noop) (vigy-incr "n")';
  const runnerSame = await fleetWindow({ name: "same", program, file: "v.lisp", count: 3000, intervalMs: 100 }, 1, quick ? 3000 : 5000, quick ? 1000 : 8000);
  const runnerDistinct = await fleetWindow({ name: "distinct", program, file: "v.lisp", count: 3000, intervalMs: 100, distinct: true }, 1, quick ? 3000 : 5000, quick ? 1000 : 8000);
  return { runTick: rounds, runner: { same: runnerSame, distinct: runnerDistinct } };
}

const SECTIONS: Record<string, () => Promise<unknown>> = { throughput, scale, store, distinct };
const name = process.argv[2]!;
const f = SECTIONS[name];
if (f === undefined) throw new Error(`unknown section ${name} (${Object.keys(SECTIONS).join(", ")})`);
const result = await f();
await sleep(10);
process.stdout.write(JSON.stringify(result) + "\n");
process.exit(0);
