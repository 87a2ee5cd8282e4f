/**
 * The benchmark suite: for each program, child processes measure (1) warm throughput,
 * latency, heap per tick, compile time and module size, with V8's full optimising pipeline;
 * (2) the same ticks on the cold-code tier (`--max-opt=1`: baseline code only, as for a vigy
 * that ticks too rarely to be optimised); (3) the first tick in a fresh process, loading
 * included. Results carry the ratios docs/performance.md reports.
 */
import { spawnSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import type { FirstTickResult, Job, TierResult, WarmResult } from "./job.js";
import { roundRatio } from "./measure.js";

export interface BenchSubject {
  readonly name: string;
  /** Absolute path of the .lisp program. */
  readonly file: string;
  /** Initial kv (JSON object text) and tick start: the host fixture every variant gets. */
  readonly kv: string;
  readonly now: number;
  /** Absolute path of a module whose default export is the hand-written `(host) => void` tick. */
  readonly hand?: string;
  /** Likewise, the program's own steps translated one by one (where the hand-written tick takes shortcuts). */
  readonly literal?: string;
}

export interface BenchOptions {
  /** Seconds per variant for Benchmark.js (default 2). */
  readonly maxTime?: number;
  readonly quick?: boolean;
  /** Progress lines (stderr). */
  readonly log?: (line: string) => void;
}

export interface ProgramResult {
  readonly name: string;
  readonly file: string;
  readonly warm: WarmResult;
  readonly coldTier: TierResult;
  readonly firstTickMs: { readonly compiled: number; readonly interp: number };
  readonly ratios: {
    /** compiled ticks/s ÷ interpreter ticks/s (warm; the median of the per-round ratios). */
    readonly compiledVsInterp: number;
    /** hand-written ticks/s ÷ compiled ticks/s (warm, per round, median); 1 means as fast as hand-written JS. */
    readonly handVsCompiled: number | null;
    /** literal-translation ticks/s ÷ compiled ticks/s: what compiling costs over the program's own steps in JS. */
    readonly literalVsCompiled: number | null;
    readonly coldTierCompiledVsInterp: number;
    readonly coldTierHandVsCompiled: number | null;
  };
}

export interface SuiteResult {
  readonly date: string;
  readonly machine: { readonly node: string; readonly cpus: string; readonly cores: number; readonly memGiB: number; readonly platform: string };
  readonly quick: boolean;
  readonly programs: ProgramResult[];
}

const TS = import.meta.url.endsWith(".ts");
const CHILD = fileURLToPath(new URL(TS ? "./child.ts" : "./child.js", import.meta.url));

function runChild(job: Job, nodeFlags: readonly string[]): unknown {
  const args = [...(TS ? ["--import", "tsx"] : []), ...nodeFlags, CHILD, JSON.stringify(job)];
  // Under tsx (npm run bench) the child loads tsx too, resolved from the project root.
  const cwd = TS ? fileURLToPath(new URL("../../", import.meta.url)) : undefined;
  const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 16 << 20, cwd });
  if (r.status !== 0) throw new Error(`benchmark child failed (${job.mode} ${job.file}):\n${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!);
}

// A young generation large enough that no scavenge runs while heap growth per tick is measured.
const WARM_FLAGS = ["--expose-gc", "--min-semi-space-size=128", "--max-semi-space-size=128"];
const COLD_TIER_FLAGS = ["--max-opt=1"];

export function benchProgram(s: BenchSubject, opts: BenchOptions = {}): ProgramResult {
  const base = { file: s.file, kv: s.kv, now: s.now, hand: s.hand, literal: s.literal, maxTime: opts.maxTime ?? 2, quick: opts.quick ?? false };
  opts.log?.(`${s.name}: warm`);
  const warm = runChild({ ...base, mode: "warm" }, WARM_FLAGS) as WarmResult;
  opts.log?.(`${s.name}: cold tier (--max-opt=1)`);
  const coldTier = runChild({ ...base, mode: "tier", maxTime: Math.min(1, base.maxTime) }, COLD_TIER_FLAGS) as TierResult;
  opts.log?.(`${s.name}: first tick`);
  const first = (variant: "compiled" | "interp") => (runChild({ ...base, mode: "first-tick", variant }, []) as FirstTickResult).ms;
  const firstTickMs = { compiled: first("compiled"), interp: first("interp") };
  return {
    name: s.name,
    file: s.file,
    warm,
    coldTier,
    firstTickMs,
    ratios: {
      compiledVsInterp: roundRatio(warm.rounds.compiled, warm.rounds.interp)!,
      handVsCompiled: roundRatio(warm.rounds.hand, warm.rounds.compiled),
      literalVsCompiled: roundRatio(warm.rounds.literal, warm.rounds.compiled),
      coldTierCompiledVsInterp: roundRatio(coldTier.rounds.compiled, coldTier.rounds.interp)!,
      coldTierHandVsCompiled: roundRatio(coldTier.rounds.hand, coldTier.rounds.compiled),
    },
  };
}

export function machine(): SuiteResult["machine"] {
  const c = cpus();
  return {
    node: process.version,
    cpus: c[0]?.model.trim() ?? "unknown",
    cores: c.length,
    memGiB: Math.round(totalmem() / 2 ** 30),
    platform: `${process.platform}-${process.arch}`,
  };
}

export function runSuite(subjects: readonly BenchSubject[], opts: BenchOptions = {}): SuiteResult {
  return { date: new Date().toISOString(), machine: machine(), quick: opts.quick ?? false, programs: subjects.map((s) => benchProgram(s, opts)) };
}
