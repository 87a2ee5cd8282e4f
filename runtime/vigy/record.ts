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
  if (r.stdout !== "") o.set("stdout", r.stdout);
  return o;
}

export const recordText = (r: TickRecord): string => jsonText(recordJson(r));

/**
 * The record with a `toJSON` (not enumerable), so `JSON.stringify(record)` writes the JSON of
 * recordText instead of `{}` for each Map in it (plain-json.ts says where they can differ).
 */
export function jsonFriendly<R extends TickRecord>(record: R): R {
  return Object.defineProperty(record, "toJSON", { value: recordToJSON, enumerable: false, configurable: true, writable: true });
}

function recordToJSON(this: TickRecord): unknown {
  return plainJson(recordJson(this));
}

