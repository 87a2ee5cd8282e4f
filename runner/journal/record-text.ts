/**
 * A run as users see it. JSON (`--json` of run, runs, tail): the run's columns, then the tick's
 * `in`, `kv` and `out` sections from its journal entry (taken from the entry's text as they
 * are, so ints and floats keep their form):
 *
 *   {"cursor":…,"digest":…,"duration_ms":…,"ended_at":…,"error":…,"lag_ms":…,"name":…,
 *    "report":…,"result":…,"run_id":…,"seq":…,"skipped":…,"slot_at":…,"started_at":…,"tick":…,
 *    "trigger":…,"vigy":…,"in":{…},"kv":{…},"out":{…}}
 *
 * Text: one line per run, and under a failed one its report, indented (runText).
 */
import { rfc3339 } from "../../runtime/vigy/host.js";
import { reportBelow } from "../../runtime/vigy/record.js";
import { tickSummary } from "../exec/summary.js";
import type { RunRow } from "../store/store.js";

export interface NamedRun extends RunRow {
  readonly name?: string;
  readonly cursor?: number;
}

/** `"in":…,"kv":…,"out":…` of an entry: everything before its `prev` (only hex and numbers follow that). */
export function entryBody(entry: string): string {
  return entry.slice(1, entry.lastIndexOf(',"prev":'));
}

export function runJson(r: NamedRun): string {
  const meta: Record<string, unknown> = {};
  if (r.cursor !== undefined) meta["cursor"] = r.cursor;
  meta["digest"] = r.digest;
  meta["duration_ms"] = r.durationMs;
  meta["ended_at"] = rfc3339(r.endedMs);
  meta["error"] = r.error;
  meta["lag_ms"] = r.lagMs;
  if (r.name !== undefined) meta["name"] = r.name;
  meta["report"] = r.report ?? null;
  meta["result"] = r.result;
  meta["run_id"] = r.runId;
  meta["seq"] = r.seq;
  meta["skipped"] = r.skipped;
  meta["slot_at"] = r.slotMs === null ? null : rfc3339(r.slotMs);
  meta["started_at"] = rfc3339(r.startedMs);
  meta["tick"] = r.tick;
  meta["trigger"] = r.trigger;
  meta["vigy"] = r.vigyId;
  const head = JSON.stringify(meta);
  return head.slice(0, -1) + "," + entryBody(r.entry) + "}";
}

const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)) + " ms";

/** `12:00:01.250 hello  #12 tick 12  ok      lag 0.41 ms  took 0.05 ms  noop · info: hello` */
export function runLine(r: NamedRun, summary: string, nameWidth = 0): string {
  const time = new Date(r.startedMs).toISOString().slice(11, 23);
  const name = (r.name ?? r.vigyId).padEnd(nameWidth);
  const status = r.result === "ok" ? "ok    " : "FAILED";
  const lag = r.trigger === "manual" ? "manual      " : `lag ${ms(r.lagMs)}`.padEnd(12);
  const skipped = r.skipped > 0 ? `  (${r.skipped} slot${r.skipped === 1 ? "" : "s"} skipped)` : "";
  return `${time} ${name}  #${r.seq} tick ${r.tick}  ${status}  ${lag}  took ${ms(r.durationMs)}  ${summary}${skipped}`;
}

/** runLine, then the report of a failed run (its Lisp stack), indented under it. */
export function runText(r: NamedRun, summary: string): string {
  const line = runLine(r, summary);
  return r.report === null || r.report === undefined ? line : line + "\n" + reportBelow(r.report);
}

/** The summary of a stored run, from its entry's `out`. */
export function storedSummary(r: RunRow): string {
  const out = (JSON.parse(r.entry) as { out: { error?: string; actions: { kind: string }[]; log: { level: string; message: string }[] } }).out;
  return tickSummary(out);
}
