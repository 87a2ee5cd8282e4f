/**
 * What the runner benchmarks share: a temporary SQLite store, registering many vigies (with a
 * starting kv), running a Runner in this process for a while and collecting what it committed
 * (ticks, lags, journal bytes), CPU time across all of the process's threads, and memory.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqliteStore } from "../../runner/store/sqlite/sqlite-store.js";
import type { Store, VigySpec } from "../../runner/store/store.js";
import { Runner, type CommittedRun } from "../../runner/supervisor/runner.js";

export interface Fleet {
  readonly name: string;
  readonly program: string;
  /** The file name positions are reported under: vigies sharing it and the program share one compiled version. */
  readonly file: string;
  readonly count: number;
  readonly intervalMs: number;
  /** Starting kv: key → canonical JSON text. */
  readonly kv?: ReadonlyMap<string, string>;
  /** A distinct program per vigy (`program` with `{i}` replaced by its number). */
  readonly distinct?: boolean;
}

export interface Window {
  /** Runs committed in the window. */
  readonly ticks: number;
  readonly seconds: number;
  readonly ticksPerSecond: number;
  /** CPU of all threads in the window, ms, and per committed tick, µs. */
  readonly cpuMs: number;
  readonly cpuUsPerTick: number;
  readonly lag: { readonly p50: number; readonly p99: number; readonly max: number };
  readonly failed: number;
  readonly skippedSlots: number;
  /** Mean journal entry bytes per run, and kv bytes written per run. */
  readonly entryBytes: number;
  readonly kvBytes: number;
  readonly rssMb: number;
  readonly storeBytesPerTick: number;
  /** Event-loop utilisation in the window: the main thread (commits), the general tick workers. */
  readonly busy: { readonly main: number; readonly workers: readonly number[] };
}

export const pct = (sorted: readonly number[], p: number): number => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!);
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export function tempStore(): { store: SqliteStore; file: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "vigy-bench-"));
  const file = join(dir, "bench.db");
  return { store: SqliteStore.open(file, { backgroundCheckpoints: true }), file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Register the fleet, each vigy with its starting kv. */
export async function registerFleet(store: Store, f: Fleet): Promise<void> {
  for (let i = 0; i < f.count; i++) {
    const spec: VigySpec = {
      name: `${f.name}-${i}`,
      program: f.distinct ? f.program.replaceAll("{i}", String(i)) : f.program,
      file: f.file,
      intervalMs: f.intervalMs,
      budgetMs: 5000,
      enabled: true,
      labels: new Map(),
    };
    const { row } = await store.register(spec, "replace");
    if (f.kv !== undefined) await store.importKv(row.id, [...f.kv]);
  }
}

export interface RunOptions {
  readonly workers: number;
  readonly warmupMs: number;
  readonly windowMs: number;
  readonly keep?: number;
}

/** Run the registered fleet; measure a window after the warm-up. */
export async function measure(store: SqliteStore, file: string, o: RunOptions): Promise<Window> {
  const expected = (await store.listVigies()).length;
  const seen = new Set<string>();
  let counting = false;
  let ticks = 0;
  let failed = 0;
  let skipped = 0;
  let entryBytes = 0;
  let kvBytes = 0;
  const lags: number[] = [];
  const notices: string[] = [];
  const runner = await Runner.start({
    store,
    workers: o.workers,
    keep: o.keep ?? 1000,
    reporter: {
      committed(runs: readonly CommittedRun[]) {
        if (seen.size < expected) for (const r of runs) seen.add(r.vigyId);
        if (!counting) return;
        for (const r of runs) {
          ticks++;
          if (r.result === "failed") failed++;
          skipped += r.skipped;
          lags.push(r.lagMs);
          entryBytes += r.entry.length;
          for (const [, t] of r.writes) kvBytes += t?.length ?? 0;
        }
      },
      notice: (v, t) => notices.push(`${v ?? ""}: ${t}`),
    },
  });
  // Every vigy placed and ticking (programs compiled, kv loaded) before the warm-up starts.
  for (let waited = 0; seen.size < expected && waited < 120_000; waited += 100) await sleep(100);
  await sleep(o.warmupMs);
  const size0 = statSync(file).size + walSize(file);
  const elu0 = performance.eventLoopUtilization();
  const workers0 = new Map([...runner.workerUtilization()].map(([id, w]) => [id, w.elu]));
  const cpu0 = cpuMs();
  const t0 = performance.now();
  counting = true;
  await sleep(o.windowMs);
  counting = false;
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuMs() - cpu0;
  const mainBusy = performance.eventLoopUtilization(elu0).utilization;
  const workerBusy = [...runner.workerUtilization(workers0)].filter(([, w]) => w.role === "general").map(([, w]) => w.elu.utilization);
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  const size1 = statSync(file).size + walSize(file);
  await runner.stop(2000);
  if (notices.length > 0) process.stderr.write(notices.slice(0, 5).join("\n") + "\n");
  lags.sort((a, b) => a - b);
  return {
    ticks,
    seconds,
    ticksPerSecond: ticks / seconds,
    cpuMs: cpu,
    cpuUsPerTick: (cpu * 1000) / Math.max(1, ticks),
    lag: { p50: pct(lags, 0.5), p99: pct(lags, 0.99), max: lags.at(-1) ?? NaN },
    failed,
    skippedSlots: skipped,
    entryBytes: entryBytes / Math.max(1, ticks),
    kvBytes: kvBytes / Math.max(1, ticks),
    rssMb,
    storeBytesPerTick: (size1 - size0) / Math.max(1, ticks),
    busy: { main: mainBusy, workers: workerBusy },
  };
}

function walSize(file: string): number {
  try {
    return statSync(file + "-wal").size;
  } catch {
    return 0;
  }
}
