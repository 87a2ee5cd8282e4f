/**
 * Operands evaluated left to right, in the interpreter's order: when a later operand needs
 * statements, or the consumer assigns `$p` after them (`spill`), earlier operands are first
 * saved in temporaries. The one place this rule is written (calls, let inits, quasiquote lists).
 */
import type * as ES from "estree";
import type { Expr } from "../../runtime/ir/nodes.js";
import type { FnCtx } from "./context.js";
import * as B from "./estree.js";
import { isBool, isStable, markBool, markConst } from "./expr-marks.js";
import { value } from "./lowering.js";

type Out = ES.Statement[];

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
