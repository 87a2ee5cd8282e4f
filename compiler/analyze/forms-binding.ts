/** Binding forms: define, set!, lambda, let, let*, letrec (spec §3.3, §3.5). */
import type { Expr, Lambda } from "../../runtime/ir/nodes.js";
import type { Form } from "../../runtime/values/form.js";
import { collectFrame } from "./collect.js";
import { analyzeBody, badForm, nonTail, pos, type Ctx, type SpecialForm } from "./context.js";
import { CScope, resolve } from "./scope.js";

type Sym = Extract<Form, { k: "sym" }>;

interface ParamList {
  params: string[];
  rest: string | null;
}

/** Parse a parameter list; a string is the bad-special-form reason. */
function parseParams(p: Form): ParamList | { reason: string; at: Form } {
  if (p.k !== "list") return { reason: "params must be a list", at: p };
  const params: string[] = [];
  let rest: string | null = null;
  for (let i = 0; i < p.items.length; i++) {
    const x = p.items[i]!;
    if (x.k !== "sym") return { reason: "param must be a symbol", at: x };
    if (x.name === "&rest") {
      const name = p.items[i + 1];
      if (name === undefined) return { reason: "&rest needs a name", at: p };
      if (name.k !== "sym") return { reason: "param must be a symbol", at: name };
      if (i + 2 !== p.items.length) return { reason: "&rest must be the last param", at: p };
      rest = name.name;
      break;
    }
    params.push(x.name);
  }
  return { params, rest };
}

/** Build a closure node; `body` must be non-empty (checked by callers, whose messages differ). */
export function lambdaNode(form: Form, pl: ParamList, body: readonly Form[], ctx: Ctx, name: string | null): Lambda {
  const info = collectFrame(body);
  const entry = pl.rest === null ? pl.params : [...pl.params, pl.rest];
  const scope = new CScope(ctx.scope, entry, info.defines, info.hasEval);
  const paramSlots = entry.map((n) => scope.slotOf(n)!);
  const bodyCtx: Ctx = { ...ctx, scope, tail: true, inFunction: true };
  const ir = analyzeBody(body, bodyCtx);
  return { t: "lambda", params: pl.params, rest: pl.rest, paramSlots, scope: scope.toIR(), body: ir, name, s: pos(form) };
}

function lambda(form: Form, ops: readonly Form[], ctx: Ctx): Expr {
  if (ops.length < 2) return badForm(ctx, form, "lambda", "expected (lambda (params...) body...)");
  const pl = parseParams(ops[0]!);
  if ("reason" in pl) return badForm(ctx, pl.at, "lambda", pl.reason);
  return lambdaNode(form, pl, ops.slice(1), ctx, null);
}

/** Bind `name` in the innermost frame (a global at top level). */
function defineNode(form: Form, name: string, value: Expr, ctx: Ctx): Expr {
  if (ctx.scope === null) return { t: "defg", name, value, s: pos(form) };
  const existing = ctx.scope.slotOf(name);
  // eval inside a frame may define a name the frame was not built with.
  if (existing === undefined && ctx.scope.fixed) return { t: "defx", name, value, s: pos(form) };
  const slot = existing ?? ctx.scope.add(name);
  return { t: "defl", slot, name, value, s: pos(form) };
}

function define(form: Form, ops: readonly Form[], ctx: Ctx): Expr {
  const target = ops[0];
  if (target === undefined || ops.length < 2) {
    return badForm(ctx, form, "define", "expected (define name expr) or (define (name args) body)");
  }
  if (target.k === "sym") {
    // Extra forms after the value are silently ignored, as in the reference.
    return defineNode(form, target.name, ctx.analyze(ops[1]!, nonTail(ctx)), ctx);
  }
  if (target.k === "list") {
    const fname = target.items[0];
    if (fname === undefined) return badForm(ctx, target, "define", "empty (name args) list");
    if (fname.k !== "sym") return badForm(ctx, fname, "define", "first item in (name args) must be a symbol");
    const pl = parseParams({ k: "list", items: target.items.slice(1), span: target.span });
    // Parameter errors are reported by the shared lambda parser, under its name.
    if ("reason" in pl) return badForm(ctx, pl.at, "lambda", pl.reason);
    return defineNode(form, fname.name, lambdaNode(form, pl, ops.slice(1), nonTail(ctx), fname.name), ctx);
  }
  return badForm(ctx, target, "define", "second form must be a symbol or (name args) list");
}

function setBang(form: Form, ops: readonly Form[], ctx: Ctx): Expr {
  const target = ops[0];
  if (ops.length !== 2 || target === undefined) return badForm(ctx, form, "set!", "expected (set! name expr)");
  if (target.k !== "sym") return badForm(ctx, target, "set!", "first arg must be a symbol");
  const value = ctx.analyze(ops[1]!, nonTail(ctx));
  return { t: "set", ref: resolve(ctx.scope, target.name, pos(target)), value, s: pos(form) };
}

type LetKind = "let" | "let*" | "letrec";

function letForm(kind: LetKind) {
  return (form: Form, ops: readonly Form[], ctx: Ctx): Expr => {
    // The reference's tail-position evaluator words the shape error differently.
    const shape = ctx.tail && ctx.inFunction ? "expected ((name expr)...) body..." : `expected (${kind} ((name expr)...) body...)`;
    const bindings = ops[0];
    if (ops.length < 2 || bindings === undefined) return badForm(ctx, form, kind, shape);
    if (bindings.k !== "list") return badForm(ctx, bindings, kind, "bindings must be a list");
    const names: string[] = [];
    const inits: Form[] = [];
    for (const b of bindings.items) {
      if (b.k !== "list") return badForm(ctx, b, kind, "each binding must be (name expr)");
      if (b.items.length !== 2) return badForm(ctx, b, kind, "binding must be exactly (name expr)");
      if (b.items[0]!.k !== "sym") return badForm(ctx, b.items[0]!, kind, "binding name must be a symbol");
      names.push((b.items[0] as Sym).name);
      inits.push(b.items[1]!);
    }
    const body = ops.slice(1);
    const inner = nonTail(ctx);
    // let's inits run in the enclosing frame; let*'s and letrec's in the new one.
    const info = collectFrame(kind === "let" ? body : [...inits, ...body]);
    const scope = new CScope(ctx.scope, names, info.defines, info.hasEval, kind === "let*");
    const slots = names.map((n) => scope.slotOf(n)!);
    const initCtx: Ctx = kind === "let" ? inner : { ...inner, scope };
    const initIR = inits.map((x) => ctx.analyze(x, initCtx));
    const bodyIR = analyzeBody(body, { ...ctx, scope });
    return { t: "let", kind, scope: scope.toIR(), slots, inits: initIR, body: bodyIR, s: pos(form) };
  };
}

export const BINDING_FORMS: [string, SpecialForm][] = [
  ["define", define],
  ["set!", setBang],
  ["lambda", lambda],
  ["let", letForm("let")],
  ["let*", letForm("let*")],
  ["letrec", letForm("letrec")],
];
