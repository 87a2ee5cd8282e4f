/**
 * The bindings certainly written at a point of the code being planned (plan.ts), as a
 * persistent set: a block or function forks a child view, and what the
 * child marks bound never shows in its parent. Each view appends to its own log and sees its
 * ancestors' logs only up to the length they had when it was forked, so marking is O(1) and a
 * lookup costs one map probe per enclosing view that had marked something (copying whole sets
 * at every define and every lambda made emitting a long program quadratic).
 */
import type { Key } from "./binding-key.js";

/** Past this many levels a child starts from a flat copy, so deep nesting keeps lookups short. */
const MAX_DEPTH = 32;

export class BoundSet {
  /** Where each key of this view's own log was appended. */
  private readonly own = new Map<Key, number>();

  private constructor(
    /** The enclosing view with something in its log, and how much of it this view sees. */
    private readonly parent: BoundSet | null,
    private readonly parentLength: number,
    private readonly depth: number,
  ) {}

  static empty(): BoundSet {
    return new BoundSet(null, 0, 0);
  }

  has(key: Key): boolean {
    let at = this.own.get(key);
    if (at !== undefined) return true;
    let limit = this.parentLength;
    for (let v = this.parent; v !== null; limit = v.parentLength, v = v.parent) {
      at = v.own.get(key);
      if (at !== undefined && at < limit) return true;
    }
    return false;
  }

  /** Mark `key` bound in this view (and in views forked from it from now on). */
  add(key: Key): void {
    if (!this.has(key)) this.own.set(key, this.own.size);
  }

  /** A view that starts with what this one holds now and grows on its own. */
  child(): BoundSet {
    if (this.own.size === 0) return new BoundSet(this.parent, this.parentLength, this.depth);
    if (this.depth < MAX_DEPTH) return new BoundSet(this, this.own.size, this.depth + 1);
    const flat = BoundSet.empty();
    for (const k of this.keys()) flat.own.set(k, flat.own.size);
    return new BoundSet(flat, flat.own.size, 1);
  }

  private *keys(): Iterable<Key> {
    yield* this.own.keys();
    let limit = this.parentLength;
    for (let v = this.parent; v !== null; limit = v.parentLength, v = v.parent) {
      for (const [k, at] of v.own) if (at < limit) yield k;
    }
  }
}
