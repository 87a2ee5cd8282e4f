/**
 * A run's journal entry, on the model of the tisyn kernel (a tick yields described effects to
 * its host and closes with a result): what the tick took from the outside world (`in`: the tick
 * metadata, the gensym base, every clock reading, and each kv key it read with the version it
 * found) and what it gave back (`out`: result or error, actions and every buffer; `kv`: the kv
 * changes). Canonical JSON, keys sorted at every level, as `jsonText` writes it; the digest is
 * SHA-256 of the entry, which names the previous entry's digest, so the entries of a vigy form
 * a chain.
 *
 *   {"in":{"clock":[…],"gensym":G,"previous_tick_ms":P,"reads":{"k":SEQ|null},"tick":N,"tick_start_ms":T},
 *    "kv":{"del":[…],"set":{"k":[VALUE]|SEQ}},
 *    "out":{"actions":[…],"conditions":[…],"desired":{…},"error":"…","events":[…],"log":[…],
 *           "metrics":{…},"observed":{…},"result":"ok"|"failed","stdout":"…","trace":{…}},
 *    "prev":DIGEST|null,"program":DIGEST,"seq":S,"v":1,"vigy":ID}
 *
 * A read names the version it saw (the seq of the run that wrote that value; null: absent), and a
 * write of the value a key already held names that version instead of repeating it, so an
 * unchanged 10 KB state costs a few bytes per tick. A run the runner stopped (over its budget,
 * out of memory) has `"stopped":true` in `in` and no reads: it cannot be replayed.
 */
import { createHash } from "node:crypto";
import { compareKeys, jsonText, type JsonObject } from "../../runtime/vigy/json.js";

export const ENTRY_VERSION = 1;

export interface EntryParts {
  readonly vigy: string;
  readonly seq: number;
  readonly prev: string | null;
  readonly program: string;
  readonly in: JsonObject;
  /** Written keys: the value's text, or the version whose value it equals. */
  readonly set: ReadonlyMap<string, string | number>;
  readonly del: readonly string[];
  readonly out: JsonObject;
}

const str = JSON.stringify;

/** `{"del":[…],"set":{…}}` from texts already written (a value is serialised once, for the kv row and here). */
export function kvChangesText(set: ReadonlyMap<string, string | number>, del: readonly string[]): string {
  const keys = [...set.keys()].sort(compareKeys);
  const sets = keys.map((k) => {
    const v = set.get(k)!;
    return str(k) + ":" + (typeof v === "number" ? String(v) : "[" + v + "]");
  });
  return `{"del":[${[...del].sort(compareKeys).map((k) => str(k)).join(",")}],"set":{${sets.join(",")}}}`;
}

/** The entry's canonical text: its top-level keys written in sorted order, each value by jsonText. */
export function entryText(p: EntryParts): string {
  return (
    `{"in":${jsonText(p.in)},"kv":${kvChangesText(p.set, p.del)},"out":${jsonText(p.out)},` +
    `"prev":${p.prev === null ? "null" : str(p.prev)},"program":${str(p.program)},"seq":${p.seq},"v":${ENTRY_VERSION},"vigy":${str(p.vigy)}}`
  );
}

export const entryDigest = (text: string): string => createHash("sha256").update(text).digest("hex");
