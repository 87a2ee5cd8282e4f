/**
 * What the benchmark parent asks a child process to measure, and what it answers. Each
 * measurement runs in a fresh Node process so that node flags (heap layout, optimisation tier)
 * and coldness are under control and runs cannot disturb each other.
 */
export type Variant = "compiled" | "interp" | "hand" | "literal";

export interface Job {
  readonly mode: "warm" | "tier" | "first-tick";
  /** The .lisp program. */
  readonly file: string;
  /** Initial kv, JSON object text (the identical host fixture for every variant). */
  readonly kv: string;
  /** Tick start (and wall clock) in epoch ms. */
  readonly now: number;
  /** A module whose default export is `(host) => void`: the hand-written JS tick. */
  readonly hand?: string;
  /** Likewise: the program's own steps translated one by one into JS (bench/literal). */
  readonly literal?: string;
  /** Seconds Benchmark.js may spend per variant (warm) or the timed loop per variant (tier). */
  readonly maxTime: number;
  /** One short iteration of everything (the smoke test). */
  readonly quick: boolean;
  /** first-tick: which engine loads and ticks. */
  readonly variant?: "compiled" | "interp";
}

export interface Latency {
  readonly p50: number;
  readonly p99: number;
  readonly samples: number;
}

export interface WarmResult {
  /** Ticks per second (Benchmark.js, median of the rounds) and its relative margin of error (%). */
  readonly hz: Partial<Record<Variant, number>>;
  readonly rme: Partial<Record<Variant, number>>;
  /** Ticks per second in each interleaved round (compiled, interp, hand, compiled, …). */
  readonly rounds: Partial<Record<Variant, number[]>>;
  /** Milliseconds per tick. */
  readonly latency: Partial<Record<Variant, Latency>>;
  /** Bytes allocated per tick (young-generation growth over many ticks; null without --expose-gc). */
  readonly heap: Partial<Record<Variant, number | null>>;
  readonly lines: number;
  readonly compileMsPer1000Lines: number;
  readonly moduleBytes: number;
  readonly moduleGzipBytes: number;
}

export interface TierResult {
  /** Median over the rounds. */
  readonly hz: Partial<Record<Variant, number>>;
  readonly rounds: Partial<Record<Variant, number[]>>;
}

export interface FirstTickResult {
  /** Loading the program (importing its module, or reading + analysing it for interp) and its first tick. */
  readonly ms: number;
}
