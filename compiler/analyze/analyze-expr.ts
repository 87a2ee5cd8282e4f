/**
 * Forms → IR (spec §3.2): self-evaluating atoms, variable references, special forms (looked
 * up syntactically by head symbol, so they cannot be shadowed) and applications. Special forms
 * are analysed by their entry in the table of special-forms.ts; they analyse their subforms
 * through `ctx.analyze`, which is this function (see analyze.ts, where contexts are made).
 */
import type { Expr } from "../../runtime/ir/nodes.js";
import { formToDatum } from "../../runtime/ir/codec.js";
import type { Form } from "../../runtime/values/form.js";
import { badForm, nonTail, pos, type Ctx } from "./context.js";
import { resolve } from "./scope.js";
import { specialForm } from "./special-forms.js";

export function analyzeExpr(f: Form, ctx: Ctx): Expr {
  switch (f.k) {
    case "int":
    case "float":
    case "str":
    case "bool":
    case "kw":
      return { t: "lit", v: formToDatum(f), s: pos(f) };
    case "sym":
      return resolve(ctx.scope, f.name, pos(f));
    case "quote":
      return { t: "lit", v: formToDatum(f.form), s: pos(f) };
    case "quasiquote":
      return specialForm("quasiquote")!(f, [f.form], ctx);
    case "unquote":
      return badForm(ctx, f, "unquote", "unquote outside of quasiquote");
    case "splice":
      return badForm(ctx, f, "unquote", "unquote outside of quasiquote");
    case "list":
      break;
  }
  if (f.items.length === 0) return { t: "lit", v: null, s: pos(f) };
  const head = f.items[0]!;
  if (head.k === "sym") {
    const special = specialForm(head.name);
    if (special !== undefined) return special(f, f.items.slice(1), ctx);
  }
  const inner = nonTail(ctx);
  return {
    t: "call",
    fn: analyzeExpr(head, inner),
    args: f.items.slice(1).map((a) => analyzeExpr(a, inner)),
    tail: ctx.tail,
    s: pos(f),
  };
}
