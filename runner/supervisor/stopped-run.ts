/**
 * The run of a tick the runner stopped (over its time budget, or its worker out of memory): a
 * failed run with the tick's metadata from the running slot and nothing else, since the tick's
 * reads and writes died with it. Its journal entry says `"stopped": true`; replay skips it.
 */
import { entryDigest, entryText } from "../journal/entry.js";
import { outJson, stoppedRecord } from "../journal/out.js";
import { uuid7 } from "../journal/uuid7.js";
import type { RunOutcome } from "../exec/protocol.js";
import type { RunningTick } from "../exec/running-slot.js";
import type { Json } from "../../runtime/vigy/json.js";

export interface StoppedVigy {
  readonly handle: number;
  readonly id: string;
  readonly program: string;
  readonly gensymBase: number;
  readonly head: { readonly seq: number; readonly digest: string } | null;
}

export function stoppedRun(v: StoppedVigy, t: RunningTick, endedAt: number, error: string): RunOutcome {
  const seq = (v.head?.seq ?? 0) + 1;
  const record = stoppedRecord(t.tick, t.tickStartMs, t.previousTickMs, error);
  const input = new Map<string, Json>([
    ["gensym", v.gensymBase],
    ["previous_tick_ms", t.previousTickMs],
    ["stopped", true],
    ["tick", t.tick],
    ["tick_start_ms", t.tickStartMs],
  ]);
  const entry = entryText({ vigy: v.id, seq, prev: v.head?.digest ?? null, program: v.program, in: input, set: new Map(), del: [], out: outJson(record) });
  const durationMs = Math.round((endedAt - t.startedAt) * 1000) / 1000;
  return {
    handle: v.handle,
    vigyId: v.id,
    seq,
    runId: uuid7(t.tickStartMs),
    tick: t.tick,
    trigger: t.slotAt === null ? "manual" : "schedule",
    slotMs: t.slotAt === null ? null : Math.round(t.slotAt),
    startedMs: t.tickStartMs,
    endedMs: t.tickStartMs + Math.round(durationMs),
    lagMs: t.slotAt === null ? 0 : Math.round((t.startedAt - t.slotAt) * 1000) / 1000,
    durationMs,
    skipped: 0,
    result: "failed",
    error,
    report: null,
    entry,
    digest: entryDigest(entry),
    writes: [],
    summary: error,
  };
}
