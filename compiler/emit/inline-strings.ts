/**
 * The all-strings fast path of `string-append` and `string`, written out at the call site.
 * The variadic native costs an argument array and a loop (about 100 ns for a line of 18
 * parts, against 8 ns for `+`); when every operand is a string, `+` is the native's whole
 * effect, and `string` of a string or an int is its Display text. Anything else calls the
 * native with the same values, so its checks and error messages stay in one place.
 */
import type * as ES from "estree";
import * as B from "./estree.js";

const typeIs = (x: ES.Expression, t: string): ES.Expression =>
  B.binary("===", { type: "UnaryExpression", operator: "typeof", prefix: true, argument: x }, B.str(t));

const isStringLiteral = (x: ES.Expression): boolean => x.type === "Literal" && typeof x.value === "string";

/**
 * Whether the call is one written here: `string` of one operand, `string-append` of 1 to 32
 * (a longer call keeps the native: the guards would outweigh the array it saves).
 */
export const hasStringFastPath = (name: string, argc: number): boolean =>
  (name === "string-append" && argc >= 1 && argc <= 32) || (name === "string" && argc === 1);

/**
 * The call with its fast path in front. `args` must be stable (evaluating them twice is the
 * same as once); `slow` is the native call of the same operands.
 */
export function withStringFastPath(name: string, args: readonly ES.Expression[], slow: ES.Expression): ES.Expression {
  if (name === "string") {
    const x = args[0]!;
    if (isStringLiteral(x)) return x;
    // An int is a JS number (floats are boxed): its Display text is its decimal form.
    return B.cond(typeIs(x, "string"), x, B.cond(typeIs(x, "number"), B.binary("+", B.str(""), x), slow));
  }
  // Once every operand that is not a string literal is tested to be a string, `+` concatenates.
  const guards = args.filter((x) => !isStringLiteral(x)).map((x) => typeIs(x, "string"));
  const sum = args.length === 1 ? args[0]! : args.slice(1).reduce((acc, x) => B.binary("+", acc, x), args[0]!);
  if (guards.length === 0) return sum;
  return B.cond(
    guards.reduce((x, y) => B.logical("&&", x, y)),
    sum,
    slow,
  );
}
