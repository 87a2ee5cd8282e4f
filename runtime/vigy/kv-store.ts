/**
 * Where a vigy's kv lives between ticks. The runner loads it before a tick and, only when the
 * tick succeeds, saves the dirty keys and then removes the deleted ones (so a key in both sets
 * ends up deleted, as in the original's store).
 */
import type { Json } from "./json.js";

export interface KvStore {
  load(): Map<string, Json>;
  save(dirty: ReadonlyMap<string, Json>, deleted: ReadonlySet<string>): void;
}

export class MemoryKv implements KvStore {
  private readonly data: Map<string, Json>;
  constructor(initial: Iterable<[string, Json]> = []) {
    this.data = new Map(initial);
  }
  load(): Map<string, Json> {
    return new Map(this.data);
  }
  save(dirty: ReadonlyMap<string, Json>, deleted: ReadonlySet<string>): void {
    for (const [k, v] of dirty) this.data.set(k, v);
    for (const k of deleted) this.data.delete(k);
  }
}
