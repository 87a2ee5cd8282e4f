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
import type { ModuleCtx } from "./context.js";

const isStringLiteral = (x: ES.Expression): boolean => x.type === "Literal" && typeof x.value === "string";

const isList = (x: ES.Expression, mod: ModuleCtx): ES.Expression => B.binary("instanceof", x, mod.runtime.ref("$r", "LList"));
// An LList's storage and where its first element is (runtime/values/types.ts).
const items = (xs: ES.Expression): ES.Expression => B.member(xs, "a");
const start = (xs: ES.Expression): ES.Expression => B.member(xs, "i");
const size = (xs: ES.Expression): ES.Expression => B.member(items(xs), "length");
const all = (tests: ES.Expression[]): ES.Expression => tests.reduce((x, y) => B.logical("&&", x, y));

/** A longer `string-append` keeps the native: the guards would outweigh the array it saves. */
const MAX_APPEND = 32;

/** Each native's call with its fast path in front, from stable operands and the native call (`slow`). */
const FAST: Record<string, (args: readonly ES.Expression[], slow: ES.Expression, mod: ModuleCtx) => ES.Expression> = {
  // Once every operand that is not a string literal is a string, `+` concatenates.
  "string-append": (args, slow) => {
    const sum = args.slice(1).reduce((acc, x) => B.binary("+", acc, x), args[0]!);
    const guards = args.filter((x) => !isStringLiteral(x)).map((x) => B.typeIs(x, "string"));
    return guards.length === 0 ? sum : B.cond(all(guards), sum, slow);
  },
  // A string is itself; an int is a JS number (floats are boxed), its Display text `String(n)`.
  string: ([x], slow) => (isStringLiteral(x!) ? x! : B.cond(B.typeIs(x!, "string"), x!, B.cond(B.typeIs(x!, "number"), B.binary("+", B.str(""), x!), slow))),
  // nth: an int index within a list (ints that fit are JS numbers).
  nth: ([i, xs], slow, mod) =>
    B.cond(
      all([B.typeIs(i!, "number"), isList(xs!, mod), B.binary(">=", i!, B.num(0)), B.binary("<", i!, B.binary("-", size(xs!), start(xs!)))]),
      B.index(items(xs!), B.binary("+", start(xs!), i!)),
      slow,
    ),
  car: ([xs], slow, mod) => B.cond(all([isList(xs!, mod), B.binary("<", start(xs!), size(xs!))]), B.index(items(xs!), start(xs!)), slow),
};

/** Whether a call of native `name` with `argc` operands (within the native's arity) has a fast path here. */
export const hasNativeFastPath = (name: string, argc: number): boolean =>
  Object.hasOwn(FAST, name) && (name !== "string-append" || (argc >= 1 && argc <= MAX_APPEND));

/**
 * The call with its fast path in front. `args` must be stable (evaluating them twice is the
 * same as once); `slow` is the native call of the same operands.
 */
export const withNativeFastPath = (name: string, args: readonly ES.Expression[], slow: ES.Expression, mod: ModuleCtx): ES.Expression => FAST[name]!(args, slow, mod);
