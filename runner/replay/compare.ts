/**
 * How a replayed tick compares with the recorded one: equal entries match byte for byte;
 * otherwise each field of `out` (result, error, actions, buffers…) and the kv changes are
 * compared as canonical text, and the ones that differ are the divergence. What the tick read
 * (`in`) is not a divergence by itself: an edited program may read other keys and still do
 * the same.
 */
import { jsonText, parseJson, type Json, type JsonObject } from "../../runtime/vigy/json.js";

export interface Difference {
  readonly field: string;
  readonly recorded: string | null;
  readonly replayed: string | null;
}

const section = (entry: JsonObject, name: string): JsonObject => (entry.get(name) as JsonObject | undefined) ?? new Map();

export function compareEntries(recorded: string, replayed: string): Difference[] {
  if (recorded === replayed) return [];
  const a = parseJson(recorded) as JsonObject;
  const b = parseJson(replayed) as JsonObject;
  const diffs: Difference[] = [];
  const outA = section(a, "out");
  const outB = section(b, "out");
  const fields = [...new Set([...outA.keys(), ...outB.keys()])].sort();
  const text = (j: Json | undefined): string | null => (j === undefined ? null : jsonText(j));
  for (const f of fields) {
    const x = text(outA.get(f));
    const y = text(outB.get(f));
    if (x !== y) diffs.push({ field: f, recorded: x, replayed: y });
  }
  const kvA = text(a.get("kv"));
  const kvB = text(b.get("kv"));
  if (kvA !== kvB) diffs.push({ field: "kv", recorded: kvA, replayed: kvB });
  return diffs;
}

/** The `in` section of an entry, parsed. */
export const entryInput = (entry: string): JsonObject => section(parseJson(entry) as JsonObject, "in");
