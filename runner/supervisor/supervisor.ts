/**
 * The supervisor owns the tick workers and decides which one owns which vigy. Ticks run in
 * workers so that a runaway tick can be stopped without touching the others:
 *
 *  - a watchdog reads each worker's running slot every WATCHDOG_MS: a tick past its vigy's
 *    budget gets its worker terminated, a `stopped` failed run recorded for that vigy, and every
 *    vigy the worker owned placed again from the committed state;
 *  - a worker that dies (out of memory: each has a heap limit) is handled the same way, the slot
 *    naming whose tick it was running;
 *  - a tick that runs past `stallMs` on a general worker moves that worker's other vigies to a
 *    ready spare at once, so they keep their schedule while it runs on; the worker is retired
 *    when the tick ends or is stopped;
 *  - a vigy that overran once lives in the slow lane from then on (one worker for all such
 *    vigies, never evacuated), so it cannot delay the fleet again.
 *
 * Placing a vigy always starts from the store: the runs already accepted are committed first
 * (the committer drains), then its kv, journal head and failure count are loaded. Runs a
 * replaced worker sent after that are ignored (their handle is gone), so a worker's state and
 * the store never disagree about what was committed.
 */
import type { RunOutcome, FromWorker, VigySettings } from "../exec/protocol.js";
import { monoNow, type RunningTick } from "../exec/running-slot.js";
import { failureBackoffMs } from "../schedule/backoff.js";
import { anchorFor } from "../schedule/fixed-rate.js";
import type { EventLoopUtilization } from "node:perf_hooks";
import type { Store, VigyRow } from "../store/store.js";
import type { Committer } from "./committer.js";
import type { CompileService, CompiledCode } from "./compile-service.js";
import { stoppedRun } from "./stopped-run.js";
import { TickWorker, type Role } from "./tick-worker.js";

export const WATCHDOG_MS = 20;
const SPARE_DELAY_MS = 2000;

export interface SupervisorOptions {
  readonly workers: number;
  /** A tick running this long on a general worker moves the worker's other vigies away. */
  readonly stallMs: number;
  /** Heap limit of each tick worker. */
  readonly heapMb: number;
  /** Runs accepted from the workers, to commit. */
  readonly onRuns: (runs: readonly RunOutcome[]) => void;
  /** Something the operator should know (a tick stopped, vigies moved). */
  readonly onNotice: (vigy: string | null, text: string) => void;
  /** The store failed while placing a vigy: the runner cannot go on. */
  readonly onFatal: (e: unknown) => void;
}

interface Managed {
  row: VigyRow;
  handle: number;
  worker: TickWorker | null;
  head: { seq: number; digest: string } | null;
  code: CompiledCode | null;
  /** Lives in the slow lane (it overran once). */
  slow: boolean;
  /** Ticks on its schedule (else only on request: a disabled or out-of-scope vigy asked to tick now). */
  scheduled: boolean;
  anchor: number;
  /** Placements of one vigy happen one after another. */
  op: Promise<void>;
  removed: boolean;
}

const rate = (m: Managed): number => (m.scheduled && m.row.enabled ? 1000 / m.row.intervalMs : 0);

export interface VigyPlacement {
  readonly worker: number | null;
  readonly slow: boolean;
}

export class Supervisor {
  private readonly vigies = new Map<string, Managed>();
  private readonly byHandle = new Map<number, Managed>();
  private general: TickWorker[] = [];
  private spare: TickWorker | null = null;
  private slow: TickWorker | null = null;
  private readonly all = new Set<TickWorker>();
  private nextHandle = 1;
  private readonly watchdog: NodeJS.Timeout;
  private stopping = false;
  private readonly stopWaiters = new Map<TickWorker, () => void>();
  private readonly started = Date.now();

  constructor(
    private readonly store: Store,
    private readonly compiler: CompileService,
    private readonly committer: Committer,
    private readonly opts: SupervisorOptions,
  ) {
    for (let i = 0; i < Math.max(1, opts.workers); i++) this.general.push(this.spawn("general"));
    // The spare starts once the fleet is under way, not competing with the first workers for the CPU.
    setTimeout(() => {
      if (!this.stopping && this.spare === null) this.spare = this.spawn("spare");
    }, SPARE_DELAY_MS).unref();
    this.watchdog = setInterval(() => this.watch(), WATCHDOG_MS);
  }

  // ---- workers

  private spawn(role: Role): TickWorker {
    const w = new TickWorker(role, this.opts.heapMb);
    this.all.add(w);
    w.worker.on("message", (m: FromWorker) => this.fromWorker(w, m));
    w.worker.on("error", (e: Error & { code?: string }) => {
      if (w.dead) return;
      const reason =
        e.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? `stopped: the tick ran out of memory (a tick worker's heap is limited to ${this.opts.heapMb} MB)`
          : `stopped: the tick worker failed: ${e.message}`;
      this.halt(w, reason);
    });
    w.worker.on("exit", (code) => {
      this.all.delete(w);
      this.stopWaiters.get(w)?.();
      if (this.stopping) w.dead = true; // it finished and ended, as asked
      if (!w.dead) this.halt(w, `stopped: the tick worker exited (status ${code})`);
    });
    return w;
  }

  /** Take `w` out of service; its role is filled again (the spare steps in). */
  private retire(w: TickWorker): void {
    if (w.role === "general") {
      this.general = this.general.filter((x) => x !== w);
      const next = this.spare ?? this.spawn("spare");
      next.role = "general";
      this.general.push(next);
      this.spare = this.stopping ? null : this.spawn("spare");
    } else if (w.role === "spare") {
      this.spare = this.stopping ? null : this.spawn("spare");
    } else if (this.slow === w) {
      this.slow = null;
    }
  }

  private leastLoaded(): TickWorker {
    let best: TickWorker | undefined;
    for (const w of this.general) if (!w.dead && !w.evacuated && (best === undefined || w.load < best.load)) best = w;
    if (best === undefined) {
      best = this.spawn("general");
      this.general.push(best);
    }
    return best;
  }

  private slowLane(): TickWorker {
    if (this.slow === null || this.slow.dead) this.slow = this.spawn("slow");
    return this.slow;
  }

  // ---- vigies

  private settings(m: Managed): VigySettings {
    return { intervalMs: m.row.intervalMs, budgetMs: m.row.budgetMs, enabled: m.scheduled && m.row.enabled };
  }

  /** Start ticking a vigy (or hold it unscheduled, for tick-now only). */
  add(row: VigyRow, scheduled = true): Promise<void> {
    const old = this.vigies.get(row.id);
    if (old !== undefined && !old.removed) {
      if (scheduled && !old.scheduled) {
        old.scheduled = true;
        this.update(row);
      }
      return old.op;
    }
    const m: Managed = {
      row,
      handle: 0,
      worker: null,
      head: null,
      code: null,
      slow: false,
      scheduled,
      anchor: anchorFor(row.id, row.intervalMs, Math.max(monoNow(), this.started)),
      op: Promise.resolve(),
      removed: false,
    };
    this.vigies.set(row.id, m);
    return this.place(m);
  }

  /** New settings for a vigy (interval, budget, enabled). */
  update(row: VigyRow): void {
    const m = this.vigies.get(row.id);
    if (m === undefined || m.removed) return;
    if (row.digest !== m.row.digest) {
      // Same name and program under another file name: positions change, so recompile.
      m.row = row;
      this.release(m);
      void this.place(m);
      return;
    }
    if (row.intervalMs !== m.row.intervalMs) m.anchor = anchorFor(row.id, row.intervalMs, monoNow());
    if (m.worker !== null) m.worker.load -= rate(m);
    m.row = row;
    if (m.worker !== null) {
      m.worker.load += rate(m);
      m.worker.budgets.set(m.handle, row.budgetMs);
      m.worker.post({ type: "update", handle: m.handle, settings: this.settings(m), anchor: m.anchor });
    }
  }

  /** Stop ticking a vigy (disabled, deleted, replaced). */
  remove(id: string): void {
    const m = this.vigies.get(id);
    if (m === undefined) return;
    m.removed = true;
    this.vigies.delete(id);
    this.release(m);
  }

  has(id: string): boolean {
    return this.vigies.has(id);
  }

  isScheduled(id: string): boolean {
    return this.vigies.get(id)?.scheduled ?? false;
  }

  /** Each live worker's event-loop utilisation since `since` (or since it started). */
  utilization(since?: ReadonlyMap<number, EventLoopUtilization>): Map<number, { role: Role; elu: EventLoopUtilization }> {
    const out = new Map<number, { role: Role; elu: EventLoopUtilization }>();
    for (const w of this.all) {
      if (w.dead) continue;
      const now = w.worker.performance.eventLoopUtilization();
      const before = since?.get(w.id);
      out.set(w.id, { role: w.role, elu: before === undefined ? now : w.worker.performance.eventLoopUtilization(now, before) });
    }
    return out;
  }

  placement(id: string): VigyPlacement | undefined {
    const m = this.vigies.get(id);
    return m === undefined ? undefined : { worker: m.worker?.id ?? null, slow: m.slow };
  }

  /** Tick a vigy now, outside its schedule (it is held unscheduled if it is not ticking). */
  async tickNow(row: VigyRow, request: number): Promise<void> {
    await this.add(row, this.vigies.get(row.id)?.scheduled ?? false);
    const m = this.vigies.get(row.id);
    if (m === undefined || m.worker === null) throw new Error(`${row.name} could not be placed on a worker`);
    m.worker.post({ type: "tick-now", handle: m.handle, request });
  }

  private release(m: Managed): void {
    if (m.handle === 0) return;
    this.byHandle.delete(m.handle);
    const w = m.worker!;
    w.owned.delete(m.handle);
    w.load -= rate(m);
    w.post({ type: "release", handle: m.handle });
    m.handle = 0;
    m.worker = null;
  }

  private place(m: Managed): Promise<void> {
    m.op = m.op
      .then(async () => {
        if (m.removed || this.stopping) return;
        m.code = await this.compiler.compile(m.row.digest, m.row.file, m.row.program);
        for (const d of m.code.diagnostics) this.opts.onNotice(m.row.name, d);
        // What was accepted for it must be in the store before its state is read back.
        while (!(await this.committer.drain(5000))) {
          if (m.removed || this.stopping) return;
          this.opts.onNotice(m.row.name, "waiting for the store to accept earlier runs before taking the vigy over");
        }
        const state = await this.store.loadState(m.row.id);
        if (m.removed || this.stopping || m.handle !== 0) return;
        const w = m.slow ? this.slowLane() : this.leastLoaded();
        w.ensureProgram(m.code);
        m.handle = this.nextHandle++;
        m.worker = w;
        m.head = state.head;
        this.byHandle.set(m.handle, m);
        w.owned.add(m.handle);
        w.budgets.set(m.handle, m.row.budgetMs);
        w.load += rate(m);
        w.post({
          type: "assign",
          handle: m.handle,
          id: m.row.id,
          name: m.row.name,
          digest: m.row.digest,
          settings: this.settings(m),
          kv: state.kv.map((v) => [v.key, v.text, v.seq] as const),
          head: state.head,
          failures: state.failures,
          anchor: m.anchor,
          notBefore: state.failures > 0 ? monoNow() + failureBackoffMs(state.failures) : 0,
        });
      })
      .catch((e) => this.opts.onFatal(e));
    return m.op;
  }

  // ---- what workers send

  private fromWorker(w: TickWorker, msg: FromWorker): void {
    if (msg.type === "stopped") {
      this.stopWaiters.get(w)?.();
      return;
    }
    if (msg.type !== "results" || w.dead) return;
    const accepted: RunOutcome[] = [];
    for (const r of msg.runs) {
      const m = this.byHandle.get(r.handle);
      if (m === undefined || m.worker !== w) continue; // from an ownership that was given up
      m.head = { seq: r.seq, digest: r.digest };
      accepted.push(r);
      if (r.request !== undefined && !m.scheduled) this.remove(m.row.id);
    }
    if (accepted.length > 0) this.opts.onRuns(accepted);
  }

  // ---- containment

  private watch(): void {
    const now = monoNow();
    for (const w of this.all) {
      if (w.dead) continue;
      const t = w.slot.read();
      if (t === null) {
        if (w.evacuated) this.retireEvacuated(w);
        continue;
      }
      const m = this.byHandle.get(t.handle);
      const elapsed = now - t.startedAt;
      const budget = m?.row.budgetMs ?? w.budgets.get(t.handle) ?? Infinity;
      if (elapsed > budget) this.halt(w, `stopped: the tick ran longer than its budget of ${budget} ms`);
      else if (elapsed > this.opts.stallMs && w.role === "general" && !w.evacuated) this.evacuate(w, t.handle);
    }
  }

  /** A tick overran on `w`: its other vigies move to other workers now. */
  private evacuate(w: TickWorker, offender: number): void {
    w.evacuated = true;
    this.retire(w);
    const m = this.byHandle.get(offender);
    if (m !== undefined) m.slow = true;
    const moved = [...w.owned].filter((h) => h !== offender).map((h) => this.byHandle.get(h)!);
    for (const v of moved) {
      this.release(v);
      void this.place(v);
    }
    this.opts.onNotice(m?.row.name ?? null, `a tick has run past ${this.opts.stallMs} ms; the ${moved.length} other vigies of its worker moved to another worker`);
  }

  /** The overrunning tick of an evacuated worker ended: its vigy goes to the slow lane, the worker away. */
  private retireEvacuated(w: TickWorker): void {
    w.dead = true;
    const rest = [...w.owned].map((h) => this.byHandle.get(h)!);
    for (const v of rest) this.release(v);
    void w.kill();
    for (const v of rest) {
      v.slow = true;
      void this.place(v);
      this.opts.onNotice(v.row.name, "moved to the slow lane (its tick overran)");
    }
  }

  /** Stop `w` now: the tick it runs is recorded as stopped, its vigies are placed again. */
  private halt(w: TickWorker, reason: string): void {
    const t: RunningTick | null = w.slot.read();
    const running = t === null ? undefined : this.byHandle.get(t.handle);
    if (!w.evacuated) this.retire(w);
    w.dead = true;
    void w.kill();
    const victims = [...w.owned].map((h) => this.byHandle.get(h)!);
    for (const v of victims) this.release(v);
    if (this.stopping) return;
    if (running !== undefined && t !== null) {
      const run = stoppedRun(
        { handle: t.handle, id: running.row.id, program: running.row.digest, gensymBase: running.code?.gensymBase ?? 0, head: running.head },
        t,
        monoNow(),
        reason,
      );
      running.head = { seq: run.seq, digest: run.digest };
      running.slow = true;
      this.opts.onRuns([run]);
      this.opts.onNotice(running.row.name, `${reason}; it now ticks in the slow lane`);
    } else {
      this.opts.onNotice(null, `a tick worker was lost (${reason}); its vigies are placed again`);
    }
    for (const v of victims) void this.place(v);
  }

  // ---- the end

  /** Every worker finishes the tick it runs and sends its runs; one that does not within `ms` is terminated. */
  async stop(ms: number): Promise<void> {
    this.stopping = true;
    clearInterval(this.watchdog);
    const live = [...this.all].filter((w) => !w.dead);
    await Promise.all(
      live.map(
        (w) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, ms);
            this.stopWaiters.set(w, () => {
              clearTimeout(timer);
              resolve();
            });
            w.post({ type: "stop" });
          }),
      ),
    );
    // A worker that stopped ends by itself; the others (stuck in a tick) are terminated.
    await Promise.all(live.map((w) => (this.all.has(w) ? exitOrKill(w, 200) : Promise.resolve())));
  }
}

function exitOrKill(w: TickWorker, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => void w.kill().then(() => resolve()), ms);
    w.worker.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
