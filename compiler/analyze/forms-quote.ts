/** quote and quasiquote (spec §3.5, §3.9). */
import type { Expr, QQ } from "../../runtime/ir/nodes.js";
import { encodeForm, formToDatum } from "../../runtime/ir/codec.js";
import type { Form } from "../../runtime/values/form.js";
import { badForm, nonTail, pos, type Ctx, type SpecialForm } from "./context.js";

function quote(form: Form, ops: readonly Form[], ctx: Ctx): Expr {
  if (ops.length !== 1) return badForm(ctx, form, "quote", `expected 1 arg, got ${ops.length}`);
  return { t: "lit", v: formToDatum(ops[0]!), s: pos(form) };
}

function quasiquote(form: Form, ops: readonly Form[], ctx: Ctx): Expr {
  if (ops.length !== 1) return badForm(ctx, form, "quasiquote", `expected 1 arg, got ${ops.length}`);
  const inner = nonTail(ctx);
  let error: Expr | undefined;
  const walk = (t: Form): QQ => {
    switch (t.k) {
      case "unquote":
        return { q: "unquote", e: ctx.analyze(t.form, inner) };
      case "splice":
        // A splice is only meaningful directly inside a list (handled below).
        error ??= badForm(ctx, t, "unquote-splice", "`,@` only valid directly inside a list");
        return { q: "datum", v: null };
      case "quote":
      case "quasiquote":
        // Nested quotes are kept as opaque source forms; there are no nested levels.
        return { q: "datum", v: { sexp: encodeForm(t) } };
      case "list":
        return {
          q: "list",
          items: t.items.map((x) => (x.k === "splice" ? { q: "splice" as const, e: ctx.analyze(x.form, inner), s: pos(x) } : walk(x))),
        };
      default:
        return { q: "datum", v: formToDatum(t) };
    }
  };
  const tpl = walk(ops[0]!);
  return error ?? { t: "qq", tpl, s: pos(form) };
}

export const QUOTE_FORMS: [string, SpecialForm][] = [
  ["quote", quote],
  ["quasiquote", quasiquote],
];
