/**
 * IR expressions → JS, Fennel style: each form becomes statements (pushed to `out`) plus an
 * expression, so `let`, `begin`, `if`, `try` in expression position need no function wrapper;
 * a temporary is introduced only where a value must outlive a statement. Three entry points:
 * `value` (the form's value is used), `effect` (discarded), `tail` (returned from the function).
 *
 * Evaluation order is the interpreter's: when a later operand needs statements, earlier
 * operands are first saved in temporaries (`operands`).
 */
import type * as ES from "estree";
import type { Expr, Fallback, QQ } from "../../runtime/ir/nodes.js";
import { FnCtx, type JsFrame } from "./context.js";
import { datumExpr } from "./emit-data.js";
import { emitCall, tailCall } from "./emit-call.js";
import { lambdaValue } from "./emit-lambda.js";
import { consStep, consTail, consTailSite } from "./emit-trmc.js";
import { raises, readGlobal, writeGlobal } from "./emit-globals.js";
import * as B from "./estree.js";
import { isBool, isStable, markBool, markConst, truthTest } from "./expr-marks.js";
import { mangle } from "./munge.js";
import { globalKey, type Key } from "./binding-key.js";

type Out = ES.Statement[];

const U = B.id("$U");
const NIL = (): ES.Expression => B.lit(null);

/**
 * Operands evaluated left to right. When `spill` is set (the consumer assigns `$p` after them)
 * or a later operand needs statements, operands are saved in temporaries in order.
 */
export function operands(es: readonly Expr[], cx: FnCtx, out: Out, spill: boolean): ES.Expression[] {
  const res: ES.Expression[] = [];
  let stable = true; // every earlier operand is stable: statements may go straight to out
  for (const e of es) {
    if (stable) {
      // The same code as below (saving stable operands is a no-op), without copying the
      // statements: copying them at every level made deeply nested calls quadratic.
      const x = value(e, cx, out);
      res.push(x);
      stable = isStable(x);
      continue;
    }
    const buf: Out = [];
    const x = value(e, cx, buf);
    pushOperand(res, x, buf, cx, out);
  }
  if (spill) for (let j = 0; j < res.length; j++) res[j] = save(res[j]!, cx, out);
  return res;
}

/**
 * Append operand `x`, whose statements are `buf`, to the operands `xs` evaluated before it:
 * when it has statements, the earlier operands are first saved in temporaries (the statements
 * must not run before them, nor change what they read), then the statements go to `out`.
 */
export function pushOperand(xs: ES.Expression[], x: ES.Expression, buf: Out, cx: FnCtx, out: Out): void {
  if (buf.length > 0) {
    for (let j = 0; j < xs.length; j++) xs[j] = save(xs[j]!, cx, out);
    B.appendAll(out, buf);
  }
  xs.push(x);
}

export function save(x: ES.Expression, cx: FnCtx, out: Out): ES.Expression {
  if (isStable(x)) return x;
  const t = cx.mod.temp();
  out.push(B.decl("const", t, x));
  const ref = markConst(B.id(t));
  return isBool(x) ? markBool(ref) : ref;
}

/** A test for `if`: the value itself when it is a boolean, else its truthiness. */
export function test(e: Expr, cx: FnCtx, out: Out): ES.Expression {
  return truthTest(value(e, cx, out));
}

// ── reading and writing variables ──────────────────────────────────────────────────────────

export function read(ref: Fallback, cx: FnCtx): ES.Expression {
  switch (ref.t) {
    case "local": {
      const name = cx.jsName(ref.up, ref.slot);
      const key = cx.mod.facts.refKey(ref, cx.creators())!;
      const v = B.at(B.id(name), ref.s, ref.name);
      // A variable no set! assigns keeps its value once bound: it needs no temporary.
      if (ref.fb === undefined) return cx.mod.facts.assigned.has(key) ? v : markConst(v);
      if (cx.bound.has(key)) return v;
      return B.cond(B.binary("!==", B.id(name), U), v, read(ref.fb, cx));
    }
    case "global":
      return readGlobal(ref.name, ref.s, cx);
    case "dyn":
      throw new Error("dyn references only occur in reflective programs");
  }
}

function assignRef(ref: Fallback, v: ES.Expression, cx: FnCtx, out: Out): void {
  switch (ref.t) {
    case "local": {
      const name = cx.jsName(ref.up, ref.slot);
      if (ref.fb === undefined) return void out.push(B.stmt(B.at(B.assign(name, v), ref.s)));
      const other: Out = [];
      assignRef(ref.fb, v, cx, other);
      out.push(B.ifs(B.binary("!==", B.id(name), U), [B.stmt(B.at(B.assign(name, v), ref.s))], other));
      return;
    }
    case "global":
      return writeGlobal(ref.name, v, ref.s, cx, out, "set");
    case "dyn":
      throw new Error("dyn references only occur in reflective programs");
  }
}

// ── the three entry points ─────────────────────────────────────────────────────────────────

export function value(e: Expr, cx: FnCtx, out: Out): ES.Expression {
  switch (e.t) {
    case "lit":
      return B.at(datumExpr(e.v, cx.mod), e.s);
    case "local":
    case "global":
      return read(e, cx);
    case "call":
      return emitCall(e, cx, out);
    case "lambda":
      return lambdaValue(e, cx, out, null);
    case "not": {
      return markBool(B.not(truthTest(value(e.arg, cx, out))));
    }
    case "if": {
      const t = test(e.test, cx, out);
      const a: Out = [];
      const b: Out = [];
      const x = value(e.then, cx, a);
      const y = e.else === null ? NIL() : value(e.else, cx, b);
      if (a.length === 0 && b.length === 0) {
        const c = B.cond(t, x, y);
        return isBool(x) && isBool(y) ? markBool(c) : c;
      }
      const r = cx.mod.temp();
      out.push(B.decl("let", r, null));
      a.push(B.stmt(B.assign(r, x)));
      b.push(B.stmt(B.assign(r, y)));
      out.push(B.at(B.ifs(t, a, b), e.s));
      return B.id(r);
    }
    case "and":
    case "or":
      return andOr(e, cx, out);
    case "seq":
    case "let":
    case "try":
      return viaTemp(e, cx, out);
    case "qq":
      return quasi(e.tpl, cx, out);
    case "delay":
      return B.at(B.rt("delay", [lambdaValue(e.thunk, cx, out, null)]), e.s);
    case "emit":
    case "defl":
    case "defg":
    case "set":
    case "require":
    case "fail":
      effect(e, cx, out);
      return NIL();
    case "dyn":
    case "defx":
    case "eval":
    case "macroexpand":
      throw new Error(`${e.t} only occurs in reflective programs, which run on the interpreter`);
  }
}

/** seq/let/try for their value: run them as statements that leave the value in a temporary. */
function viaTemp(e: Expr, cx: FnCtx, out: Out): ES.Expression {
  if (e.t === "seq" && e.body.length === 1) return value(e.body[0]!, cx, out);
  const r = cx.mod.temp();
  out.push(B.decl("let", r, null));
  sink(e, cx, out, (x) => [B.stmt(B.assign(r, x))]);
  return B.id(r);
}

export function effect(e: Expr, cx: FnCtx, out: Out): void {
  switch (e.t) {
    case "lit":
    case "local":
    case "lambda":
      // A variable read still raises when unbound; a literal or lambda has no effect.
      if (e.t === "local" && e.fb !== undefined) out.push(B.stmt(read(e, cx)));
      return;
    case "if": {
      const t = test(e.test, cx, out);
      const a: Out = [];
      const b: Out = [];
      effect(e.then, cx, a);
      if (e.else !== null) effect(e.else, cx, b);
      out.push(B.at(B.ifs(t, a, b), e.s));
      return;
    }
    case "seq":
    case "let":
    case "try":
      return sink(e, cx, out, (x) => (isStable(x) ? [] : [B.stmt(x)]));
    case "emit":
      out.push(B.stmt(B.at(B.rt("out", [B.str(e.text)]), e.s)));
      return;
    case "defl": {
      const name = cx.jsName(0, e.slot);
      const key = cx.mod.facts.frames.key(cx.creators(), 0, e.slot);
      out.push(B.stmt(B.at(B.assign(name, bindingValue(e.value, key, cx, out)), e.s, e.name)));
      return;
    }
    case "defg":
      return writeGlobal(e.name, bindingValue(e.value, globalKey(e.name), cx, out), e.s, cx, out, "define");
    case "set":
      return assignRef(e.ref, save(value(e.value, cx, out), cx, out), cx, out);
    case "require":
      out.push(B.stmt(B.at(B.rt("requireFail", [B.str(e.path)]), e.s)));
      return;
    case "fail":
      raises(cx);
      out.push(B.stmt(B.at(B.rt("fail", [B.json(e.error), cx.mod.span(e.s)]), e.s)));
      return;
    default: {
      const x = value(e, cx, out);
      if (!isStable(x)) out.push(B.stmt(x));
    }
  }
}

/** The value written to a binding: a fixed function is declared by name (directly callable). */
function bindingValue(v: Expr, key: Key, cx: FnCtx, out: Out): ES.Expression {
  if (v.t === "lambda" && cx.mod.facts.fixed(key) === v) return lambdaValue(v, cx, out, key);
  return value(v, cx, out);
}

export function tail(e: Expr, cx: FnCtx, out: Out): void {
  switch (e.t) {
    case "if": {
      const t = test(e.test, cx, out);
      const a: Out = [];
      const b: Out = [];
      tail(e.then, cx, a);
      if (e.else !== null) tail(e.else, cx, b);
      else b.push(B.ret(NIL()));
      out.push(B.at(B.ifs(t, a, b), e.s));
      return;
    }
    case "seq":
    case "let":
    case "try":
      return sink(e, cx, out, (x) => [B.ret(x)], true);
    case "call": {
      if (!e.tail) break;
      const site = cx.self?.consSites.get(e);
      if (site !== undefined) return consStep(site, cx, out);
      const viaHeads = consTailSite(e, cx.lambda, cx);
      return viaHeads !== undefined ? consTail(viaHeads, cx, out) : tailCall(e, cx, out);
    }
    case "and":
    case "or": {
      // Every operand but the last may end the form; the last is in tail position.
      if (e.args.length === 0) break;
      for (let i = 0; i < e.args.length - 1; i++) {
        const r = save(value(e.args[i]!, cx, out), cx, out);
        const t = B.rt("truthy", [r]);
        out.push(B.ifs(e.t === "and" ? B.not(t) : t, [B.ret(r)], null));
      }
      return tail(e.args[e.args.length - 1]!, cx, out);
    }
  }
  out.push(B.ret(value(e, cx, out)));
}

/**
 * A body-like form (seq, let, try) whose last value is handed to `use` (which makes the
 * statements that consume it); in tail position the last form is compiled with `tail`.
 */
function sink(e: Expr, cx: FnCtx, out: Out, use: (x: ES.Expression) => ES.Statement[], isTail = false): void {
  const lastInto = (body: readonly Expr[], c: FnCtx, o: Out, inTail: boolean): void => {
    if (body.length === 0) return void o.push(...use(NIL()));
    for (let i = 0; i < body.length - 1; i++) bodyForm(body[i]!, c, o);
    const last = body[body.length - 1]!;
    if (inTail) tail(last, c, o);
    else o.push(...use(value(last, c, o)));
  };
  switch (e.t) {
    case "seq":
      // A begin may sit in a branch: what its defines bind must not count as bound after it.
      return lastInto(e.body, cx.withFrame(null), out, isTail);
    case "let":
      return lastInto(e.body, letFrame(e, cx, out), out, isTail);
    case "try": {
      // Neither the body nor the handler is in tail position (their calls are not marked tail).
      const body: Out = [];
      lastInto(e.body, cx.withFrame(null), body, false);
      const caught = cx.mod.alloc("$e");
      const frame = frameFor(e, e.scope, cx);
      const handler: Out = [B.decl("let", frame.names[0]!, B.at(B.rt("caught", [B.id(caught), cx.mod.span(e.s)]), e.s))];
      declareSlots(frame, 1, handler);
      lastInto(e.handler, cx.withFrame(frame), handler, false);
      out.push({ type: "TryStatement", block: B.block(body), handler: { type: "CatchClause", param: B.id(caught), body: B.block(handler) }, finalizer: null });
      return;
    }
  }
}

/** A body run for its value in this function: each form in turn, then the last one's value. */
export function bodyValue(body: readonly Expr[], cx: FnCtx, out: Out): ES.Expression {
  if (body.length === 0) return NIL();
  for (let i = 0; i < body.length - 1; i++) bodyForm(body[i]!, cx, out);
  return value(body[body.length - 1]!, cx, out);
}

/** A form directly in a body: after an unconditional define of a fixed function, it is bound. */
export function bodyForm(e: Expr, cx: FnCtx, out: Out): void {
  effect(e, cx, out);
  if (e.t === "defl") cx.markBound(cx.mod.facts.frames.key(cx.creators(), 0, e.slot));
  if (e.t === "defg") cx.markBound(globalKey(e.name));
}

// ── frames ─────────────────────────────────────────────────────────────────────────────────

export function frameFor(creator: object, scope: JsFrame["scope"], cx: FnCtx): JsFrame {
  const facts = cx.mod.facts;
  const names = scope.names.map((n, slot) => cx.mod.alloc(mangle(n) + (facts.fixed(facts.frames.slot(creator, slot)) ? "$v" : "")));
  return { creator, scope, names };
}

/** `let` declarations for slots from `from` on: nil, or unbound for define-introduced slots. */
export function declareSlots(frame: JsFrame, from: number, out: Out, skip: ReadonlySet<number> = new Set()): void {
  for (let i = from; i < frame.names.length; i++) {
    if (skip.has(i)) continue;
    out.push(B.decl("let", frame.names[i]!, i < frame.scope.firstDefine ? NIL() : U));
  }
}

/** Bind a let, let* or letrec frame; returns the context its body compiles in. */
function letFrame(e: Extract<Expr, { t: "let" }>, cx: FnCtx, out: Out): FnCtx {
  const frame = frameFor(e, e.scope, cx);
  const inner = cx.withFrame(frame);
  const key = (slot: number): Key => cx.mod.facts.frames.slot(e, slot);
  if (e.kind === "let") {
    // Inits see the outer frames; fixed functions among them are declared before the frame.
    const vals = e.inits.map((init, i) => {
      const buf: Out = [];
      const v = bindingValue(init, key(e.slots[i]!), cx, buf);
      return { v, buf };
    });
    const xs: ES.Expression[] = [];
    for (const { v, buf } of vals) pushOperand(xs, v, buf, cx, out);
    const declared = new Set<number>();
    xs.forEach((x, i) => {
      const slot = e.slots[i]!;
      if (declared.has(slot)) out.push(B.stmt(B.assign(frame.names[slot]!, x)));
      else out.push(B.decl("let", frame.names[slot]!, x));
      declared.add(slot);
    });
    declareSlots(frame, 0, out, declared);
    for (const slot of declared) if (cx.mod.facts.fixed(key(slot))) inner.markBound(key(slot));
    return inner;
  }
  declareSlots(frame, 0, out);
  e.inits.forEach((init, i) => {
    const slot = e.slots[i]!;
    out.push(B.stmt(B.assign(frame.names[slot]!, bindingValue(init, key(slot), inner, out))));
    // let* and letrec bind in order: from here on the slot holds a value, so reads of it need
    // no check for unbound (and a fixed function may be called directly).
    inner.markBound(key(slot));
  });
  return inner;
}

// ── and / or / quasiquote ──────────────────────────────────────────────────────────────────

function andOr(e: Extract<Expr, { t: "and" | "or" }>, cx: FnCtx, out: Out): ES.Expression {
  const isAnd = e.t === "and";
  const bufs = e.args.map(() => [] as Out);
  const xs = e.args.map((a, i) => value(a, cx, bufs[i]!));
  if (xs.every(isBool) && bufs.slice(1).every((b) => b.length === 0)) {
    B.appendAll(out, bufs[0]!);
    return markBool(xs.reduce((l, r) => B.logical(isAnd ? "&&" : "||", l, r)));
  }
  // Statement form: r = a; if (truthy(r) [or not]) { r = b; if … }
  const r = cx.mod.temp();
  B.appendAll(out, bufs[0]!);
  out.push(B.decl("let", r, xs[0]!));
  let into = out;
  for (let i = 1; i < xs.length; i++) {
    const inner: Out = [];
    const t = B.rt("truthy", [B.id(r)]);
    into.push(B.ifs(isAnd ? t : B.not(t), inner, null));
    const again: Out = [];
    const x = value(e.args[i]!, cx, again);
    B.appendAll(inner, again);
    inner.push(B.stmt(B.assign(r, x)));
    into = inner;
  }
  return B.id(r);
}

function quasi(t: QQ, cx: FnCtx, out: Out): ES.Expression {
  switch (t.q) {
    case "datum":
      return datumExpr(t.v, cx.mod);
    case "unquote":
      return value(t.e, cx, out);
    case "list": {
      const items: ES.Expression[] = [];
      const marks: ES.Expression[] = [];
      for (const item of t.items) {
        const buf: Out = [];
        const x = item.q === "splice" ? value(item.e, cx, buf) : quasi(item, cx, buf);
        pushOperand(items, x, buf, cx, out);
        marks.push(item.q === "splice" ? cx.mod.span(item.s) : NIL());
      }
      raises(cx);
      return B.rt("qq", [B.arr(items), B.arr(marks)]);
    }
  }
}

/** A function body: forms in order, the last one in tail position. */
export function tailBody(body: readonly Expr[], cx: FnCtx, out: Out): void {
  if (body.length === 0) return void out.push(B.ret(NIL()));
  for (let i = 0; i < body.length - 1; i++) bodyForm(body[i]!, cx, out);
  tail(body[body.length - 1]!, cx, out);
}

/** Top-level forms: each runs in turn; the last one's value is returned. */
export function topLevel(forms: readonly Expr[], cx: FnCtx, out: Out): void {
  if (forms.length === 0) return void out.push(B.ret(NIL()));
  for (let i = 0; i < forms.length - 1; i++) bodyForm(forms[i]!, cx, out);
  out.push(B.ret(value(forms[forms.length - 1]!, cx, out)));
}
