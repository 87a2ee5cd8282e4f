/**
 * The runner's two stamps (`__sys::tick_count`, `__sys::prev_tick_ms`) change at every ok tick,
 * and their values are the run's own tick and start. Storing them as kv versions doubled the
 * store's work per tick (two scattered B-tree inserts, about 7 KB of WAL, for a hello tick), so
 * a stamp that holds what the runner stamped is not written: it is derived from the newest ok
 * run. A program that writes or deletes a stamp key itself writes an ordinary kv version, and at
 * one seq that version wins (the program runs after the stamps). Retention materialises the
 * stamps of the newest ok run it drops (see the stores' prune).
 */
import { PREV_TICK_KEY, TICK_COUNT_KEY } from "../../runtime/vigy/runner.js";
import type { KvVersion } from "./store.js";

export const STAMP_KEYS = [TICK_COUNT_KEY, PREV_TICK_KEY] as const;

export interface OkRun {
  readonly seq: number;
  readonly tick: number;
  readonly startedMs: number;
}

export const isStampKey = (key: string): boolean => key === TICK_COUNT_KEY || key === PREV_TICK_KEY;

/** What the runner stamped under `key` in an ok run (canonical JSON: both are ints). */
export const stampText = (key: string, run: OkRun): string => String(key === TICK_COUNT_KEY ? run.tick : run.startedMs);

/** A write the store need not keep: a stamp key holding what the runner stamped in this run. */
export const isImplicitStamp = (key: string, text: string | null, run: OkRun): boolean => isStampKey(key) && text === stampText(key, run);

/**
 * The kv from the newest explicit version of each key (text null: deleted) and the newest ok run:
 * a stamp key takes the run's stamp unless an explicit version is as new or newer.
 */
export function mergeStamps(explicit: ReadonlyMap<string, { text: string | null; seq: number }>, ok: OkRun | null): KvVersion[] {
  const out: KvVersion[] = [];
  for (const [key, v] of explicit) {
    if (ok !== null && isStampKey(key) && v.seq < ok.seq) continue; // superseded by the stamp below
    if (v.text !== null) out.push({ key, text: v.text, seq: v.seq });
  }
  if (ok !== null) {
    for (const key of STAMP_KEYS) {
      const v = explicit.get(key);
      if (v === undefined || v.seq < ok.seq) out.push({ key, text: stampText(key, ok), seq: ok.seq });
    }
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
