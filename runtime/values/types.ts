/**
 * The tatara-lisp value model (spec/tatara-lisp.md §2.1).
 *
 * Representation choices, chosen so that the common int path is a plain JS number:
 *   nil          → null            (never undefined)
 *   empty list   → an LList of length 0; nil and the empty list are distinct values
 *   bool         → true / false
 *   int          → number (always a safe integer, never -0) or bigint (only outside the safe range,
 *                  always within i64); the representation is canonical, so === compares ints
 *   float        → LFloat (boxed, so that an integral float such as 5.0 keeps its type)
 *   string       → JS string
 *   symbol/kw    → interned Sym / Kw objects (identity comparison)
 *   list         → LList: an immutable view of the end of a JS array, which lists built by cons
 *                  share (runtime/values/list-storage.ts, docs/lists.md)
 *   map          → LMap (persistent, insertion ordered)
 *   closure      → Closure; native fn → Native
 *   promise, error, sexp, foreign → their classes below
 */
import type { Form } from "./form.js";

export type Value =
  | null
  | boolean
  | number
  | bigint
  | string
  | LFloat
  | Sym
  | Kw
  | LList
  | LMapLike
  | Closure
  | Native
  | LPromise
  | LErrorValue
  | Sexp
  | Foreign;

/** Structural stand-in so that types.ts does not import lmap.ts (which imports this file). */
export interface LMapLike {
  readonly __lmap: true;
}

export class LFloat {
  constructor(readonly v: number) {}
  /** JSON.stringify writes a float as its number (runtime/vigy/plain-json.ts keeps `5.0` where it can). */
  toJSON(): number {
    return this.v;
  }
}

/** How many names of each kind are interned for good; later ones live only while referenced. */
export const PERMANENT_NAMES = 50_000;

/**
 * One instance per name, so symbols and keywords compare by identity. The first
 * PERMANENT_NAMES names stay forever (a fast Map lookup). A long-running host that reads ever
 * new text (`read-all` over log lines with timestamps) would otherwise grow the table without
 * bound, so later names are held weakly: while anything refers to a symbol, every lookup of
 * its name returns it; once nothing does, nobody can tell that a later lookup makes a new one.
 */
export function interner<K, T extends object>(make: (name: K) => T): (name: K) => T {
  const permanent = new Map<K, T>();
  const weak = new Map<K, WeakRef<T>>();
  const gone = new FinalizationRegistry<K>((name) => {
    if (weak.get(name)?.deref() === undefined) weak.delete(name);
  });
  return (name) => {
    const v = permanent.get(name) ?? weak.get(name)?.deref();
    if (v !== undefined) return v;
    const made = make(name);
    if (permanent.size < PERMANENT_NAMES) permanent.set(name, made);
    else {
      weak.set(name, new WeakRef(made));
      gone.register(made, name);
    }
    return made;
  };
}

export class Sym {
  private constructor(readonly name: string) {}
  static readonly of: (name: string) => Sym = interner((n) => new Sym(n));
}

export class Kw {
  private constructor(readonly name: string) {}
  static readonly of: (name: string) => Kw = interner((n) => new Kw(n));
}

/**
 * A list: the elements `a[i]`, …, `a[a.length - 1]`, in order. The array is shared: the lists
 * `cdr` makes are views of it further along, and `cons` onto a list whose slot below `i` is
 * free (undefined: no list has claimed it) writes its head there and makes a view one further
 * back, so building a list by consing onto the newest one and walking it with `cdr` take
 * constant time per step. A slot once written never changes, so every view stays immutable;
 * the array's length never changes either. The sharing rules live in list-storage.ts.
 * JS code reads a list with `length`, `at(k)`, iteration or `toArray()`.
 */
export class LList {
  constructor(
    /** The storage; slots below `i` are other lists' heads or free. Never changed at or above `i`. */
    readonly a: Value[],
    /** Where this list's first element is. */
    readonly i: number,
  ) {}
  get length(): number {
    return this.a.length - this.i;
  }
  /** The element at index k (0-based), or undefined past the end. */
  at(k: number): Value | undefined {
    return k >= 0 && k < this.a.length - this.i ? this.a[this.i + k] : undefined;
  }
  /** The elements as a fresh JS array. */
  toArray(): Value[] {
    return this.a.slice(this.i);
  }
  /** JSON.stringify writes a list as an array of its elements. */
  toJSON(): Value[] {
    return this.toArray();
  }
  *[Symbol.iterator](): Iterator<Value> {
    for (let k = this.i; k < this.a.length; k++) yield this.a[k]!;
  }
}

/** Returned (never thrown) by a closure body whose last action is a call in tail position. */
export class TailCall {
  constructor(
    readonly fn: Value,
    readonly args: Value[],
    readonly span: SpanLike | undefined,
    /**
     * Heads to cons onto the call's result, in order (the interpreter's `(cons x (f …))` in
     * tail position, runtime/interp/evaluate.ts): the trampoline conses them on once the call
     * has a value, so such builders run in constant stack.
     */
    readonly heads: Value[] | null = null,
  ) {}
}

/** Enough of a source span for runtime errors; the reader's Span satisfies it. */
export interface SpanLike {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly offset: number;
  readonly end: number;
}

/** A compiled function taking a closure's arguments positionally (the rest parameter as one list). */
export type DirectFn = (...args: any[]) => Value | TailCall;

/**
 * A Lisp function. `invoke` receives exactly the arguments of the call (arity already checked
 * by the caller) and may return a TailCall, which the caller's trampoline continues.
 */
export class Closure {
  readonly nreq: number;
  constructor(
    readonly params: readonly string[],
    readonly rest: string | null,
    /** The array-taking entry, called as a method of the closure (`this` is the closure). */
    readonly invoke: (this: Closure, args: Value[]) => Value | TailCall,
    readonly name: string | null = null,
    /**
     * Compiled closures only: the JS function taking the arguments positionally (the rest
     * parameter as one list), so compiled call sites skip building an argument array.
     */
    readonly direct?: DirectFn,
    /**
     * Compiled closures only: `direct` never returns a pending tail call (its body makes no
     * tail call except its own loop and natives), so a tail call to it may simply call it: the
     * stack grows by one bounded frame, never by a chain.
     */
    readonly leaf = false,
  ) {
    this.nreq = params.length;
  }
}

/** A primitive, identified by name (spec §3.6). `max` is Infinity for variadic natives. */
export class Native {
  constructor(
    readonly name: string,
    readonly min: number,
    readonly max: number,
    readonly fn: (...args: Value[]) => Value,
    /** Always returns a JS boolean (compiled code then skips the truthiness test). */
    readonly returnsBool = false,
    /**
     * Variadic natives: the same function taking its arguments as one array, so `apply` and
     * the generic call path hand over a long list without spreading it onto the stack. It may
     * be the caller's list itself, so it must neither change nor return that array.
     */
    readonly fnv?: (args: readonly Value[]) => Value,
  ) {}
}

export class LPromise {
  forced = false;
  value: Value = null;
  constructor(public thunk: Value) {}
}

/** An error object as seen by `catch`, `error`, `ex-info` (§3.7). `data` is a flat plist. */
export class LErrorValue {
  constructor(
    readonly tag: string,
    readonly message: string,
    readonly data: readonly Value[],
  ) {}
}

/** An opaque source form (only from a quote/quasiquote nested inside a quasiquote). */
export class Sexp {
  constructor(readonly form: Form) {}
}

/** Opaque host values: channels and fibers (§4.9, §4.10). */
export abstract class Foreign {
  abstract readonly foreignKind: string;
}
