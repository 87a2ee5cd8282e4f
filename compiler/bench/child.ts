/**
 * A benchmark child process: `node [flags] child.(js|ts) '<Job JSON>'` prints one result line.
 * All variants tick the same program on identical host fixtures through the runner (`runTick`,
 * a fresh in-memory kv loaded from the fixture each tick), so they differ only in how the tick's
 * code runs: the compiled module, the reference interpreter, or hand-written JS.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import type { CompiledProgram } from "../../runtime/compiled/program.js";
import { interpreted } from "../../runtime/compiled/interpreted.js";
import { currentHost } from "../../runtime/vigy/extension.js";
import type { VigyProgram } from "../../runtime/vigy/evaluate.js";
import type { VigyHost } from "../../runtime/vigy/host.js";
import { parseJson, type Json } from "../../runtime/vigy/json.js";
import { MemoryKv } from "../../runtime/vigy/kv-store.js";
import { recordText } from "../../runtime/vigy/record.js";
import { runTick } from "../../runtime/vigy/runner.js";
import { compile } from "../emit/compile.js";
import { compileToIR } from "../frontend/compile-ir.js";
import type { FirstTickResult, Job, TierResult, Variant, WarmResult } from "./job.js";
import { heapPerCall, latency, loopRate, meanMs, median, now, rates } from "./measure.js";

const ext = import.meta.url.endsWith(".ts") ? ".ts" : ".js";
const RUNTIME = new URL(`../../runtime/compiled/index${ext}`, import.meta.url).href;

const tempDirs: string[] = [];
process.on("exit", () => tempDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Compile the program and write its module (importing this runtime) to a temp file, removed at exit. */
function writeModule(file: string, source: string): { path: string; code: string } {
  const { code } = compile(source, { filename: file, sourcemap: "none", runtime: RUNTIME });
  const dir = mkdtempSync(join(tmpdir(), "vigy-bench-"));
  tempDirs.push(dir);
  const path = join(dir, "program.mjs");
  writeFileSync(path, code);
  return { path, code };
}

async function programs(job: Job, source: string, modulePath: string): Promise<Map<Variant, VigyProgram>> {
  const m = new Map<Variant, VigyProgram>();
  m.set("compiled", ((await import(pathToFileURL(modulePath).href)) as { default: CompiledProgram }).default);
  m.set("interp", interpreted(compileToIR(source, job.file).program));
  for (const v of ["hand", "literal"] as const) {
    const file = job[v];
    if (file === undefined) continue;
    const tick = ((await import(pathToFileURL(file).href)) as { default: (host: VigyHost) => void }).default;
    m.set(v, { file, run: () => (tick(currentHost()), null) });
  }
  return m;
}

function ticker(job: Job, fixture: Map<string, Json>, p: VigyProgram): () => string {
  const clock = () => job.now;
  return () => runTick(p, new MemoryKv(fixture), { now: job.now, clock }).result;
}

async function warm(job: Job, source: string): Promise<WarmResult> {
  const fixture = parseJson(job.kv) as Map<string, Json>;
  const mod = writeModule(job.file, source);
  const progs = await programs(job, source, mod.path);

  // The variants must do the same thing before their speed means anything.
  const records = new Map([...progs].map(([v, p]) => [v, recordText(runTick(p, new MemoryKv(fixture), { now: job.now, clock: () => job.now }))]));
  const reference = records.get("interp")!;
  for (const [v, r] of records) if (r !== reference) throw new Error(`${job.file}: the ${v} tick differs from the interpreter's:\n${r}\n${reference}`);
  if (!reference.includes('"result":"ok"')) throw new Error(`${job.file}: the tick fails on its fixture:\n${reference}`);

  const fns = new Map([...progs].map(([v, p]) => [v, ticker(job, fixture, p)]));
  const hz: WarmResult["hz"] = {};
  const rme: WarmResult["rme"] = {};
  const rounds: WarmResult["rounds"] = {};
  for (const [v, r] of rates(fns, job.maxTime, job.quick)) {
    hz[v as Variant] = r.hz;
    rme[v as Variant] = r.rme;
    rounds[v as Variant] = r.rounds;
  }
  const lat: WarmResult["latency"] = {};
  const heap: WarmResult["heap"] = {};
  for (const [v, fn] of fns) {
    lat[v] = latency(fn, job.quick ? 3 : 2000, job.quick ? 0.01 : Math.min(2, job.maxTime));
    heap[v] = heapPerCall(fn, job.quick ? 2 : 50);
  }
  const lines = source.split("\n").length;
  const compileMs = meanMs(() => compile(source, { filename: job.file, sourcemap: "external" }), job.quick ? 0 : 0.5);
  return {
    hz,
    rme,
    rounds,
    latency: lat,
    heap,
    lines,
    compileMsPer1000Lines: (compileMs * 1000) / lines,
    moduleBytes: Buffer.byteLength(mod.code),
    moduleGzipBytes: gzipSync(mod.code).length,
  };
}

async function tier(job: Job, source: string): Promise<TierResult> {
  const fixture = parseJson(job.kv) as Map<string, Json>;
  const progs = await programs(job, source, writeModule(job.file, source).path);
  // Interleaved rounds, as in the warm measurement.
  const n = job.quick ? 1 : 3;
  const fns = [...progs].map(([v, p]) => [v, ticker(job, fixture, p)] as const);
  const rounds: TierResult["rounds"] = {};
  for (let r = 0; r < n; r++) for (const [v, fn] of fns) (rounds[v] ??= []).push(loopRate(fn, job.quick ? 0.01 : job.maxTime / n));
  const hz: TierResult["hz"] = {};
  for (const [v, rs] of Object.entries(rounds) as [Variant, number[]][]) hz[v] = median(rs);
  return { hz, rounds };
}

async function firstTick(job: Job, source: string): Promise<FirstTickResult> {
  const fixture = parseJson(job.kv) as Map<string, Json>;
  const path = job.variant === "compiled" ? writeModule(job.file, source).path : "";
  const t0 = now();
  const p: VigyProgram =
    job.variant === "compiled"
      ? ((await import(pathToFileURL(path).href)) as { default: CompiledProgram }).default
      : interpreted(compileToIR(source, job.file).program);
  runTick(p, new MemoryKv(fixture), { now: job.now, clock: () => job.now });
  return { ms: now() - t0 };
}

const job = JSON.parse(process.argv[2]!) as Job;
const source = readFileSync(job.file, "utf8");
const result = job.mode === "warm" ? await warm(job, source) : job.mode === "tier" ? await tier(job, source) : await firstTick(job, source);
process.stdout.write(JSON.stringify(result) + "\n");
