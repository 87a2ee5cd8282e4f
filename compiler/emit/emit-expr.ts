/**
 * The lowering of the core forms to JS (lowering.ts says how forms become statements plus an
 * expression): literals, variables, if, not, and/or, begin/let/try, quasiquote, lambda values
 * and the definitions and assignments. Calls are in emit-call.ts; lower-table.ts maps each
 * node kind to its lowering.
 */
import type * as ES from "estree";
import type { Expr, Fallback, QQ } from "../../runtime/ir/nodes.js";
import type { FnCtx } from "./context.js";
import type { Kind, NodeOf } from "../../runtime/ir/visit.js";
import { datumExpr } from "./emit-data.js";
import { lambdaValue } from "./emit-lambda.js";
import { raises, readGlobal, writeGlobal } from "./emit-globals.js";
import * as B from "./estree.js";
import { isBool, isStable, markBool, markConst, truthTest } from "./expr-marks.js";
import { bodyValue, effect, ret, tail, tailBody, test, value, type KindLowering } from "./lowering.js";
import { pushOperand, save } from "./operands.js";
import { declareSlots, frameFor } from "./frames.js";

type Out = ES.Statement[];

const U = B.id("$U");
const NIL = (): ES.Expression => B.lit(null);

// ── reading and writing variables ──────────────────────────────────────────────────────────

export function read(ref: Fallback, cx: FnCtx): ES.Expression {
  switch (ref.t) {
    case "local": {
      const name = cx.jsName(ref.up, ref.slot);
      const key = cx.mod.facts.refKey(ref, cx.creators())!;
      const v = B.at(B.id(name), ref.s, ref.name);
      // A variable no set! assigns keeps its value once bound: it needs no temporary.
      if (ref.fb === undefined) return cx.mod.facts.assigned.has(key) ? v : markConst(v);
      if (cx.mod.plan.boundAt(ref)) return v;
      return B.cond(B.binary("!==", B.id(name), U), v, read(ref.fb, cx));
    }
    case "global":
      return readGlobal(ref, cx);
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
      return writeGlobal(ref.name, v, ref.s, cx, out, ref);
    case "dyn":
      throw new Error("dyn references only occur in reflective programs");
  }
}

// ── each kind's lowering (lower-table.ts puts them in the table) ─────────────────────────────

type Node<K extends Kind> = NodeOf<K>;

export const LIT: KindLowering<Node<"lit">> = {
  value: (e, cx) => B.at(datumExpr(e.v, cx.mod), e.s),
  // A literal has no effect.
  effect: () => {},
};

export const LOCAL: KindLowering<Node<"local">> = {
  value: (e, cx) => read(e, cx),
  // A variable read still raises when unbound.
  effect: (e, cx, out) => {
    if (e.fb !== undefined) out.push(B.stmt(read(e, cx)));
  },
};

export const GLOBAL: KindLowering<Node<"global">> = {
  value: (e, cx) => read(e, cx),
};

export const NOT: KindLowering<Node<"not">> = {
  value: (e, cx, out) => markBool(B.not(truthTest(value(e.arg, cx, out), cx.mod))),
};

export const IF: KindLowering<Node<"if">> = {
  value(e, cx, out) {
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
  },
  effect: (e, cx, out) => ifStatement(e, cx, out, effect, () => []),
  tail: (e, cx, out) => ifStatement(e, cx, out, tail, () => [ret(NIL(), cx)]),
};

/** `if` as a statement: each branch written by `branch` (effect or tail); `noElse` is what a missing else does. */
function ifStatement(e: Node<"if">, cx: FnCtx, out: Out, branch: (x: Expr, cx: FnCtx, out: Out) => void, noElse: () => Out): void {
  const t = test(e.test, cx, out);
  const a: Out = [];
  const b: Out = [];
  branch(e.then, cx, a);
  if (e.else !== null) branch(e.else, cx, b);
  else b.push(...noElse());
  out.push(B.at(B.ifs(t, a, b), e.s));
}

export const AND_OR: KindLowering<Node<"and" | "or">> = {
  value: (e, cx, out) => andOr(e, cx, out),
  tail(e, cx, out) {
    // Every operand but the last may end the form; the last is in tail position.
    if (e.args.length === 0) return void out.push(ret(value(e, cx, out), cx));
    for (let i = 0; i < e.args.length - 1; i++) {
      const r = save(value(e.args[i]!, cx, out), cx, out);
      const t = cx.mod.rt("truthy", [r]);
      out.push(B.ifs(e.t === "and" ? B.not(t) : t, [ret(r, cx)], null));
    }
    tail(e.args[e.args.length - 1]!, cx, out);
  },
};

/** seq, let and try: statements; for their value, statements that leave it in a temporary. */
export const BODY: KindLowering<Node<"seq" | "let" | "try">> = {
  value(e, cx, out) {
    if (e.t === "seq" && e.body.length === 1) return value(e.body[0]!, cx, out);
    const r = cx.mod.temp();
    out.push(B.decl("let", r, null));
    sink(e, cx, out, (x) => [B.stmt(B.assign(r, x))]);
    return B.id(r);
  },
  effect: (e, cx, out) => sink(e, cx, out, (x) => (isStable(x) ? [] : [B.stmt(x)])),
  tail: (e, cx, out) => sink(e, cx, out, (x) => [ret(x, cx)], true),
};

export const QUASI: KindLowering<Node<"qq">> = {
  value: (e, cx, out) => quasi(e.tpl, cx, out),
};

export const LAMBDA: KindLowering<Node<"lambda">> = {
  value: (e, cx, out) => lambdaValue(e, cx, out, null),
  // A lambda has no effect.
  effect: () => {},
};

export const DELAY: KindLowering<Node<"delay">> = {
  value: (e, cx, out) => B.at(cx.mod.rt("delay", [lambdaValue(e.thunk, cx, out, null)]), e.s),
};

/** A form run for its effect only: its value is nil. */
const statement = <E extends Expr>(effect: (e: E, cx: FnCtx, out: Out) => void): KindLowering<E> => ({
  value(e, cx, out) {
    effect(e, cx, out);
    return NIL();
  },
  effect,
});

export const EMIT = statement<Node<"emit">>((e, cx, out) => void out.push(B.stmt(B.at(cx.mod.rt("out", [B.str(e.text)]), e.s))));

export const DEFL = statement<Node<"defl">>((e, cx, out) => {
  const name = cx.jsName(0, e.slot);
  out.push(B.stmt(B.at(B.assign(name, bindingValue(e.value, cx, out)), e.s, e.name)));
});

export const DEFG = statement<Node<"defg">>((e, cx, out) => writeGlobal(e.name, bindingValue(e.value, cx, out), e.s, cx, out, null));

export const SET = statement<Node<"set">>((e, cx, out) => assignRef(e.ref, save(value(e.value, cx, out), cx, out), cx, out));

export const REQUIRE = statement<Node<"require">>((e, cx, out) => void out.push(B.stmt(B.at(cx.mod.rt("requireFail", [B.str(e.path)]), e.s))));

export const FAIL = statement<Node<"fail">>((e, cx, out) => {
  raises(cx);
  out.push(B.stmt(B.at(cx.mod.rt("fail", [cx.mod.json(e.error), cx.mod.span(e.s)]), e.s)));
});

/** Forms only reflective programs have; those run on the interpreter (emit-module.ts). */
export const REFLECTIVE: KindLowering<Node<"dyn" | "defx" | "eval" | "macroexpand">> = {
  value: (e) => {
    throw new Error(`${e.t} only occurs in reflective programs, which run on the interpreter`);
  },
};

/** The value written to a binding: a fixed function is declared by name (directly callable). */
function bindingValue(v: Expr, cx: FnCtx, out: Out): ES.Expression {
  const key = v.t === "lambda" ? cx.mod.plan.fn(v).key : null;
  if (v.t === "lambda" && key !== null) return lambdaValue(v, cx, out, key);
  return value(v, cx, out);
}

/**
 * A body-like form (seq, let, try) whose last value is handed to `use` (which makes the
 * statements that consume it); in tail position the last form is compiled with `tail`.
 */
function sink(e: Expr, cx: FnCtx, out: Out, use: (x: ES.Expression) => ES.Statement[], isTail = false): void {
  const lastInto = (body: readonly Expr[], c: FnCtx, o: Out, inTail: boolean): void =>
    inTail ? tailBody(body, c, o) : void o.push(...use(bodyValue(body, c, o)));
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
      const handler: Out = [B.decl("let", frame.names[0]!, B.at(cx.mod.rt("caught", [B.id(caught), cx.mod.span(e.s)]), e.s))];
      declareSlots(frame, 1, handler);
      lastInto(e.handler, cx.withFrame(frame), handler, false);
      out.push({ type: "TryStatement", block: B.block(body), handler: { type: "CatchClause", param: B.id(caught), body: B.block(handler) }, finalizer: null });
      return;
    }
  }
}


/** Bind a let, let* or letrec frame; returns the context its body compiles in. */
function letFrame(e: Extract<Expr, { t: "let" }>, cx: FnCtx, out: Out): FnCtx {
  const frame = frameFor(e, e.scope, cx);
  const inner = cx.withFrame(frame);
  if (e.kind === "let") {
    // Inits see the outer frames; fixed functions among them are declared before the frame.
    const vals = e.inits.map((init, i) => {
      const buf: Out = [];
      const v = bindingValue(init, cx, buf);
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
    return inner;
  }
  declareSlots(frame, 0, out);
  e.inits.forEach((init, i) => {
    const slot = e.slots[i]!;
    // let* and letrec bind in order (so from here on the slot is bound: plan.ts).
    out.push(B.stmt(B.assign(frame.names[slot]!, bindingValue(init, inner, out))));
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
    const t = cx.mod.rt("truthy", [B.id(r)]);
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
      return cx.mod.rt("qq", [B.arr(items), B.arr(marks)]);
    }
  }
}

