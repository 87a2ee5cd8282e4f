/**
 * The int fast path of the arithmetic and comparison helpers, written out at the call site.
 * Inside the helper (runtime/values/arith.ts) every program shares one type feedback, so a
 * single float or 64-bit sum anywhere makes V8 compile every inlined `+` for doubles; written
 * here, each site keeps its own feedback, as hand-written JS does. The fast path is the
 * helper's own first case (two JS numbers, i.e. two ints in the safe range, and an int32
 * result for + - *); everything else still calls the helper, so the semantics stay there.
 */
import type * as ES from "estree";
import * as B from "./estree.js";
import type { ModuleCtx } from "./context.js";

const ARITH: Record<string, ES.BinaryOperator> = { add2: "+", sub2: "-", mul2: "*" };
const COMPARE: Record<string, ES.BinaryOperator> = { numLt: "<", numGt: ">", numLe: "<=", numGe: ">=", numEq: "===" };

/** An int literal the emitter wrote (ints are JS numbers; floats are never literals). */
function isIntLiteral(x: ES.Expression): boolean {
  if (x.type === "UnaryExpression" && x.operator === "-") return isIntLiteral(x.argument);
  return x.type === "Literal" && typeof x.value === "number";
}

const isNumber = (x: ES.Expression): ES.Expression | null => (isIntLiteral(x) ? null : B.typeIs(x, "number"));

/** Whether `helper` has a fast path to write out. */
export const hasFastPath = (helper: string): boolean => helper in ARITH || helper in COMPARE;

/**
 * `helper(a, b)` with its fast path in front. `a` and `b` must be stable (evaluating them twice
 * is the same as once); `scratch` names a variable of the function that the sum may be parked
 * in (it is read right after it is written, so one per function serves every site). A
 * comparison of two int literals is the comparison alone: no helper is referenced.
 */
export function withFastPath(helper: string, a: ES.Expression, b: ES.Expression, scratch: string, mod: ModuleCtx): ES.Expression {
  const slow = (): ES.Expression => mod.rt(helper, [a, b]);
  const guards = [isNumber(a), isNumber(b)].filter((g): g is ES.Expression => g !== null);
  const op = ARITH[helper];
  if (op !== undefined) {
    // (($n = a op b) | 0) === $n: the exact result is an int32.
    guards.push(B.binary("===", B.binary("|", B.assign(scratch, B.binary(op, a, b)), B.num(0)), B.id(scratch)));
    // -1 * 0 is -0 in doubles (and -0 | 0 === -0): `+ 0` makes it the int 0, as the helper does.
    const value = op === "*" ? B.binary("+", B.id(scratch), B.num(0)) : B.id(scratch);
    return B.cond(guards.reduce((x, y) => B.logical("&&", x, y)), value, slow());
  }
  const cmp = B.binary(COMPARE[helper]!, a, b);
  return guards.length === 0 ? cmp : B.cond(guards.reduce((x, y) => B.logical("&&", x, y)), cmp, slow());
}

/** Whether the fast path of `helper` parks its result in the scratch variable. */
export const needsScratch = (helper: string): boolean => helper in ARITH;
