/**
 * The reference interpreter: a direct tree walk over the IR (runtime/ir/nodes.ts). It is the
 * oracle the compiled code must agree with and the baseline the benchmarks compare against,
 * so it stays plain: one case per node kind, no caching beyond constants.
 *
 * Proper tail calls: a call in tail position to a closure returns a TailCall instead of
 * calling; callProc's trampoline (runtime/values/call.ts) continues it, so tail recursion runs
 * in constant stack (spec §3.4). So does a recursive list builder's `(cons x (f …))` in tail
 * position (consChain below).
 */
import { unbound, userErr } from "../errors/lisp-error.js";
import { failError } from "../errors/fail-error.js";
import { caughtValue } from "../errors/caught-value.js";
import { stampFrame } from "../errors/frames.js";
import { qqList } from "../values/quasi.js";
import { decodeDatum, decodeForm, toSpan } from "../ir/codec.js";
import type { Expr, Fallback, Lambda, Pos, QQ, TopForm } from "../ir/nodes.js";
import { unhandled } from "../ir/visit.js";
import { frontEnd, type FrameShape } from "../reflect/frontend-hook.js";
import { writeOut } from "../io/output.js";
import { callProc, consOntoCall, stamp } from "../values/call.js";
import { dataToForm, formToData } from "../values/convert.js";
import { truthy } from "../values/equality.js";
import { listOf } from "../values/list-storage.js";
import { cons as CONS } from "../stdlib/natives/lists.js";
import { Closure, LErrorValue, LPromise, TailCall, type Value } from "../values/types.js";
import { Frame, newFrame, UNBOUND } from "./frame.js";
import type { Session } from "./session.js";
import type { Span } from "../values/form.js";

/** What every node evaluation can see besides its frame. */
export interface RunCtx {
  readonly session: Session;
  readonly file: string;
}

const at = (rc: RunCtx, s: Pos): Span => toSpan(rc.file, s);

export function evalTop(form: TopForm, frame: Frame | null, rc: RunCtx): Value {
  if (form.t === "defmacro") {
    rc.session.macros.define({ name: form.name, params: form.params, rest: form.rest, body: decodeForm(form.body, rc.file) });
    return null;
  }
  return evalExpr(form, frame, rc) as Value;
}

function lookup(ref: Fallback, frame: Frame | null, rc: RunCtx): Value {
  switch (ref.t) {
    case "local": {
      const v = frame!.up(ref.up).slots[ref.slot]!;
      if (v !== UNBOUND) return v;
      return lookup(ref.fb!, frame, rc);
    }
    case "global": {
      const v = rc.session.globals.get(ref.name);
      if (v === undefined) throw unbound(ref.name, at(rc, ref.s));
      return v;
    }
    case "dyn": {
      let f = frame;
      for (let i = 0; i < ref.depth && f !== null; i++, f = f.parent) {
        const v = f.extra?.get(ref.name);
        if (v !== undefined) return v;
      }
      return lookup(ref.fb, frame, rc);
    }
  }
}

/** set! through a resolved reference; an unbound define-slot assigns the outer binding. */
function assign(ref: Fallback, v: Value, frame: Frame | null, rc: RunCtx): void {
  switch (ref.t) {
    case "local": {
      const f = frame!.up(ref.up);
      if (f.slots[ref.slot] !== UNBOUND || ref.fb === undefined) f.slots[ref.slot] = v;
      else assign(ref.fb, v, frame, rc);
      return;
    }
    case "global":
      if (!rc.session.globals.assign(ref.name, v)) throw unbound(ref.name, at(rc, ref.s));
      return;
    case "dyn": {
      let f = frame;
      for (let i = 0; i < ref.depth && f !== null; i++, f = f.parent) {
        if (f.extra?.has(ref.name)) {
          f.extra.set(ref.name, v);
          return;
        }
      }
      assign(ref.fb, v, frame, rc);
    }
  }
}

function evalBody(body: readonly Expr[], frame: Frame | null, rc: RunCtx): Value | TailCall {
  const last = body.length - 1;
  for (let i = 0; i < last; i++) evalExpr(body[i]!, frame, rc);
  return evalExpr(body[last]!, frame, rc);
}

/** Evaluate in a non-tail context: a TailCall cannot come back from here. */
const value = (e: Expr, frame: Frame | null, rc: RunCtx): Value => evalExpr(e, frame, rc) as Value;

export function evalExpr(e: Expr, frame: Frame | null, rc: RunCtx): Value | TailCall {
  switch (e.t) {
    case "lit":
      return decodeDatum(e.v, rc.file);
    case "local":
    case "global":
    case "dyn":
      return lookup(e, frame, rc);
    case "if":
      if (truthy(value(e.test, frame, rc))) return evalExpr(e.then, frame, rc);
      return e.else === null ? null : evalExpr(e.else, frame, rc);
    case "seq":
      return evalBody(e.body, frame, rc);
    case "and": {
      const last = e.args.length - 1;
      for (let i = 0; i < last; i++) {
        const v = value(e.args[i]!, frame, rc);
        if (!truthy(v)) return v;
      }
      return evalExpr(e.args[last]!, frame, rc);
    }
    case "or": {
      const last = e.args.length - 1;
      for (let i = 0; i < last; i++) {
        const v = value(e.args[i]!, frame, rc);
        if (truthy(v)) return v;
      }
      return evalExpr(e.args[last]!, frame, rc);
    }
    case "not":
      return !truthy(value(e.arg, frame, rc));
    case "call":
      return evalCall(e, frame, rc);
    case "lambda":
      return makeClosure(e, frame, rc);
    case "defl":
      frame!.slots[e.slot] = value(e.value, frame, rc);
      return null;
    case "defg":
      rc.session.globals.define(e.name, value(e.value, frame, rc));
      return null;
    case "defx": {
      const v = value(e.value, frame, rc);
      if (frame === null) rc.session.globals.define(e.name, v);
      else (frame.extra ??= new Map()).set(e.name, v);
      return null;
    }
    case "set":
      assign(e.ref, value(e.value, frame, rc), frame, rc);
      return null;
    case "let":
      return evalLet(e, frame, rc);
    case "try":
      return evalTry(e, frame, rc);
    case "qq":
      return quasi(e.tpl, frame, rc);
    case "delay":
      return new LPromise(makeClosure(e.thunk, frame, rc));
    case "eval":
      return evalEval(e, frame, rc);
    case "macroexpand": {
      const form = dataToForm(value(e.arg, frame, rc), at(rc, e.s), "macroexpand");
      const fe = frontEnd(e.once ? "macroexpand-1" : "macroexpand");
      return formToData(e.once ? fe.expandOnce(form, rc.session) : fe.expandAll(form, rc.session));
    }
    case "require":
      throw userErr(new LErrorValue("module-not-found", `module not found: ${e.path}`, []));
    case "emit":
      writeOut(e.text);
      return null;
    case "fail":
      throw failError(e.error, at(rc, e.s), rc.file);
    default:
      // Every kind has its case above: a kind added to the IR does not compile until it has one.
      return unhandled(e);
  }
}

type CallNode = Extract<Expr, { t: "call" }>;

function evalCall(e: CallNode, frame: Frame | null, rc: RunCtx): Value | TailCall {
  const fn = value(e.fn, frame, rc);
  if (e.tail && fn === CONS && isConsOntoCall(e)) return consChain(e, frame, rc);
  const args = evalArgs(e, frame, rc);
  if (e.tail && fn instanceof Closure) return new TailCall(fn, args, at(rc, e.s));
  try {
    return callProc(fn, args);
  } catch (err) {
    // Raised by this call (its position), or coming out of the function it called (a frame).
    throw stampFrame(err, at(rc, e.s));
  }
}

function evalArgs(e: CallNode, frame: Frame | null, rc: RunCtx): Value[] {
  const n = e.args.length;
  const args = new Array<Value>(n);
  for (let i = 0; i < n; i++) args[i] = value(e.args[i]!, frame, rc);
  return args;
}

/** A call of two arguments whose second is a call: `(cons x (f …))` once the callee is cons. */
const isConsOntoCall = (e: CallNode): boolean => e.args.length === 2 && e.args[1]!.t === "call";

/**
 * `(cons x (f …))` in tail position, cons being the native: x, then f and its arguments, are
 * evaluated as the nested calls would be (a chain `(cons x (cons y (f …)))` gathers every
 * head). A closure f is then continued by the caller's trampoline with the heads, which it
 * conses onto f's value, so a recursive builder such as the stdlib's `range` runs in constant
 * stack; anything else is called here, as in compiled code (values/call.ts consOntoCall): an
 * error is the call's own at its position, or comes out of it with a frame there.
 */
function consChain(e: CallNode, frame: Frame | null, rc: RunCtx): Value | TailCall {
  const heads: Value[] = [];
  for (let call = e; ; ) {
    heads.push(value(call.args[0]!, frame, rc));
    const inner = call.args[1] as CallNode;
    const fn = value(inner.fn, frame, rc);
    if (fn === CONS && isConsOntoCall(inner)) {
      call = inner;
      continue;
    }
    return consOntoCall(heads, fn, evalArgs(inner, frame, rc), at(rc, inner.s));
  }
}

export function makeClosure(l: Lambda, frame: Frame | null, rc: RunCtx): Closure {
  const { scope, paramSlots, body } = l;
  const npos = l.params.length;
  const hasRest = l.rest !== null;
  return new Closure(
    l.params,
    l.rest,
    (args) => {
      const f = newFrame(scope, frame);
      for (let i = 0; i < npos; i++) f.slots[paramSlots[i]!] = args[i]!;
      if (hasRest) f.slots[paramSlots[npos]!] = listOf(args.slice(npos));
      return evalBody(body, f, rc);
    },
    l.name,
  );
}

function evalLet(e: Extract<Expr, { t: "let" }>, frame: Frame | null, rc: RunCtx): Value | TailCall {
  let f: Frame;
  if (e.kind === "let") {
    const vals = e.inits.map((x) => value(x, frame, rc));
    f = newFrame(e.scope, frame);
    for (let i = 0; i < vals.length; i++) f.slots[e.slots[i]!] = vals[i]!;
  } else {
    // let* slots start unbound (reads fall back outwards); letrec's are pre-bound to nil.
    f = newFrame(e.scope, frame);
    for (let i = 0; i < e.inits.length; i++) f.slots[e.slots[i]!] = value(e.inits[i]!, f, rc);
  }
  return evalBody(e.body, f, rc);
}

function evalTry(e: Extract<Expr, { t: "try" }>, frame: Frame | null, rc: RunCtx): Value {
  try {
    let v: Value = null;
    for (const b of e.body) v = value(b, frame, rc);
    return v;
  } catch (err) {
    const f = newFrame(e.scope, frame);
    f.slots[0] = caughtValue(err, at(rc, e.s));
    let v: Value = null;
    for (const h of e.handler) v = value(h, f, rc);
    return v;
  }
}

function quasi(t: QQ, frame: Frame | null, rc: RunCtx): Value {
  switch (t.q) {
    case "datum":
      return decodeDatum(t.v, rc.file);
    case "unquote":
      return value(t.e, frame, rc);
    case "list":
      return qqList(
        t.items.map((item) => (item.q === "splice" ? value(item.e, frame, rc) : quasi(item, frame, rc))),
        t.items.map((item) => (item.q === "splice" ? at(rc, item.s) : undefined)),
      );
  }
}

function frameShapes(frame: Frame | null): FrameShape[] {
  const out: FrameShape[] = [];
  for (let f = frame; f !== null; f = f.parent) out.push({ scope: f.scope, extra: new Set(f.extra?.keys() ?? []) });
  return out;
}

function evalEval(e: Extract<Expr, { t: "eval" }>, frame: Frame | null, rc: RunCtx): Value {
  const data = value(e.arg, frame, rc);
  const span = at(rc, e.s);
  const fe = frontEnd("eval");
  try {
    const form = fe.expandAll(dataToForm(data, span, "eval"), rc.session);
    const ir = fe.analyzeEval(form, frameShapes(frame), rc.file);
    return value(ir, frame, rc);
  } catch (err) {
    throw stamp(err, span);
  }
}
