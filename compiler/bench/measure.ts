/** Timing primitives: Benchmark.js rates, per-tick latency percentiles, heap growth per tick. */
import Benchmark from "benchmark";

export interface Rate {
  /** Median over the rounds. */
  readonly hz: number;
  readonly rme: number;
  /** Ticks per second in each round. */
  readonly rounds: number[];
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * Untimed ticks of each function before the first round. Benchmark.js's own calibration is
 * shorter than V8's tiering: without this, the first round of the allocation-heavy programs
 * ran 10-30% slower than the later ones (the compiled strings tick most of all).
 */
const WARM_UP_SECONDS = 1;

/**
 * Benchmark.js rates of several functions, measured in `rounds` interleaved rounds (each
 * function for maxTime/rounds seconds per round). The machine's speed drifts over seconds;
 * interleaving exposes every function to the same drift, and ratios are taken per round.
 */
export function rates(fns: ReadonlyMap<string, () => unknown>, maxTime: number, quick: boolean, rounds = quick ? 1 : 3): Map<string, Rate> {
  const perRound = new Map<string, { hz: number; rme: number }[]>([...fns.keys()].map((k) => [k, []]));
  const options = quick ? { maxTime: 0.02, minSamples: 1, minTime: 0.005, initCount: 1 } : { maxTime: maxTime / rounds, minSamples: 5 };
  if (!quick) for (const fn of fns.values()) loopRate(fn, WARM_UP_SECONDS);
  for (let r = 0; r < rounds; r++) {
    const suite = new Benchmark.Suite();
    for (const [name, fn] of fns) suite.add(name, fn, options);
    suite.on("cycle", (e: Benchmark.Event) => perRound.get(e.target.name!)!.push({ hz: e.target.hz!, rme: e.target.stats!.rme }));
    suite.run({ async: false });
  }
  const out = new Map<string, Rate>();
  for (const [name, rs] of perRound) out.set(name, { hz: median(rs.map((x) => x.hz)), rme: median(rs.map((x) => x.rme)), rounds: rs.map((x) => x.hz) });
  return out;
}

/** The median over rounds of a[i] / b[i]: a ratio that machine drift between rounds cannot skew. */
export function roundRatio(a: readonly number[] | undefined, b: readonly number[] | undefined): number | null {
  if (a === undefined || b === undefined || a.length === 0 || a.length !== b.length) return null;
  return median(a.map((x, i) => x / b[i]!));
}

/** Monotonic milliseconds. */
export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Per-call milliseconds: up to `max` calls or `seconds`, whichever ends first (after 20 warm-up calls). */
export function latency(fn: () => unknown, max: number, seconds: number): { p50: number; p99: number; samples: number } {
  for (let i = 0; i < Math.min(20, max); i++) fn();
  const samples: number[] = [];
  const end = now() + seconds * 1000;
  while (samples.length < max && (samples.length === 0 || now() < end)) {
    const t0 = now();
    fn();
    samples.push(now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), samples: samples.length };
}

/**
 * Bytes allocated per call: heap growth over `n` calls right after a full GC. The process must
 * run with --expose-gc and a young generation large enough that no scavenge happens meanwhile
 * (--min-semi-space-size = --max-semi-space-size); the median of three runs is reported.
 */
export function heapPerCall(fn: () => unknown, n: number): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return null;
  for (let i = 0; i < 5; i++) fn();
  const runs: number[] = [];
  for (let r = 0; r < 3; r++) {
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < n; i++) fn();
    runs.push((process.memoryUsage().heapUsed - before) / n);
  }
  runs.sort((a, b) => a - b);
  return Math.max(0, Math.round(runs[1]!));
}

/** Calls per second of a plain timed loop (for tiers where Benchmark.js's overhead would dominate). */
export function loopRate(fn: () => unknown, seconds: number): number {
  let calls = 0;
  const t0 = now();
  const end = t0 + seconds * 1000;
  do {
    fn();
    calls++;
  } while (now() < end);
  return (calls * 1000) / (now() - t0);
}

/** Mean milliseconds of `fn` over at least `seconds` (and at least once). */
export function meanMs(fn: () => unknown, seconds: number): number {
  let calls = 0;
  const t0 = now();
  do {
    fn();
    calls++;
  } while (now() - t0 < seconds * 1000);
  return (now() - t0) / calls;
}
