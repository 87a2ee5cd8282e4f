/**
 * One tick with the runner's semantics (runTick, the single persistence sandwich) and its
 * journal entry: the gensym base and the tick's start are set, the host notes its kv reads,
 * every clock reading goes through `clock`, and the kv changes come from the owned kv's save.
 * A live tick reads the wall clock; a replay feeds the recorded readings back; both build the
 * entry the same way, so replaying a tick of the same program gives the same bytes.
 */
import { setNextGensym } from "../../runtime/stdlib/natives/reader-fns.js";
import { jsonText, type Json, type JsonObject } from "../../runtime/vigy/json.js";
import { runTick, type TickRecord } from "../../runtime/vigy/runner.js";
import { entryDigest, entryText } from "../journal/entry.js";
import { outJson } from "../journal/out.js";
import { isImplicitStamp } from "../store/stamps.js";
import type { LispError } from "../../runtime/errors/lisp-error.js";
import type { LoadedProgram } from "./program-loader.js";
import type { OwnedKv } from "./owned-kv.js";

export interface ChainPosition {
  readonly id: string;
  /** The run this tick will be. */
  readonly seq: number;
  readonly prev: string | null;
}

export interface JournaledTick {
  readonly record: TickRecord;
  readonly entry: string;
  readonly digest: string;
  /** kv versions to store: changed values' text, null for a deletion (less the runner's own stamps). */
  readonly writes: [string, string | null][];
  /** A failed tick's Lisp error, for its report (written by the caller once the tick's time is over). */
  readonly failure?: LispError;
}

export function journaledTick(
  program: LoadedProgram,
  kv: OwnedKv,
  at: ChainPosition,
  tickStartMs: number,
  clock: () => number,
): JournaledTick {
  const readings: number[] = [];
  const reads = new Map<string, Json | undefined>();
  setNextGensym(program.gensymBase);
  kv.beginTick();
  let failure: LispError | undefined;
  const record = runTick(program.program, kv, {
    now: tickStartMs,
    clock: () => {
      const t = clock();
      readings.push(t);
      return t;
    },
    reads,
    // Kept, not written here: writing the report (parsing the IR, mapping its functions) is not
    // the tick's work and must not count against its budget (executor.ts writes it after).
    report: (err) => void (failure = err),
  });

  const readVersions: JsonObject = new Map();
  for (const [k, v] of reads) readVersions.set(k, v === undefined ? null : kv.versions.get(k) ?? null);
  const input: JsonObject = new Map<string, Json>([
    ["clock", readings],
    ["gensym", program.gensymBase],
    ["previous_tick_ms", record.previous_tick_ms],
    ["reads", readVersions],
    ["tick", record.tick],
    ["tick_start_ms", record.tick_start_ms],
  ]);
  const set = new Map<string, string | number>();
  const writes: [string, string | null][] = [];
  const run = { seq: at.seq, tick: Number(record.tick), startedMs: tickStartMs };
  for (const [k, v] of kv.changed) {
    const text = jsonText(v);
    set.set(k, text);
    if (!isImplicitStamp(k, text, run)) writes.push([k, text]); // the store derives it from the run
  }
  for (const [k, seq] of kv.unchanged) set.set(k, seq);
  for (const k of kv.deleted) writes.push([k, null]);
  const entry = entryText({ vigy: at.id, seq: at.seq, prev: at.prev, program: program.digest, in: input, set, del: kv.deleted, out: outJson(record) });
  kv.settle(at.seq);
  return { record, entry, digest: entryDigest(entry), writes, failure };
}
