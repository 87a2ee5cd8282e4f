/**
 * What the emitter needs to know about a whole program before emitting any of it: how often
 * each binding is written (a binding written once, with a lambda, is a *fixed* function that
 * can be called directly and whose self tail calls become loops), which globals the program
 * reads and writes, and whether it is reflective (eval/macroexpand need the interpreter).
 *
 * A binding is identified by a key (binding-key.ts): a global by name, a local by the frame
 * holding it, numbered here (FrameIds) by the IR node that creates it (lambda, let, try), and
 * its slot.
 */
import type { Expr, Fallback, Lambda, Program } from "../../runtime/ir/nodes.js";
import { dispatch, forEachChild, type KindHandlers } from "../../runtime/ir/visit.js";
import { DYN_KEY, globalKey, isGlobalKey, localKey, type Key } from "./binding-key.js";

export class FrameIds {
  private readonly ids = new WeakMap<object, number>();
  private next = 0;
  of(creator: object): number {
    let n = this.ids.get(creator);
    if (n === undefined) this.ids.set(creator, (n = this.next++));
    return n;
  }
  /** The key of slot `slot` of the frame `creator` creates. */
  slot(creator: object, slot: number): Key {
    return localKey(this.of(creator), slot);
  }
  /** The key of a local reference `up` frames out of the innermost of `frames` (their creators). */
  key(frames: readonly object[], up: number, slot: number): Key {
    return localKey(this.of(frames[frames.length - 1 - up]!), slot);
  }
}

export interface TailSite {
  readonly call: Extract<Expr, { t: "call" }>;
  /** The binding the callee names, when it is a variable. */
  readonly fnKey: Key | null;
}

/**
 * A tail call `(cons X1 (cons X2 … (f A…)))` whose innermost call is not in tail position:
 * when `cons` is the native and `f` the function itself, the emitter turns it into a loop that
 * appends X1, X2… to an accumulator (tail recursion modulo cons, emit-trmc.ts).
 */
export interface ConsSite {
  readonly call: Extract<Expr, { t: "call" }>;
  /** The Xi, outermost first. */
  readonly heads: readonly Expr[];
  readonly inner: Extract<Expr, { t: "call" }>;
  readonly fnKey: Key | null;
}

export class Facts {
  constructor(
    /** Globals stay late-bound (the stdlib, which a program may redefine under): none is fixed. */
    readonly lateGlobals: boolean,
  ) {}
  reflective = false;
  readonly frames = new FrameIds();
  readonly writes = new Map<Key, number>();
  readonly candidates = new Map<Key, Lambda>();
  /** Bindings some `set!` or second `define` may assign (the others never change once bound). */
  readonly assigned = new Set<Key>();
  readonly globalsRead = new Set<string>();
  /** How many places in the program read each binding. */
  readonly reads = new Map<Key, number>();
  readonly globalsWritten = new Set<string>();
  readonly tailSites = new Map<Lambda, TailSite[]>();
  readonly consSites = new Map<Lambda, ConsSite[]>();

  /** The lambda a binding always holds once written, if it is written exactly once with one. */
  fixed(key: Key | null): Lambda | undefined {
    if (key === null || (this.lateGlobals && isGlobalKey(key))) return undefined;
    return this.soleLambda(key);
  }

  /** The lambda a binding is written with, when it is written exactly once, late binding aside. */
  soleLambda(key: Key): Lambda | undefined {
    return this.writes.get(key) === 1 ? this.candidates.get(key) : undefined;
  }

  refKey(ref: Fallback, frames: readonly object[]): Key | null {
    if (ref.t === "local") return this.frames.key(frames, ref.up, ref.slot);
    if (ref.t === "global") return globalKey(ref.name);
    return null;
  }
}

export function programFacts(program: Program, lateGlobals = false): Facts {
  const f = new Facts(lateGlobals);
  const frames: object[] = [];
  let lambda: Lambda | null = null;

  const write = (key: Key, value: Expr | null, times = 1): void => {
    f.writes.set(key, (f.writes.get(key) ?? 0) + times);
    if (value?.t === "lambda") f.candidates.set(key, value);
  };
  const ref = (r: Fallback, writing: boolean): void => {
    if (r.t === "global") (writing ? f.globalsWritten : f.globalsRead).add(r.name);
    if (r.t === "dyn") f.reflective = true;
    const key = f.refKey(r, frames);
    if (writing) {
      write(key ?? DYN_KEY, null);
      f.assigned.add(key ?? DYN_KEY);
    } else if (key !== null) f.reads.set(key, (f.reads.get(key) ?? 0) + 1);
    if (r.t === "local" && r.fb !== undefined) ref(r.fb, writing);
    else if (r.t === "dyn") ref(r.fb, writing);
  };
  const body = (es: readonly Expr[]): void => es.forEach(expr);
  const children = (e: Expr): void => forEachChild(e, expr);
  const nothing = (): void => {};
  const reflective = (e: Expr): void => {
    f.reflective = true;
    children(e);
  };
  // Every kind decides here what it reads, writes or binds (a kind left out does not compile).
  const handlers: KindHandlers<void> = {
    lit: nothing,
    require: nothing,
    emit: nothing,
    fail: nothing,
    local: (e) => ref(e, false),
    global: (e) => ref(e, false),
    dyn: (e) => ref(e, false),
    set: (e) => {
      expr(e.value);
      ref(e.ref, true);
    },
    defl: (e) => {
      expr(e.value);
      const key = f.frames.key(frames, 0, e.slot);
      // Defining a name its frame already binds (a parameter, a let variable, an earlier
      // define) rebinds it, as set! would: reads of it are not stable.
      if (f.writes.has(key)) f.assigned.add(key);
      write(key, e.value);
    },
    defg: (e) => {
      expr(e.value);
      f.globalsWritten.add(e.name);
      write(globalKey(e.name), e.value);
    },
    defx: reflective,
    eval: reflective,
    macroexpand: reflective,
    if: children,
    seq: children,
    and: children,
    or: children,
    not: children,
    qq: children,
    delay: children,
    let: (e) => {
      if (e.kind === "let") body(e.inits);
      frames.push(e);
      e.inits.forEach((init, i) => {
        if (e.kind !== "let") expr(init);
        write(f.frames.key(frames, 0, e.slots[i]!), init);
      });
      body(e.body);
      frames.pop();
    },
    lambda: (l) => {
      const saved = lambda;
      lambda = l;
      frames.push(l);
      f.tailSites.set(l, []);
      f.consSites.set(l, []);
      // Parameters are written by every call: never fixed.
      for (const slot of l.paramSlots) write(f.frames.key(frames, 0, slot), null, 2);
      body(l.body);
      frames.pop();
      lambda = saved;
    },
    call: (e) => {
      children(e);
      if (e.tail && lambda !== null) {
        const key = e.fn.t === "local" || e.fn.t === "global" ? f.refKey(e.fn, frames) : null;
        f.tailSites.get(lambda)!.push({ call: e, fnKey: key });
        const site = consSite(e, (r) => f.refKey(r, frames));
        if (site !== null) f.consSites.get(lambda)!.push(site);
      }
    },
    try: (e) => {
      body(e.body);
      frames.push(e);
      write(f.frames.key(frames, 0, 0), null, 2);
      body(e.handler);
      frames.pop();
    },
  };
  function expr(e: Expr): void {
    dispatch(handlers, e);
  }
  for (const form of program.forms) if (form.t !== "defmacro") expr(form);
  return f;
}

const isConsCall = (e: Expr): e is Extract<Expr, { t: "call" }> =>
  e.t === "call" && e.fn.t === "global" && e.fn.name === "cons" && e.args.length === 2;

/** A tail `cons` chain ending in a call of a variable, or null. */
function consSite(call: Extract<Expr, { t: "call" }>, keyOf: (r: Fallback) => Key | null): ConsSite | null {
  if (!isConsCall(call)) return null;
  const heads: Expr[] = [];
  let e: Expr = call;
  while (isConsCall(e)) {
    heads.push(e.args[0]!);
    e = e.args[1]!;
  }
  const end = e as Expr; // the loop's guard narrows e to a non-call
  if (end.t !== "call" || (end.fn.t !== "local" && end.fn.t !== "global")) return null;
  return { call, heads, inner: end, fnKey: keyOf(end.fn) };
}
