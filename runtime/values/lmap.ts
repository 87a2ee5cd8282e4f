/**
 * Persistent hash maps (spec §2.6). Every update returns a new map (copy on write); iteration
 * is insertion order, which the spec allows in place of Rust's randomised HashMap order.
 *
 * Keys are typed (int 1 ≠ float 1.0, symbol a ≠ keyword :a) and restricted to nil, bool, int,
 * float, string, symbol and keyword. Each key maps to a JS Map key that compares correctly
 * under SameValueZero: ints, strings, bools and nil are themselves, symbols and keywords are
 * interned objects, and floats become interned FloatKey objects keyed by their bit pattern.
 */
import { nativeErr } from "../errors/lisp-error.js";
import { LFloat, Kw, Sym, type LMapLike, type Value } from "./types.js";
import { typeName } from "./type-name.js";

class FloatKey {
  private static readonly table = new Map<bigint, FloatKey>();
  private static readonly view = new DataView(new ArrayBuffer(8));
  private constructor(readonly f: LFloat) {}
  static of(f: LFloat): FloatKey {
    FloatKey.view.setFloat64(0, f.v);
    const bits = FloatKey.view.getBigUint64(0);
    let k = FloatKey.table.get(bits);
    if (k === undefined) {
      k = new FloatKey(f);
      FloatKey.table.set(bits, k);
    }
    return k;
  }
}

/** The JS Map key for a Lisp key, or undefined when the value cannot be a key. */
function jsKey(k: Value): unknown {
  switch (typeof k) {
    case "number":
    case "bigint":
    case "string":
    case "boolean":
      return k;
    case "object":
      if (k === null || k instanceof Sym || k instanceof Kw) return k;
      if (k instanceof LFloat) return FloatKey.of(k);
  }
  return undefined;
}

function keyOrThrow(k: Value, fn: string): unknown {
  const j = jsKey(k);
  if (j === undefined) throw nativeErr(fn, `non-hashable key kind: ${typeName(k)}`);
  return j;
}

const lispKey = (j: unknown): Value => (j instanceof FloatKey ? j.f : (j as Value));

export class LMap implements LMapLike {
  declare readonly __lmap: true;
  private constructor(private readonly m: Map<unknown, Value>) {}

  static readonly EMPTY = new LMap(new Map());

  /** Build from alternating keys and values; later duplicates win. */
  static fromPairs(kvs: readonly Value[], fn = "hash-map"): LMap {
    const m = new Map<unknown, Value>();
    for (let i = 0; i + 1 < kvs.length; i += 2) m.set(keyOrThrow(kvs[i]!, fn), kvs[i + 1]!);
    return new LMap(m);
  }

  get size(): number {
    return this.m.size;
  }
  has(k: Value, fn = "hash-map"): boolean {
    return this.m.has(keyOrThrow(k, fn));
  }
  /** The value under k, or undefined when absent. */
  lookup(k: Value, fn = "hash-map"): Value | undefined {
    return this.m.get(keyOrThrow(k, fn));
  }
  set(k: Value, v: Value, fn = "hash-map"): LMap {
    const m = new Map(this.m);
    m.set(keyOrThrow(k, fn), v);
    return new LMap(m);
  }
  remove(k: Value, fn = "hash-map"): LMap {
    const j = keyOrThrow(k, fn);
    if (!this.m.has(j)) return this;
    const m = new Map(this.m);
    m.delete(j);
    return new LMap(m);
  }
  merge(other: LMap): LMap {
    if (other.m.size === 0) return this;
    const m = new Map(this.m);
    for (const [k, v] of other.m) m.set(k, v);
    return new LMap(m);
  }
  keys(): Value[] {
    return Array.from(this.m.keys(), lispKey);
  }
  values(): Value[] {
    return Array.from(this.m.values());
  }
  entries(): [Value, Value][] {
    return Array.from(this.m, ([k, v]) => [lispKey(k), v]);
  }
}
