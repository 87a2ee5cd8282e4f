/**
 * The tick side of a worker: the vigies it owns, each with its kv, journal chain and fixed-rate
 * schedule, one timer for the earliest due tick, and the finished runs, sent to the supervisor
 * in one message per batch of ticks. Everything here runs on the worker's thread; control
 * messages are handled between ticks, so `stop` finds no tick in flight.
 */
import type { LispError } from "../../runtime/errors/lisp-error.js";
import { parseJson } from "../../runtime/vigy/json.js";
import { tickStamps } from "../../runtime/vigy/runner.js";
import { uuid7 } from "../journal/uuid7.js";
import { failureBackoffMs } from "../schedule/backoff.js";
import { dueAt, takeSlot, type Schedule } from "../schedule/fixed-rate.js";
import type { Trigger } from "../store/store.js";
import { journaledTick } from "./journaled-tick.js";
import { MinHeap } from "./min-heap.js";
import { OwnedKv } from "./owned-kv.js";
import { loadProgram, type LoadedProgram } from "./program-loader.js";
import type { AssignMsg, FromWorker, ReplayMsg, RunOutcome, ToWorker, VigySettings } from "./protocol.js";
import { monoNow, type RunningSlot } from "./running-slot.js";
import { tickSummary } from "./summary.js";

interface Owned {
  readonly handle: number;
  readonly id: string;
  readonly program: LoadedProgram;
  readonly kv: OwnedKv;
  settings: VigySettings;
  schedule: Schedule;
  seq: number;
  prev: string | null;
  failures: number;
  /** Bumped whenever its queue entry is replaced (stale heap entries are skipped). */
  gen: number;
}

const firstSlotFrom = (anchor: number, interval: number): number => Math.max(0, Math.ceil((monoNow() - anchor) / interval));

/** A kv as the store handed it over: canonical texts with their versions, parsed once. */
function ownedKv(rows: readonly (readonly [string, string, number])[]): OwnedKv {
  const kv = new OwnedKv();
  for (const [k, text, seq] of rows) {
    kv.data.set(k, parseJson(text));
    kv.versions.set(k, seq);
  }
  return kv;
}

/** Runs per message at most, so a burst reaches the store in pieces. */
const BATCH = 256;

export class Executor {
  private readonly programs = new Map<string, LoadedProgram>();
  private readonly owned = new Map<number, Owned>();
  private readonly queue = new MinHeap<[handle: number, gen: number]>();
  private batch: RunOutcome[] = [];
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Infinity;
  private stopped = false;

  constructor(
    private readonly post: (m: FromWorker) => void,
    private readonly slot: RunningSlot,
  ) {}

  handle(m: ToWorker): void {
    switch (m.type) {
      case "program":
        if (!this.programs.has(m.digest)) this.programs.set(m.digest, loadProgram(m));
        return;
      case "assign":
        return this.assign(m);
      case "update": {
        const v = this.owned.get(m.handle);
        if (v === undefined) return;
        const old = v.schedule;
        v.settings = m.settings;
        if (old.anchor !== m.anchor || old.interval !== m.settings.intervalMs) {
          // A new schedule starts at its first slot to come; the old one's passed slots are not "skipped".
          v.schedule = { anchor: m.anchor, interval: m.settings.intervalMs, next: firstSlotFrom(m.anchor, m.settings.intervalMs), notBefore: old.notBefore };
        }
        this.requeue(v);
        return;
      }
      case "release":
        this.owned.delete(m.handle);
        return;
      case "tick-now": {
        const v = this.owned.get(m.handle);
        if (v !== undefined && !this.stopped) {
          this.tick(v, "manual", null, 0, m.request);
          this.flush();
        }
        return;
      }
      case "replay":
        return this.replay(m);
      case "stop":
        this.stopped = true;
        if (this.timer !== null) clearTimeout(this.timer);
        this.flush();
        this.post({ type: "stopped" });
        return;
    }
  }

  private program(digest: string, id: string): LoadedProgram {
    const program = this.programs.get(digest);
    if (program === undefined) throw new Error(`vigy-js runner: program ${digest} was not sent before vigy ${id}`);
    return program;
  }

  /** A recorded tick again, on its recorded inputs (the kv as it stood, the clock readings, the gensym base). */
  private replay(m: ReplayMsg): void {
    const program = { ...this.program(m.digest, m.id), gensymBase: m.gensymBase };
    const kv = ownedKv(m.kv);
    let i = 0;
    let extra = 0;
    const clock = (): number => {
      if (i < m.clock.length) return m.clock[i++]!;
      extra++;
      return m.clock[m.clock.length - 1] ?? m.tickStartMs;
    };
    this.slot.begin(m.seq, monoNow(), 0, m.tickStartMs, null, null);
    try {
      const t = journaledTick(program, kv, { id: m.id, seq: m.seq, prev: m.prev }, m.tickStartMs, clock);
      this.post({ type: "replayed", seq: m.seq, entry: t.entry, extraClockReads: extra });
    } finally {
      this.slot.end();
    }
  }

  private assign(m: AssignMsg): void {
    const program = this.program(m.digest, m.id);
    const kv = ownedKv(m.kv);
    const v: Owned = {
      handle: m.handle,
      id: m.id,
      program,
      kv,
      settings: m.settings,
      schedule: { anchor: m.anchor, interval: m.settings.intervalMs, next: 0, notBefore: m.notBefore },
      seq: m.head?.seq ?? 0,
      prev: m.head?.digest ?? null,
      failures: m.failures,
      gen: 0,
    };
    // The first slot not in the past: a vigy taken over late does not count the slots before.
    v.schedule.next = firstSlotFrom(m.anchor, m.settings.intervalMs);
    this.owned.set(m.handle, v);
    this.requeue(v);
  }

  private requeue(v: Owned): void {
    v.gen++;
    if (!v.settings.enabled || this.stopped) return;
    const due = dueAt(v.schedule);
    this.queue.push(due, [v.handle, v.gen]);
    this.arm(due);
  }

  private arm(due: number): void {
    if (due >= this.timerAt) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timerAt = due;
    this.timer = setTimeout(() => this.fire(), Math.max(1, Math.ceil(due - monoNow())));
  }

  private fire(): void {
    this.timer = null;
    this.timerAt = Infinity;
    if (this.stopped) return;
    for (;;) {
      const due = this.queue.peekKey();
      if (due === undefined) break;
      const now = monoNow();
      if (due > now) {
        // Node's timers count whole milliseconds and may fire just before a fractional due time.
        this.arm(due);
        break;
      }
      const [handle, gen] = this.queue.pop()!;
      const v = this.owned.get(handle);
      if (v === undefined || v.gen !== gen) continue;
      const { at, skipped } = takeSlot(v.schedule, now);
      this.tick(v, "schedule", at, skipped);
      this.requeue(v);
      if (this.batch.length >= BATCH) this.flush();
    }
    this.flush();
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    const runs = this.batch;
    this.batch = [];
    this.post({ type: "results", runs });
  }

  /** A failed run's report; a fault in writing it is said in its place, never the worker's end. */
  private report(program: LoadedProgram, err: LispError): string | null {
    try {
      return program.report?.(err) ?? null;
    } catch (e) {
      return `vigy-js could not write the report of this error: ${e instanceof Error ? e.message : String(e)}\n`;
    }
  }

  private tick(v: Owned, trigger: Trigger, slotAt: number | null, skipped: number, request?: number): void {
    const startedAt = monoNow();
    const tickStartMs = Date.now();
    const { count, previous } = tickStamps(v.kv.data);
    this.slot.begin(v.handle, startedAt, Number(count), tickStartMs, previous === null ? null : Number(previous), slotAt);
    const seq = v.seq + 1;
    let t;
    try {
      t = journaledTick(v.program, v.kv, { id: v.id, seq, prev: v.prev }, tickStartMs, Date.now);
    } finally {
      this.slot.end();
    }
    const durationMs = monoNow() - startedAt;
    const r = t.record;
    v.seq = seq;
    v.prev = t.digest;
    if (r.result === "failed") {
      v.failures++;
      v.schedule.notBefore = monoNow() + failureBackoffMs(v.failures);
    } else {
      v.failures = 0;
      v.schedule.notBefore = 0;
    }
    const out: RunOutcome = {
      handle: v.handle,
      vigyId: v.id,
      seq,
      runId: uuid7(tickStartMs),
      tick: Number(r.tick),
      trigger,
      slotMs: slotAt === null ? null : Math.round(slotAt),
      startedMs: tickStartMs,
      endedMs: tickStartMs + Math.round(durationMs),
      lagMs: slotAt === null ? 0 : Math.round((startedAt - slotAt) * 1000) / 1000,
      durationMs: Math.round(durationMs * 1000) / 1000,
      skipped,
      result: r.result,
      error: r.error ?? null,
      report: t.failure === undefined ? null : this.report(v.program, t.failure),
      entry: t.entry,
      digest: t.digest,
      writes: t.writes,
      summary: tickSummary(r),
      ...(request === undefined ? {} : { request }),
    };
    this.batch.push(out);
  }
}
