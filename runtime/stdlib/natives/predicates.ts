/** Type predicates, all of arity 1 (spec §2.3, §4.3). hash-map?, chan? and go? live with their types. */
import { Closure, Foreign, Kw, LErrorValue, LFloat, LList, LPromise, Native, Sym, type Value } from "../../values/types.js";
import { predicate } from "./define.js";

const pred = (name: string, test: (v: Value) => boolean): Native => predicate(name, 1, 1, (v) => test(v));

// nil and the empty list are both null?; only a non-empty list is a pair.
export const isNull = /* @__PURE__ */ pred("null?", (v) => v === null || (v instanceof LList && v.i === v.a.length));

export const isPair = /* @__PURE__ */ pred("pair?", (v) => v instanceof LList && v.i < v.a.length);

export const isList = /* @__PURE__ */ pred("list?", (v) => v === null || v instanceof LList);

export const isSymbol = /* @__PURE__ */ pred("symbol?", (v) => v instanceof Sym);

export const isString = /* @__PURE__ */ pred("string?", (v) => typeof v === "string");

export const isInteger = /* @__PURE__ */ pred("integer?", (v) => typeof v === "number" || typeof v === "bigint");

export const isNumber = /* @__PURE__ */ pred("number?", (v) => typeof v === "number" || typeof v === "bigint" || v instanceof LFloat);

export const isBoolean = /* @__PURE__ */ pred("boolean?", (v) => typeof v === "boolean");

export const isKeyword = /* @__PURE__ */ pred("keyword?", (v) => v instanceof Kw);

export const isProcedure = /* @__PURE__ */ pred("procedure?", (v) => v instanceof Closure || v instanceof Native);

export const isForeign = /* @__PURE__ */ pred("foreign?", (v) => v instanceof Foreign);

// Everything except lists, nil and procedures (maps and errors count as atoms).
export const isAtom = /* @__PURE__ */ pred("atom?", (v) => !(v === null || v instanceof LList || v instanceof Closure || v instanceof Native));

export const isError = /* @__PURE__ */ pred("error?", (v) => v instanceof LErrorValue);

export const isPromise = /* @__PURE__ */ pred("promise?", (v) => v instanceof LPromise);

/** This family's natives, in registration order. */
export const NATIVES: readonly Native[] = [isNull, isPair, isList, isSymbol, isString, isInteger, isNumber, isBoolean, isKeyword, isProcedure, isForeign, isAtom, isError, isPromise];
