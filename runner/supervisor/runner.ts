/**
 * A runner: the one process that writes a store's vigies while it runs. It takes the store's
 * runner lock (a second runner gets an error naming this one), keeps the lock alive, ticks the
 * enabled vigies in its scope through the supervisor, commits their runs in groups, and polls
 * the store (every POLL_MS) for what commands changed meanwhile: registrations, enable/disable,
 * deletions and tick-now requests take effect within a second. `stop()` lets every tick in
 * flight finish, commits, and releases the lock.
 */
import { matchesSelector, type Selector } from "../registry/labels.js";
import type { RunOutcome } from "../exec/protocol.js";
import { thisHolder, HEARTBEAT_MS } from "../store/lock-policy.js";
import type { RegisterResult, Store, VigyRow, VigySpec } from "../store/store.js";
import { Committer } from "./committer.js";
import { CompileService } from "./compile-service.js";
import { Supervisor } from "./supervisor.js";

export const POLL_MS = 200;

export interface RunnerScope {
  /** Only these vigies (by name); all when absent. */
  readonly names?: ReadonlySet<string>;
  readonly selector?: Selector;
}

export interface CommittedRun extends RunOutcome {
  readonly name: string;
}

export interface Reporter {
  committed(runs: readonly CommittedRun[]): void;
  notice(vigy: string | null, text: string): void;
}

export interface RunnerOptions {
  readonly store: Store;
  readonly scope?: RunnerScope;
  readonly workers?: number;
  readonly stallMs?: number;
  readonly heapMb?: number;
  /** Runs kept per vigy. */
  readonly keep?: number;
  /** What the lock names as the holder (`run examples`). */
  readonly command?: string;
  /**
   * Register (or update, keeping the enabled state) these first, once the lock is held; the
   * runner then ticks only them (and its scope's selector still applies).
   */
  readonly register?: readonly VigySpec[];
  readonly onRegistered?: (r: RegisterResult) => void;
  readonly reporter: Reporter;
}

/**
 * Defaults: one tick worker (on two cores one thread ticks while the main thread commits); a
 * tick running 250 ms moves its worker's other vigies away (long enough that a major GC pause of
 * a worker holding thousands of vigies' state does not look like a runaway); a worker's heap holds
 * its vigies' kv, so its limit is generous (a limit, not a reservation).
 */
export const DEFAULTS = { workers: 1, stallMs: 250, heapMb: 2048, keep: 1000 };

export interface StopResult {
  /** Runs finished but not committed (the store kept failing): their ticks did not happen. */
  readonly uncommitted: number;
}

export class Runner {
  private readonly committer: Committer;
  private readonly compiler = new CompileService();
  private readonly supervisor: Supervisor;
  private readonly rows = new Map<string, VigyRow>();
  private readonly names = new Map<string, string>();
  private readonly dispatched = new Set<number>();
  private readonly waiting = new Map<string, number[]>();
  private mark = -1;
  private poller: NodeJS.Timeout | null = null;
  private beat: NodeJS.Timeout | null = null;
  private polling = false;
  private stopped: Promise<StopResult> | null = null;
  private fatal: ((e: unknown) => void) | null = null;
  /** Rejects when the runner cannot go on (store failure, lost lock); resolves when stopped. */
  readonly done: Promise<void>;

  private constructor(
    private readonly opts: RunnerOptions,
    private readonly token: string,
  ) {
    const o = { ...DEFAULTS, ...opts };
    this.done = new Promise((resolve, reject) => {
      this.fatal = reject;
      this.resolveDone = resolve;
    });
    this.done.catch(() => {});
    this.committer = new Committer(opts.store, {
      keep: o.keep,
      onCommitted: (runs) => this.committed(runs),
      onError: (e, attempt, retryMs) =>
        opts.reporter.notice(null, `commit failed (attempt ${attempt}, retrying in ${retryMs} ms; nothing is lost): ${e instanceof Error ? e.message : String(e)}`),
    });
    this.supervisor = new Supervisor(opts.store, this.compiler, this.committer, {
      workers: o.workers,
      stallMs: o.stallMs,
      heapMb: o.heapMb,
      onRuns: (runs) => this.committer.enqueue(runs),
      onNotice: (vigy, text) => opts.reporter.notice(vigy, text),
      onFatal: (e) => this.fail(e),
    });
  }

  private resolveDone: () => void = () => {};

  static async start(opts: RunnerOptions): Promise<Runner> {
    const token = await opts.store.acquireLock(thisHolder(opts.command ?? "run"));
    if (opts.register !== undefined && opts.register.length > 0) {
      // Registered under the lock: a runner that cannot start changes nothing.
      const names = new Set<string>();
      try {
        for (const spec of opts.register) {
          const res = await opts.store.register(spec, "keep-enabled");
          names.add(res.row.name);
          opts.onRegistered?.(res);
        }
      } catch (e) {
        await opts.store.releaseLock(token).catch(() => {});
        throw e;
      }
      opts = { ...opts, scope: { ...opts.scope, names } };
    }
    const r = new Runner(opts, token);
    try {
      await r.poll();
    } catch (e) {
      await r.stop();
      throw e;
    }
    r.poller = setInterval(() => void r.poll().catch((e) => r.fail(e)), POLL_MS);
    r.beat = setInterval(() => void opts.store.heartbeat(token).catch((e) => r.fail(e)), HEARTBEAT_MS);
    return r;
  }

  private fail(e: unknown): void {
    this.fatal?.(e);
    this.fatal = null;
  }

  private inScope(row: VigyRow): boolean {
    const s = this.opts.scope;
    if (s?.names !== undefined && !s.names.has(row.name)) return false;
    return s?.selector === undefined || matchesSelector(row.labels, s.selector);
  }

  /** Read what commands changed (only when the store says something did). */
  private async poll(): Promise<void> {
    if (this.polling || this.stopped !== null) return;
    this.polling = true;
    try {
      const mark = await this.opts.store.changeMark();
      if (mark === this.mark) return;
      this.mark = mark;
      await this.sync();
      await this.requests();
    } finally {
      this.polling = false;
    }
  }

  /** Read the registry and requests now (after a change this process made itself, which the store's change mark does not show). */
  refresh(): Promise<void> {
    this.mark = -1;
    return this.poll();
  }

  private async sync(): Promise<void> {
    const rows = await this.opts.store.listVigies();
    const seen = new Set<string>();
    for (const row of rows) {
      this.names.set(row.id, row.name);
      if (!this.inScope(row)) continue;
      seen.add(row.id);
      const old = this.rows.get(row.id);
      this.rows.set(row.id, row);
      if (!row.enabled) {
        if (this.supervisor.isScheduled(row.id)) this.supervisor.remove(row.id);
        continue;
      }
      if (!this.supervisor.isScheduled(row.id)) void this.supervisor.add(row);
      else if (old !== undefined && old !== row && (old.intervalMs !== row.intervalMs || old.budgetMs !== row.budgetMs || old.digest !== row.digest)) {
        this.supervisor.update(row);
      }
    }
    for (const id of [...this.rows.keys()]) {
      if (seen.has(id)) continue;
      this.rows.delete(id);
      this.supervisor.remove(id); // deleted, or replaced by a new program under its name
    }
  }

  private async requests(): Promise<void> {
    for (const r of await this.opts.store.pendingRequests()) {
      if (this.dispatched.has(r.id)) continue;
      this.dispatched.add(r.id);
      const row = (await this.opts.store.findVigy(r.vigyId)) ?? null;
      if (row === null) {
        await this.opts.store.finishRequest(r.id, null, `no vigy ${r.vigyId} (deleted?)`);
        continue;
      }
      this.names.set(row.id, row.name);
      const queue = this.waiting.get(row.id) ?? [];
      queue.push(r.id);
      this.waiting.set(row.id, queue);
      this.supervisor.tickNow(row, r.id).catch((e) => {
        void this.opts.store.finishRequest(r.id, null, e instanceof Error ? e.message : String(e));
      });
    }
  }

  private committed(runs: readonly RunOutcome[]): void {
    // The runs are this thread's own copies (from the workers' messages): name them in place.
    const named = runs as CommittedRun[];
    for (const r of named) (r as { name: string }).name = this.names.get(r.vigyId) ?? r.vigyId;
    for (const r of runs) {
      if (r.trigger !== "manual") continue;
      const queue = this.waiting.get(r.vigyId);
      if (queue === undefined || queue.length === 0) continue;
      const id = r.request !== undefined && queue.includes(r.request) ? r.request : queue[0]!;
      queue.splice(queue.indexOf(id), 1);
      void this.opts.store.finishRequest(id, r.seq, null).catch((e) => this.fail(e));
    }
    this.opts.reporter.committed(named);
  }

  /** How busy the tick workers are (event-loop utilisation), for status displays and benchmarks. */
  workerUtilization(since?: Parameters<Supervisor["utilization"]>[0]): ReturnType<Supervisor["utilization"]> {
    return this.supervisor.utilization(since);
  }

  /** Finish the ticks in flight, commit them, release the lock. */
  stop(deadlineMs = 700): Promise<StopResult> {
    this.stopped ??= (async () => {
      if (this.poller !== null) clearInterval(this.poller);
      if (this.beat !== null) clearInterval(this.beat);
      const t0 = Date.now();
      await this.supervisor.stop(Math.max(50, deadlineMs - 200));
      const ok = await this.committer.drain(Math.max(100, deadlineMs - (Date.now() - t0)));
      const uncommitted = ok ? 0 : this.committer.abandon();
      await this.compiler.close();
      await this.opts.store.releaseLock(this.token).catch(() => {});
      this.resolveDone();
      return { uncommitted };
    })();
    return this.stopped;
  }

}
