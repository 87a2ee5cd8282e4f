/**
 * Persistent hash maps (spec §2.6). Every update returns a new map and leaves the old one as it
 * was; iteration is insertion order, which the spec allows in place of Rust's randomised
 * HashMap order.
 *
 * Keys are typed (int 1 ≠ float 1.0, symbol a ≠ keyword :a) and restricted to nil, bool, int,
 * float, string, symbol and keyword. Each key maps to a JS Map key that compares correctly
 * under SameValueZero: ints, strings, bools and nil are themselves, symbols and keywords are
 * interned objects, and floats become interned FloatKey objects keyed by their bit pattern.
 */
import { nativeErr } from "../errors/lisp-error.js";
import { interner, LFloat, Kw, Sym, type LMapLike, type Value } from "./types.js";
import { typeName } from "./type-name.js";

/** A float map key: one object per bit pattern, interned like symbols (bounded, types.ts interner). */
class FloatKey {
  private static readonly view = new DataView(new ArrayBuffer(8));
  private static readonly byBits = interner((bits: bigint) => {
    FloatKey.view.setBigUint64(0, bits);
    return new FloatKey(new LFloat(FloatKey.view.getFloat64(0)));
  });
  private constructor(readonly f: LFloat) {}
  static of(f: LFloat): FloatKey {
    FloatKey.view.setFloat64(0, f.v);
    return FloatKey.byBits(FloatKey.view.getBigUint64(0));
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

/**
 * keyOrThrow with the common keys first, unclassified: every non-object Value (string, int,
 * bool) and every keyword or symbol is its own key. Twice as fast a lookup as going through
 * jsKey's switch for keyword keys (7 ns against 13).
 */
const keyOf = (k: Value, fn: string): unknown => (typeof k !== "object" || k instanceof Kw || k instanceof Sym ? k : keyOrThrow(k, fn));

const lispKey = (j: unknown): Value => (j instanceof FloatKey ? j.f : (j as Value));

/**
 * A copy of a Map, its keys and values read by two iterators in step: V8 runs that about 1.4×
 * as fast as `new Map(m)`, which goes through the generic iterable protocol (200 entries:
 * 3.6 µs against 5.3).
 */
function copy(m: Map<unknown, Value>): Map<unknown, Value> {
  const c = new Map<unknown, Value>();
  const vs = m.values();
  for (const k of m.keys()) c.set(k, vs.next().value as Value);
  return c;
}

/** A value a flat map (LMap.flat) may hold: no object (a primitive or nil). */
export const flatValue = (v: Value): boolean => typeof v !== "object" || v === null;

/** An entry of a flat map: a string key, a flat value. */
const flatEntry = (j: unknown, v: Value): boolean => typeof j === "string" && flatValue(v);

/**
 * Versions of one map share a single JS Map (Baker's trick for persistent arrays): the newest
 * version holds it, older versions hold the one-key difference to a newer one. Updating the
 * newest version is O(1), so building a map with a chain of `assoc`s is linear; reading an
 * older version first moves the JS Map back to it ("rerooting", undoing the differences in
 * reverse order), which also restores the insertion order exactly: undoing an insertion deletes
 * the last key, undoing an update restores a value in place. Removals copy, since a re-insertion
 * could not restore a key's position; so do updates of a Map the version does not own (the
 * shared empty map, JSON objects from the kv store, Maps handed out as JSON), and rerooting
 * onto one.
 */
export class LMap implements LMapLike {
  declare readonly __lmap: true;
  private m: Map<unknown, Value> | null;
  /**
   * When this version does not hold the Map (m is null): it is version `dn` with key `dk` set to
   * `dv`, or absent when `dv` is undefined (no Lisp value is). Kept in the version itself, so an
   * update allocates one object.
   */
  private dk: unknown = undefined;
  private dv: Value | undefined = undefined;
  private dn: LMap | null = null;
  /** This version's Map belongs to someone else (or was handed out): updates copy it. */
  private shared = false;
  /** Some older version may hold a difference against this one (so its Map must not change under it). */
  private linked = false;
  private constructor(
    m: Map<unknown, Value>,
    private n: number,
    /**
     * Known to be flat: every key a string and every value a primitive or nil, as records
     * built for the host usually are (action payloads, observed state). Kept up to date by each
     * update, so toStringKeyed hands such a map out without looking at its entries. False
     * means not known.
     */
    private flat: boolean,
  ) {
    this.m = m;
  }

  get size(): number {
    return this.n;
  }

  /** Shared by every empty map, so never updated in place. */
  static readonly EMPTY = LMap.shareStringKeys(new Map(), true);

  /** Build from alternating keys and values; later duplicates win. */
  static fromPairs(kvs: readonly Value[], fn = "hash-map"): LMap {
    const m = new Map<unknown, Value>();
    let flat = true;
    for (let i = 0; i + 1 < kvs.length; i += 2) {
      const j = keyOf(kvs[i]!, fn);
      if (flat) flat = flatEntry(j, kvs[i + 1]!);
      m.set(j, kvs[i + 1]!);
    }
    return new LMap(m, m.size, flat);
  }

  /**
   * Adopt a JS Map whose keys are strings (each its own key), as a JSON object's are: no key
   * checks, no copy. The caller gives the Map up.
   */
  static ofStringKeys(m: Map<string, Value>): LMap {
    return new LMap(m, m.size, false);
  }

  /**
   * Wrap a JS Map with string keys that someone else keeps (a JSON object of the kv store): no
   * copy until the first update, which copies it instead of changing it. `flat` when the caller
   * knows no value is an object.
   */
  static shareStringKeys(m: Map<string, Value>, flat: boolean): LMap {
    const l = new LMap(m, m.size, flat);
    l.shared = true;
    return l;
  }

  /** This version's entries as a JS Map (rerooting first when another version holds it). */
  private map(): Map<unknown, Value> {
    if (this.m === null) this.reroot();
    return this.m!;
  }

  private reroot(): void {
    const path: LMap[] = [];
    for (let t: LMap = this; t.m === null; t = t.dn!) path.push(t);
    for (let i = path.length - 1; i >= 0; i--) {
      const v = path[i]!;
      const root = v.dn!;
      let m = root.m!;
      if (root.shared) {
        // A Map someone else holds never changes: this version takes a copy, the root keeps it.
        m = copy(m);
      } else {
        root.m = null;
        root.dk = v.dk;
        root.dv = m.get(v.dk);
        root.dn = v;
        v.linked = true;
      }
      if (v.dv !== undefined) m.set(v.dk, v.dv);
      else m.delete(v.dk);
      v.m = m;
      v.dk = v.dv = undefined;
      v.dn = null;
    }
  }

  /**
   * This version as an object with string keys (a JSON object), each value passed through
   * `value` and each non-string key through `key`. When every key is a string and every value
   * is its own conversion, that is this version's JS Map itself, so that a caller can hand it
   * out without copying: the version gives the Map up first, so it never changes again. Else a
   * new Map, built in the same single pass from the first entry that differs. `value` must
   * return every primitive (and nil) as it is, so they skip the call: in code V8 has not
   * optimised, a call per entry was most of the cost.
   */
  toStringKeyed<V>(value: (x: Value) => V, key: (k: Value) => string): Map<string, V> {
    const m = this.m ?? this.map();
    if (this.flat) {
      this.shared = true;
      return m as Map<string, V>;
    }
    let out: Map<string, V> | null = null;
    // Keys and values from two iterators in step: destructuring [k, x] entries is slower, in
    // code V8 has not optimised above all (100 entries: 33 µs against 49; optimised, 5.9 against 6.5).
    const xs = m.values();
    for (const k of m.keys()) {
      const x = xs.next().value as Value;
      const y = typeof x === "object" && x !== null ? value(x) : (x as V); // see the contract above
      if (out === null) {
        if (typeof k === "string" && (y as unknown) === x) continue;
        out = new Map();
        for (const k0 of m.keys()) {
          if (k0 === k) break;
          out.set(k0 as string, m.get(k0) as V); // the entries before this one are their own conversions
        }
      }
      out.set(typeof k === "string" ? k : key(lispKey(k)), y);
    }
    if (out !== null) return out;
    this.shared = true;
    return m as Map<string, V>;
  }

  has(k: Value, fn = "hash-map"): boolean {
    return (this.m ?? this.map()).has(keyOf(k, fn));
  }
  /** The value under k, or undefined when absent. */
  lookup(k: Value, fn = "hash-map"): Value | undefined {
    return (this.m ?? this.map()).get(keyOf(k, fn));
  }
  set(k: Value, v: Value, fn = "hash-map"): LMap {
    const j = keyOf(k, fn);
    const m = this.m ?? this.map();
    const old = m.get(j); // never undefined for a present key: no Lisp value is undefined
    const had = old !== undefined;
    const flat = this.flat && flatEntry(j, v);
    if (this.shared) {
      const c = copy(m);
      c.set(j, v);
      return new LMap(c, had ? this.size : this.size + 1, flat);
    }
    m.set(j, v);
    const next = new LMap(m, had ? this.size : this.size + 1, flat);
    next.linked = true;
    this.m = null;
    this.dk = j;
    this.dv = old;
    this.dn = next;
    return next;
  }
  /**
   * `set` for a version nobody else can ever see again (a fold's accumulator, when the fold's
   * function reads it only to update it: compiler/emit/emit-hof-loop.ts): the version itself is
   * updated when it holds a Map that is its alone and that no older version refers to, which is
   * the case from a fold's second step on when its first step copied. Otherwise an ordinary set.
   */
  setOwned(k: Value, v: Value, fn = "hash-map"): LMap {
    const m = this.m;
    if (m === null || this.shared || this.linked) return this.set(k, v, fn);
    // The version holding the Map has all of its entries: its size is the Map's.
    const j = keyOf(k, fn);
    if (this.flat) this.flat = flatEntry(j, v);
    m.set(j, v);
    this.n = m.size;
    return this;
  }
  remove(k: Value, fn = "hash-map"): LMap {
    const j = keyOf(k, fn);
    const m = this.map();
    if (!m.has(j)) return this;
    const c = copy(m);
    c.delete(j);
    return new LMap(c, c.size, this.flat);
  }
  merge(other: LMap): LMap {
    if (other.size === 0) return this;
    const c = copy(this.map());
    for (const [k, v] of other.map()) c.set(k, v);
    return new LMap(c, c.size, this.flat && other.flat);
  }
  // Spreading and then fixing float keys: Array.from with a mapping function is 8× slower.
  keys(): Value[] {
    const ks = [...this.map().keys()];
    for (let i = 0; i < ks.length; i++) ks[i] = lispKey(ks[i]);
    return ks as Value[];
  }
  values(): Value[] {
    return [...this.map().values()];
  }
  /** Each entry is the fresh [key, value] array the Map's iterator made, float keys fixed in place. */
  entries(): [Value, Value][] {
    const out = [...this.map()] as [unknown, Value][];
    for (let i = 0; i < out.length; i++) if (out[i]![0] instanceof FloatKey) out[i]![0] = lispKey(out[i]![0]);
    return out as [Value, Value][];
  }
}
