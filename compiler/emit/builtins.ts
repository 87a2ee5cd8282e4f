/**
 * Calls to builtins the emitter writes inline, as a call of the runtime's two-argument (or
 * one-argument) helper instead of the variadic native: the helper is the very function the
 * native folds with (runtime/values/arith.ts, equality.ts), so the semantics live in one place.
 * `bool` marks helpers that always return a JS boolean (no truthiness test needed).
 */
export interface Inline {
  readonly helper: string;
  readonly bool: boolean;
}

const TABLE: Record<string, Record<number, Inline>> = {
  "+": { 2: { helper: "add2", bool: false } },
  "-": { 1: { helper: "neg", bool: false }, 2: { helper: "sub2", bool: false } },
  "*": { 2: { helper: "mul2", bool: false } },
  "/": { 2: { helper: "div2", bool: false } },
  "=": { 2: { helper: "numEq", bool: true } },
  "<": { 2: { helper: "numLt", bool: true } },
  ">": { 2: { helper: "numGt", bool: true } },
  "<=": { 2: { helper: "numLe", bool: true } },
  ">=": { 2: { helper: "numGe", bool: true } },
  "eq?": { 2: { helper: "eq", bool: true } },
  "equal?": { 2: { helper: "equal", bool: true } },
};

export const inlineCall = (name: string, argc: number): Inline | undefined => TABLE[name]?.[argc];

/** Natives that always return a boolean (type predicates and comparisons). */
export const BOOLEAN_NATIVES: ReadonlySet<string> = new Set([
  "null?", "pair?", "list?", "symbol?", "string?", "integer?", "number?", "boolean?", "keyword?",
  "procedure?", "foreign?", "atom?", "error?", "promise?", "hash-map?", "chan?", "go?",
  "=", "<", ">", "<=", ">=", "eq?", "equal?", "not=",
]);
