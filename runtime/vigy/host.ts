/**
 * The per-tick host (spec/vigy.md §2): tick metadata the runner sets, the buffers a program
 * appends to, and the persistent kv with its dirty/deleted bookkeeping. Intrinsics and host
 * extensions change it only through the methods below, which hold the §2 table's rules.
 */
import type { Int } from "../values/int64.js";
import type { Json, JsonObject } from "./json.js";

export const RESULTS = ["ok", "failed", "skipped"] as const;
export type ResultStatus = (typeof RESULTS)[number];
export const KINDS = ["noop", "defer", "pull", "push", "create", "update", "delete", "apply", "restart", "custom"] as const;
export type ReconcileKind = (typeof KINDS)[number];

/** A typed action; absent fields are omitted (a `nil` payload is present and null). */
export interface ReconcileAction {
  kind: ReconcileKind;
  payload?: Json;
  result?: ResultStatus;
  message?: string;
}

export const LEVELS = ["trace", "debug", "info", "warn", "error"] as const;
export type LogLevel = (typeof LEVELS)[number];
export interface LogEntry {
  level: LogLevel;
  message: string;
}
export interface HostEvent {
  kind: string;
  message: string;
}
export type ConditionStatus = "true" | "false" | "unknown";
export interface Condition {
  name: string;
  status: ConditionStatus;
  reason?: string;
  message?: string;
  /** RFC 3339, from the host clock when the condition was recorded. */
  last_transition: string;
}

export interface HostInit {
  tickStartMs?: Int;
  previousTickMs?: Int | null;
  tickCount?: Int;
  kv?: Iterable<[string, Json]>;
  /** Wall clock in epoch ms for timestamps (conditions, `vigy-mark-converged`); default Date.now. */
  clock?: () => number;
  /**
   * Where to note what the tick takes from the kv as it stood before the tick: the first read of
   * each key the tick has not yet written or deleted, with what was found (undefined: absent).
   * The runner journals these reads so that a replay can feed them back.
   */
  reads?: Map<string, Json | undefined>;
}

export class VigyHost {
  /** Epoch ms of this tick's start. */
  tickStartMs: Int;
  /** Start of the previous successful tick, if any. */
  previousTickMs: Int | null;
  /** 1-based ordinal of this tick. */
  tickCount: Int;
  clock: () => number;

  readonly actions: ReconcileAction[] = [];
  readonly log: LogEntry[] = [];
  readonly trace: JsonObject = new Map();
  readonly metrics = new Map<string, number>();
  readonly events: HostEvent[] = [];
  readonly desired: JsonObject = new Map();
  readonly observed: JsonObject = new Map();
  /** In call order; two conditions with one name are two entries. */
  readonly conditions: Condition[] = [];

  readonly kv: Map<string, Json>;
  readonly kvDirty = new Set<string>();
  readonly kvDeleted = new Set<string>();
  /** Reads of the kv as it stood before the tick, when noted (see HostInit.reads). */
  readonly reads: Map<string, Json | undefined> | null;

  constructor(init: HostInit = {}) {
    this.tickStartMs = init.tickStartMs ?? 0;
    this.previousTickMs = init.previousTickMs ?? null;
    this.tickCount = init.tickCount ?? 0;
    this.clock = init.clock ?? Date.now;
    this.kv = new Map(init.kv ?? []);
    this.reads = init.reads ?? null;
  }

  /** A read by the program (`vigy-get`, `vigy-has?`, `vigy-incr`, …): what kv holds for `key`. */
  kvGet(key: string): Json | undefined {
    const v = this.kv.get(key);
    if (this.reads !== null) this.noteRead(key, v);
    return v;
  }

  kvHas(key: string): boolean {
    return this.kvGet(key) !== undefined;
  }

  /** Only the first read of a key the tick has not changed yet tells what the store held. */
  private noteRead(key: string, v: Json | undefined): void {
    if (!this.reads!.has(key) && !this.kvDirty.has(key) && !this.kvDeleted.has(key)) this.reads!.set(key, v);
  }

  /** `vigy-set`, `vigy-incr`: write, mark dirty, and undo an earlier delete this tick. */
  kvSet(key: string, value: Json): void {
    this.kv.set(key, value);
    this.kvDirty.add(key);
    this.kvDeleted.delete(key);
  }

  /** `vigy-once`, `vigy-mark-converged`, `vigy-rate-limited?`, the runner's stamps: write, mark dirty, leave deleted alone. */
  kvStamp(key: string, value: Json): void {
    this.kv.set(key, value);
    this.kvDirty.add(key);
  }

  /** `vigy-del`: remove, unmark dirty, mark deleted even when absent; whether the key existed. */
  kvDelete(key: string): boolean {
    if (this.reads !== null) this.noteRead(key, this.kv.get(key)); // whether it existed is a read
    const existed = this.kv.delete(key);
    this.kvDirty.delete(key);
    this.kvDeleted.add(key);
    return existed;
  }

  /** The current wall-clock time as RFC 3339 (UTC, `Z`, fraction trimmed). */
  now(): string {
    return rfc3339(this.clock());
  }
}

export function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.?0+Z$/, "Z");
}
