/** Control forms: if, cond, when, unless, begin, and, or, not, try (spec §3.5, §3.7). */
import type { Expr, Pos } from "../../runtime/ir/nodes.js";
import type { Form } from "../../runtime/values/form.js";
import { collectFrame } from "./collect.js";
import { analyzeBody, badForm, nonTail, pos, type Ctx, type SpecialForm } from "./context.js";
import { CScope } from "./scope.js";

const nil = (s: Pos): Expr => ({ t: "lit", v: null, s });

/** A sequence of forms as one expression; the empty sequence is nil. */
export function seq(forms: readonly Form[], ctx: Ctx, s: Pos): Expr {
  if (forms.length === 0) return nil(s);
  const body = analyzeBody(forms, ctx);
  return body.length === 1 ? body[0]! : { t: "seq", body, s };
}

function ifForm(form: Form, ops: readonly Form[], ctx: Ctx): Expr {
  if (ops.length < 2 || ops.length > 3) {
    return badForm(ctx, form, "if", `expected (if c t [e]), got ${ops.length + 1} subforms`);
  }
  return {
    t: "if",
    test: ctx.analyze(ops[0]!, nonTail(ctx)),
    then: ctx.analyze(ops[1]!, ctx),
    else: ops.length === 3 ? ctx.analyze(ops[2]!, ctx) : null,
    s: pos(form),
  };
}

/**
 * cond lowers to nested ifs. A malformed clause becomes a failing node at its place in the
 * chain, so it raises only when evaluation reaches it, as in the reference.
 */
function cond(form: Form, ops: readonly Form[], ctx: Ctx): Expr {
  let acc: Expr = nil(pos(form));
  // In tail position the reference reports a malformed clause by re-running the whole cond in
  // its non-tail evaluator, which evaluates the earlier tests a second time.
  const malformed = (c: Form, reason: string): Expr =>
    ctx.tail ? cond(form, ops, nonTail(ctx)) : badForm(ctx, c, "cond", reason);
  for (let i = ops.length - 1; i >= 0; i--) {
    const c = ops[i]!;
    if (c.k !== "list") {
      acc = malformed(c, "clause must be a list");
      continue;
    }
    if (c.items.length === 0) {
      acc = malformed(c, "empty clause");
      continue;
    }
    const test = c.items[0]!;
    const body = seq(c.items.slice(1), ctx, pos(c));
    acc =
      test.k === "sym" && test.name === "else"
        ? body
        : { t: "if", test: ctx.analyze(test, nonTail(ctx)), then: body, else: acc, s: pos(c) };
  }
  return acc;
}

function whenForm(negate: boolean) {
  const name = negate ? "unless" : "when";
  return (form: Form, ops: readonly Form[], ctx: Ctx): Expr => {
    if (ops.length === 0) return badForm(ctx, form, name, "need a test");
    const test = ctx.analyze(ops[0]!, nonTail(ctx));
    const body = seq(ops.slice(1), ctx, pos(form));
    const s = pos(form);
    return negate ? { t: "if", test, then: nil(s), else: body, s } : { t: "if", test, then: body, else: null, s };
  };
}

const begin = (form: Form, ops: readonly Form[], ctx: Ctx): Expr => seq(ops, ctx, pos(form));

function andOr(t: "and" | "or") {
  return (form: Form, ops: readonly Form[], ctx: Ctx): Expr => {
    if (ops.length === 0) return { t: "lit", v: t === "and", s: pos(form) };
    return { t, args: analyzeBody(ops, ctx), s: pos(form) };
  };
}

function not(form: Form, ops: readonly Form[], ctx: Ctx): Expr {
  if (ops.length !== 1) return badForm(ctx, form, "not", "expected (not x)");
  return { t: "not", arg: ctx.analyze(ops[0]!, nonTail(ctx)), s: pos(form) };
}

/** (try body… (catch (e) handler…)): nothing inside is in tail position. */
function tryForm(form: Form, ops: readonly Form[], ctx: Ctx): Expr {
  const last = ops[ops.length - 1];
  if (ops.length < 2 || last === undefined) return badForm(ctx, form, "try", "expected (try body... (catch (e) handler...))");
  if (last.k !== "list") return badForm(ctx, last, "try", "last form must be (catch (binding) handler...)");
  if (last.items[0]?.k !== "sym" || last.items[0].name !== "catch") {
    return badForm(ctx, last, "try", "last form must be a (catch ...) clause", "write (try body… (catch (e) handler…))");
  }
  if (last.items.length < 3) return badForm(ctx, last, "catch", "expected (catch (binding) handler...)");
  const binder = last.items[1]!;
  if (binder.k !== "list") return badForm(ctx, binder, "catch", "binding must be a 1-element list (e)");
  if (binder.items.length !== 1) return badForm(ctx, binder, "catch", "binding must bind exactly one symbol");
  if (binder.items[0]!.k !== "sym") return badForm(ctx, binder.items[0]!, "catch", "binding must be a symbol");
  const errName = (binder.items[0] as Extract<Form, { k: "sym" }>).name;
  const handlerForms = last.items.slice(2);
  const info = collectFrame(handlerForms);
  const scope = new CScope(ctx.scope, [errName], info.defines, info.hasEval);
  const inner = nonTail(ctx);
  const handlerCtx: Ctx = { ...inner, scope };
  const body = ops.slice(0, -1).map((b) => ctx.analyze(b, inner));
  // The handler first: a define the pre-pass did not see adds its slot while it is analysed.
  const handler = handlerForms.map((h) => ctx.analyze(h, handlerCtx));
  return { t: "try", body, scope: scope.toIR(), handler, s: pos(form) };
}

export const CONTROL_FORMS: [string, SpecialForm][] = [
  ["if", ifForm],
  ["cond", cond],
  ["when", whenForm(false)],
  ["unless", whenForm(true)],
  ["begin", begin],
  ["and", andOr("and")],
  ["or", andOr("or")],
  ["not", not],
  ["try", tryForm],
];
