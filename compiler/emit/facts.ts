/**
 * What the emitter needs to know about a whole program before emitting any of it: how often
 * each binding is written (a binding written once, with a lambda, is a *fixed* function that
 * can be called directly and whose self tail calls become loops), which globals the program
 * reads and writes, and whether it is reflective (eval/macroexpand need the interpreter).
 *
 * A binding is identified by a key: `g:name` for a global, `<frame>:<slot>` for a local,
 * where <frame> numbers the IR node that creates the frame (lambda, let, try).
 */
import type { Expr, Fallback, Lambda, Program, QQ } from "../../runtime/ir/nodes.js";

export type Key = string;

export class FrameIds {
  private readonly ids = new WeakMap<object, number>();
  private next = 0;
  of(creator: object): number {
    let n = this.ids.get(creator);
    if (n === undefined) this.ids.set(creator, (n = this.next++));
    return n;
  }
  key(frames: readonly object[], up: number, slot: number): Key {
    return `${this.of(frames[frames.length - 1 - up]!)}:${slot}`;
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
    if (key === null || (this.lateGlobals && key.startsWith("g:"))) return undefined;
    return this.soleLambda(key);
  }

  /** The lambda a binding is written with, when it is written exactly once, late binding aside. */
  soleLambda(key: Key): Lambda | undefined {
    return this.writes.get(key) === 1 ? this.candidates.get(key) : undefined;
  }

  refKey(ref: Fallback, frames: readonly object[]): Key | null {
    if (ref.t === "local") return this.frames.key(frames, ref.up, ref.slot);
    if (ref.t === "global") return "g:" + ref.name;
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
      write(key ?? "dyn", null);
      f.assigned.add(key ?? "dyn");
    } else if (key !== null) f.reads.set(key, (f.reads.get(key) ?? 0) + 1);
    if (r.t === "local" && r.fb !== undefined) ref(r.fb, writing);
    else if (r.t === "dyn") ref(r.fb, writing);
  };
  const body = (es: readonly Expr[]): void => es.forEach(expr);
  const fn = (l: Lambda): void => {
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
  };
  const qq = (t: QQ): void => {
    if (t.q === "unquote") expr(t.e);
    else if (t.q === "list") for (const i of t.items) i.q === "splice" ? expr(i.e) : qq(i);
  };
  function expr(e: Expr): void {
    switch (e.t) {
      case "local":
      case "global":
      case "dyn":
        return ref(e, false);
      case "set":
        expr(e.value);
        return ref(e.ref, true);
      case "defl": {
        expr(e.value);
        const key = f.frames.key(frames, 0, e.slot);
        // Defining a name its frame already binds (a parameter, a let variable, an earlier
        // define) rebinds it, as set! would: reads of it are not stable.
        if (f.writes.has(key)) f.assigned.add(key);
        return write(key, e.value);
      }
      case "defg":
        expr(e.value);
        f.globalsWritten.add(e.name);
        return write("g:" + e.name, e.value);
      case "defx":
      case "eval":
      case "macroexpand":
        f.reflective = true;
        return expr(e.t === "defx" ? e.value : e.arg);
      case "if":
        expr(e.test);
        expr(e.then);
        if (e.else !== null) expr(e.else);
        return;
      case "seq":
        return body(e.body);
      case "and":
      case "or":
        return body(e.args);
      case "not":
        return expr(e.arg);
      case "let": {
        if (e.kind === "let") body(e.inits);
        frames.push(e);
        e.inits.forEach((init, i) => {
          if (e.kind !== "let") expr(init);
          write(f.frames.key(frames, 0, e.slots[i]!), init);
        });
        body(e.body);
        frames.pop();
        return;
      }
      case "lambda":
        return fn(e);
      case "call":
        expr(e.fn);
        body(e.args);
        if (e.tail && lambda !== null) {
          const key = e.fn.t === "local" || e.fn.t === "global" ? f.refKey(e.fn, frames) : null;
          f.tailSites.get(lambda)!.push({ call: e, fnKey: key });
          const site = consSite(e, (r) => f.refKey(r, frames));
          if (site !== null) f.consSites.get(lambda)!.push(site);
        }
        return;
      case "try":
        body(e.body);
        frames.push(e);
        write(f.frames.key(frames, 0, 0), null, 2);
        body(e.handler);
        frames.pop();
        return;
      case "qq":
        return qq(e.tpl);
      case "delay":
        return fn(e.thunk);
      case "lit":
      case "require":
      case "emit":
      case "fail":
        return;
    }
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
