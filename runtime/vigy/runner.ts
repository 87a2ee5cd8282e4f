/**
 * One tick with the runner's semantics, the persistence sandwich of spec/vigy.md §8.3: load kv,
 * stamp `__sys::tick_count` and `__sys::prev_tick_ms`, evaluate the program afresh, then either
 * commit (dirty keys written, deleted keys removed, an `ok` record with the actions) or, on any
 * error, commit nothing (a `failed` record, no actions, kv untouched, so the next tick behaves as
 * if this one never ran).
 *
 * Unlike the original, the record keeps every buffer (log, trace, metrics, events, desired,
 * observed, conditions), also on failure (what was written before the error), and the program's
 * printed output, so callers can use them.
 */
import { asLispError, type LispError } from "../errors/lisp-error.js";
import { withOutput } from "../io/output.js";
import { add, type Int } from "../values/int64.js";
import { evaluate, type TickOptions, type VigyProgram } from "./evaluate.js";
import { VigyHost, type Condition, type HostEvent, type LogEntry, type ReconcileAction } from "./host.js";
import { asI64, type Json, type JsonObject } from "./json.js";
import type { KvStore } from "./kv-store.js";
import { JsonRecord } from "./record.js";

export const TICK_COUNT_KEY = "__sys::tick_count";
export const PREV_TICK_KEY = "__sys::prev_tick_ms";

export interface TickRecord {
  /** This tick's ordinal (1 + the stored count). */
  readonly tick: Int;
  readonly tick_start_ms: Int;
  readonly previous_tick_ms: Int | null;
  readonly result: "ok" | "failed";
  /** `eval: …` or `parse: …` with the Lisp position (failed ticks only). */
  readonly error?: string;
  /**
   * What a person is shown for a failed tick's error, when the caller gave RunTickOptions.report:
   * the function it is in with its parameters, the Lisp stack, a host bug's JS stack.
   */
  readonly report?: string;
  readonly actions: readonly ReconcileAction[];
  readonly desired: JsonObject;
  readonly observed: JsonObject;
  readonly conditions: readonly Condition[];
  readonly log: readonly LogEntry[];
  readonly trace: JsonObject;
  readonly metrics: ReadonlyMap<string, number>;
  readonly events: readonly HostEvent[];
  /** What the program printed (display, println…). */
  readonly stdout: string;
  /** The store's kv after the tick. */
  readonly kv: ReadonlyMap<string, Json>;
  /** Keys written and keys removed by this tick's commit (none when it failed), sorted. */
  readonly dirty: readonly string[];
  readonly deleted: readonly string[];
}

export interface RunTickOptions extends TickOptions {
  /** This tick's start in epoch ms (default: the clock). */
  readonly now?: Int;
  /** Wall clock for timestamps inside the tick (default Date.now). */
  readonly clock?: () => number;
  /** Where the host notes the tick's reads of the stored kv (HostInit.reads), for a journal. */
  readonly reads?: Map<string, Json | undefined>;
  /**
   * The report of a failed tick's Lisp error, for TickRecord.report (the compiler's errorReport,
   * which names functions from the program's IR; the runtime has no IR to do it).
   */
  readonly report?: (error: LispError) => string | undefined;
}

/** The error text of a failed tick (`err`: its Lisp error); JS faults that are not Lisp errors are reported, not thrown. */
function errorText(e: unknown, err: LispError | undefined, program: VigyProgram): string {
  if (err !== undefined) return (program.unreadable && err.detail.kind === "reader" ? "parse: " : "eval: ") + err.message;
  return "eval: internal error: " + (e instanceof Error ? e.message : String(e));
}

/** The ordinal and previous start of the tick about to run on `kv` (spec/vigy.md §8.3 step 3). */
export function tickStamps(kv: ReadonlyMap<string, Json>): { count: Int; previous: Int | null } {
  return { count: add(asI64(kv.get(TICK_COUNT_KEY)) ?? 0, 1), previous: asI64(kv.get(PREV_TICK_KEY)) ?? null };
}

export function runTick(program: VigyProgram, store: KvStore, opts: RunTickOptions = {}): TickRecord {
  const clock = opts.clock ?? Date.now;
  const tickStart = opts.now ?? Math.trunc(clock());
  let kv: Map<string, Json>;
  try {
    kv = store.load();
  } catch {
    kv = new Map(); // the original warns and ticks with an empty kv
  }
  const { count, previous } = tickStamps(kv);
  const host = new VigyHost({ tickStartMs: tickStart, previousTickMs: previous, tickCount: count, kv, clock, reads: opts.reads });
  host.kvStamp(TICK_COUNT_KEY, count);
  host.kvStamp(PREV_TICK_KEY, tickStart);

  let stdout = "";
  let error: string | undefined;
  let report: string | undefined;
  try {
    withOutput((s) => (stdout += s), () => evaluate(program, host, opts));
  } catch (e) {
    const err = asLispError(e);
    error = errorText(e, err, program);
    if (err !== undefined) report = opts.report?.(err);
  }

  let dirty: string[] = [];
  let deleted: string[] = [];
  // The kv after the tick without reading the store back: what was loaded (the host works on a
  // copy) when nothing is committed, else the host's kv less the deleted keys, which the store
  // removes after writing (a key both written and deleted ends up deleted).
  let after: Map<string, Json> = kv;
  if (error === undefined) {
    const writes = new Map<string, Json>();
    for (const k of host.kvDirty) if (host.kv.has(k)) writes.set(k, host.kv.get(k)!);
    if (writes.size > 0 || host.kvDeleted.size > 0) store.save(writes, host.kvDeleted);
    dirty = [...writes.keys()].sort();
    deleted = [...host.kvDeleted].sort();
    after = host.kv;
    for (const k of host.kvDeleted) after.delete(k);
  }
  return new JsonRecord({
    tick: count,
    tick_start_ms: tickStart,
    previous_tick_ms: previous,
    result: error === undefined ? ("ok" as const) : ("failed" as const),
    actions: error === undefined ? host.actions : [],
    desired: host.desired,
    observed: host.observed,
    conditions: host.conditions,
    log: host.log,
    trace: host.trace,
    metrics: host.metrics,
    events: host.events,
    stdout,
    kv: after,
    dirty,
    deleted,
    error,
    report,
  });
}
