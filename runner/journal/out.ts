/**
 * A run's `out`: the tick record's fields (runtime/vigy/record.ts) less what is not the tick's
 * own doing: its metadata (in `in`), the kv (the changes are in `kv`, the state is the store's)
 * and the error's report (what vigy-js shows a person, kept in the run's row: it names the
 * program's functions and a host's JS stack, which a replay need not reproduce byte for byte).
 */
import type { Int } from "../../runtime/values/int64.js";
import { recordJson } from "../../runtime/vigy/record.js";
import type { TickRecord } from "../../runtime/vigy/runner.js";
import type { Json, JsonObject } from "../../runtime/vigy/json.js";

const NOT_OUT = ["tick", "tick_start_ms", "previous_tick_ms", "kv", "dirty", "deleted", "report"];
const NO_KV: ReadonlyMap<string, Json> = new Map();

export function outJson(r: TickRecord): JsonObject {
  const o = recordJson({ ...r, kv: NO_KV }) as JsonObject;
  for (const f of NOT_OUT) o.delete(f);
  return o;
}

/** The record of a tick the runner stopped: failed, with nothing but its error. */
export function stoppedRecord(tick: Int, tickStartMs: Int, previousTickMs: Int | null, error: string): TickRecord {
  return {
    tick,
    tick_start_ms: tickStartMs,
    previous_tick_ms: previousTickMs,
    result: "failed",
    error,
    actions: [],
    desired: new Map(),
    observed: new Map(),
    conditions: [],
    log: [],
    trace: new Map(),
    metrics: new Map(),
    events: [],
    stdout: "",
    kv: NO_KV,
    dirty: [],
    deleted: [],
  };
}
