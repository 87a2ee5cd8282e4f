/**
 * A vigy's kv as the worker that owns it keeps it: loaded from the store once, then changed only
 * by its own committed ticks, with the version of each value (the run that wrote it). It is the
 * `KvStore` runTick loads and saves, and it notes what the last save changed: a key written
 * with the value it already held is not a change (no new version, no serialisation, and the
 * value held stays, with the Lisp conversion the runtime keeps for it).
 */
import type { Json } from "../../runtime/vigy/json.js";
import type { KvStore } from "../../runtime/vigy/kv-store.js";
import { jsonEqual } from "../journal/json-equal.js";

export class OwnedKv implements KvStore {
  readonly data = new Map<string, Json>();
  readonly versions = new Map<string, number>();
  /** What the last tick's save did. */
  changed: [string, Json][] = [];
  unchanged: [string, number][] = [];
  deleted: string[] = [];

  /** The map itself: runTick's host works on a copy, so a failed tick leaves it as it was. */
  load(): Map<string, Json> {
    return this.data;
  }

  beginTick(): void {
    if (this.changed.length > 0) this.changed = [];
    if (this.unchanged.length > 0) this.unchanged = [];
    if (this.deleted.length > 0) this.deleted = [];
  }

  save(dirty: ReadonlyMap<string, Json>, deleted: ReadonlySet<string>): void {
    for (const [k, v] of dirty) {
      if (deleted.has(k)) continue; // written, then removed: the store removes it
      const old = this.data.get(k);
      if (old !== undefined && jsonEqual(old, v)) {
        // Keep the value already held: the runtime has its Lisp conversion cached by identity,
        // so the next tick that reads it does not convert it again.
        this.unchanged.push([k, this.versions.get(k)!]);
        continue;
      }
      this.changed.push([k, v]);
      this.data.set(k, v);
    }
    for (const k of deleted) {
      this.data.delete(k);
      this.deleted.push(k);
    }
  }

  /** After the tick's entry is written: its changes are now versions `seq`. */
  settle(seq: number): void {
    for (const [k] of this.changed) this.versions.set(k, seq);
    for (const k of this.deleted) this.versions.delete(k);
  }
}
