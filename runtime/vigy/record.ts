/**
 * Tick records as canonical JSON (keys sorted at every level, floats as serde writes them), so
 * equal ticks give equal bytes whichever engine ran them. `vigyc tick --json` prints one per line.
 */
import { LFloat } from "../values/types.js";
import type { Condition, ReconcileAction } from "./host.js";
import { jsonText, type Json, type JsonObject } from "./json.js";
import { plainJson } from "./plain-json.js";
import type { TickRecord } from "./runner.js";

const obj = (entries: Iterable<[string, Json]>): JsonObject => new Map(entries);

/** Present fields only (absent payload/result/message/reason are omitted, a nil payload is null). */
function defined(o: object): JsonObject {
  return obj(Object.entries(o).filter(([, v]) => v !== undefined) as [string, Json][]);
}

export const actionJson = (a: ReconcileAction): Json => defined(a);
export const conditionJson = (c: Condition): Json => defined(c);

/** A failed tick's report as text shows it under the tick's (or run's) line: indented, no final newline. */
export const reportBelow = (report: string): string => report.replace(/\n$/, "").replace(/^(?=.)/gm, "  ");

export function recordJson(r: TickRecord): Json {
  const o: JsonObject = obj([
    ["tick", r.tick],
    ["tick_start_ms", r.tick_start_ms],
    ["previous_tick_ms", r.previous_tick_ms],
    ["result", r.result],
    ["actions", r.actions.map(actionJson)],
    ["desired", r.desired],
    ["observed", r.observed],
    ["conditions", r.conditions.map(conditionJson)],
    ["log", r.log.map((e) => defined(e))],
    ["trace", r.trace],
    ["metrics", obj([...r.metrics].map(([k, v]) => [k, Number.isFinite(v) ? new LFloat(v) : null]))],
    ["events", r.events.map((e) => defined(e))],
    ["kv", obj(r.kv)],
    ["dirty", [...r.dirty]],
    ["deleted", [...r.deleted]],
  ]);
  if (r.error !== undefined) o.set("error", r.error);
  if (r.report !== undefined) o.set("report", r.report);
  if (r.stdout !== "") o.set("stdout", r.stdout);
  return o;
}

export const recordText = (r: TickRecord): string => jsonText(recordJson(r));

/**
 * A tick record as runTick makes it: the fields of TickRecord, and on the prototype a
 * `toJSON`, so `JSON.stringify(record)` writes the JSON of recordText instead of `{}` for each
 * Map in it (plain-json.ts says where they can differ). A class, as adding the method to each
 * record object (or making it with a `__proto__`) made the hello tick 12-15 % slower.
 */
export class JsonRecord implements TickRecord {
  declare readonly tick: TickRecord["tick"];
  declare readonly tick_start_ms: TickRecord["tick_start_ms"];
  declare readonly previous_tick_ms: TickRecord["previous_tick_ms"];
  declare readonly result: TickRecord["result"];
  declare readonly error?: string;
  declare readonly report?: string;
  declare readonly actions: TickRecord["actions"];
  declare readonly desired: TickRecord["desired"];
  declare readonly observed: TickRecord["observed"];
  declare readonly conditions: TickRecord["conditions"];
  declare readonly log: TickRecord["log"];
  declare readonly trace: TickRecord["trace"];
  declare readonly metrics: TickRecord["metrics"];
  declare readonly events: TickRecord["events"];
  declare readonly stdout: string;
  declare readonly kv: TickRecord["kv"];
  declare readonly dirty: TickRecord["dirty"];
  declare readonly deleted: TickRecord["deleted"];

  constructor(r: TickRecord) {
    const self = this as { -readonly [K in keyof TickRecord]: TickRecord[K] };
    self.tick = r.tick;
    self.tick_start_ms = r.tick_start_ms;
    self.previous_tick_ms = r.previous_tick_ms;
    self.result = r.result;
    if (r.error !== undefined) self.error = r.error;
    if (r.report !== undefined) self.report = r.report;
    self.actions = r.actions;
    self.desired = r.desired;
    self.observed = r.observed;
    self.conditions = r.conditions;
    self.log = r.log;
    self.trace = r.trace;
    self.metrics = r.metrics;
    self.events = r.events;
    self.stdout = r.stdout;
    self.kv = r.kv;
    self.dirty = r.dirty;
    self.deleted = r.deleted;
  }

  toJSON(): unknown {
    return plainJson(recordJson(this));
  }
}
