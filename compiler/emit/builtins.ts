/**
 * Calls to builtins the emitter writes inline, as a call of the runtime's two-argument (or
 * one-argument) helper instead of the variadic native: the helper is the very function the
 * native folds with (runtime/values/arith.ts, equality.ts), so the semantics live in one place.
 * Whether a builtin returns a boolean is declared with the native (`Native.returnsBool`).
 */
const TABLE: Record<string, Record<number, string>> = {
  "+": { 2: "add2" },
  "-": { 1: "neg", 2: "sub2" },
  "*": { 2: "mul2" },
  "/": { 2: "div2" },
  "=": { 2: "numEq" },
  "<": { 2: "numLt" },
  ">": { 2: "numGt" },
  "<=": { 2: "numLe" },
  ">=": { 2: "numGe" },
  "eq?": { 2: "eq" },
  "equal?": { 2: "equal" },
  min: { 2: "min2" },
  max: { 2: "max2" },
};

/** The runtime helper a call of builtin `name` with `argc` arguments compiles to, if any. */
export const inlineHelper = (name: string, argc: number): string | undefined => TABLE[name]?.[argc];
