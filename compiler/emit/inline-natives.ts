/**
 * Fast paths of a few natives, written out at the call site in front of the native call:
 * `string-append` and `string` when every operand is a string (or `string` of an int), `nth`
 * and `car` of a list with the element there. The variadic `string-append` costs an argument
 * array and a loop (about 100 ns for a line of 18 parts, against 8 ns for `+`); `nth` and
 * `car` a call and their checks. Anything else calls the native with the same values, so its
 * checks and error messages stay in one place.
 */
import type * as ES from "estree";
import * as B from "./estree.js";

const typeIs = (x: ES.Expression, t: string): ES.Expression =>
  B.binary("===", { type: "UnaryExpression", operator: "typeof", prefix: true, argument: x }, B.str(t));

const isStringLiteral = (x: ES.Expression): boolean => x.type === "Literal" && typeof x.value === "string";

const isList = (x: ES.Expression): ES.Expression => B.call(B.member(B.id("Array"), "isArray"), [x]);
const all = (tests: ES.Expression[]): ES.Expression => tests.reduce((x, y) => B.logical("&&", x, y));

/** A fast path: its value `when` the test holds (the native's otherwise). */
interface Fast {
  readonly when: ES.Expression;
  readonly value: ES.Expression;
}

/** Each native's fast path from stable operands: guarded, unconditional (an expression), or none. */
const FAST: Record<string, (args: readonly ES.Expression[]) => Fast | ES.Expression | null> = {
  // Once every operand that is not a string literal is a string, `+` concatenates. A longer
  // call keeps the native: the guards would outweigh the array it saves.
  "string-append": (args) => {
    if (args.length === 0 || args.length > 32) return null;
    const value = args.slice(1).reduce((acc, x) => B.binary("+", acc, x), args[0]!);
    const guards = args.filter((x) => !isStringLiteral(x)).map((x) => typeIs(x, "string"));
    return guards.length === 0 ? value : { when: all(guards), value };
  },
  // A string is itself; an int is a JS number (floats are boxed), its Display text its decimal form.
  string: ([x]) => (isStringLiteral(x!) ? x! : { when: typeIs(x!, "string"), value: x! }),
  // nth: an int index within a list (ints that fit are JS numbers).
  nth: ([i, xs]) => ({
    when: all([typeIs(i!, "number"), isList(xs!), B.binary(">=", i!, B.num(0)), B.binary("<", i!, B.member(xs!, "length"))]),
    value: B.index(xs!, i!),
  }),
  car: ([xs]) => ({ when: all([isList(xs!), B.binary(">", B.member(xs!, "length"), B.num(0))]), value: B.index(xs!, B.num(0)) }),
};

/** Whether a call of native `name` with `argc` operands has a fast path here. */
export const hasNativeFastPath = (name: string, argc: number): boolean =>
  Object.hasOwn(FAST, name) && (name === "string-append" ? argc >= 1 && argc <= 32 : argc === (name === "nth" ? 2 : 1));

/**
 * The call with its fast path in front. `args` must be stable (evaluating them twice is the
 * same as once); `slow` is the native call of the same operands.
 */
export function withNativeFastPath(name: string, args: readonly ES.Expression[], slow: ES.Expression): ES.Expression {
  const fast = FAST[name]!(args);
  if (fast === null) return slow;
  if (!("when" in fast)) return fast;
  // `string` of an int is also written out: the native's Display of it is `String(n)`.
  const otherwise = name === "string" ? B.cond(typeIs(args[0]!, "number"), B.binary("+", B.str(""), args[0]!), slow) : slow;
  return B.cond(fast.when, fast.value, otherwise);
}
