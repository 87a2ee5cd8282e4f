/** delay, eval, macroexpand(-1), and module forms outside the top level (spec §3.5, §3.8, §3.11). */
import type { Expr } from "../../runtime/ir/nodes.js";
import type { Form } from "../../runtime/values/form.js";
import { badForm, nonTail, pos, type Ctx, type SpecialForm } from "./context.js";
import { lambdaNode } from "./forms-binding.js";

/** (delay e): a promise of a zero-argument closure over the current frame. */
function delay(form: Form, ops: readonly Form[], ctx: Ctx): Expr {
  if (ops.length !== 1) return badForm(ctx, form, "delay", "expected (delay expr)");
  return { t: "delay", thunk: lambdaNode(form, { params: [], rest: null }, ops, nonTail(ctx), null), s: pos(form) };
}

function evalForm(form: Form, ops: readonly Form[], ctx: Ctx): Expr {
  if (ops.length !== 1) return badForm(ctx, form, "eval", "expected (eval form)");
  return { t: "eval", arg: ctx.analyze(ops[0]!, nonTail(ctx)), s: pos(form) };
}

function macroexpand(once: boolean) {
  const name = once ? "macroexpand-1" : "macroexpand";
  return (form: Form, ops: readonly Form[], ctx: Ctx): Expr => {
    if (ops.length !== 1) return badForm(ctx, form, name, "expected (macroexpand[-1] form)");
    return { t: "macroexpand", arg: ctx.analyze(ops[0]!, nonTail(ctx)), once, s: pos(form) };
  };
}

function notTopLevel(name: string) {
  return (form: Form, _ops: readonly Form[], ctx: Ctx): Expr =>
    badForm(
      ctx,
      form,
      name,
      "module-system forms are only valid at top level — wrap your call in (eval (quote ...)) if you really need it dynamic",
    );
}

export const REFLECT_FORMS: [string, SpecialForm][] = [
  ["delay", delay],
  ["eval", evalForm],
  ["macroexpand", macroexpand(false)],
  ["macroexpand-1", macroexpand(true)],
  ["provide", notTopLevel("provide")],
  ["require", notTopLevel("require")],
];
