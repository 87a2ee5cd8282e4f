/** String, symbol and keyword natives (spec §2.4, §2.7, §4.5). */
import { typeErr } from "../../errors/lisp-error.js";
import { display, toStringValue } from "../../values/printer.js";
import { typeName } from "../../values/type-name.js";
import { Kw, Sym, type Native, type Value } from "../../values/types.js";
import { ANY, native, variadic } from "./define.js";

/** Length in Unicode scalar values: UTF-16 length minus the low halves of surrogate pairs. */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const p = s.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) n--;
    }
  }
  return n;
}

function expectString(v: Value): string {
  if (typeof v === "string") return v;
  throw typeErr("string", typeName(v));
}

export const stringLength = /* @__PURE__ */ native("string-length", 1, 1, (s) => codePointLength(expectString(s)));

export const stringAppend = /* @__PURE__ */ variadic("string-append", 0, (args) => {
  let out = "";
  for (const a of args) out += expectString(a);
  return out;
});

// A string is returned unchanged; anything else becomes its Display text.
export const string = /* @__PURE__ */ native("string", 1, 1, (v) => toStringValue(v));

// Always the Display text, so a string comes back quoted.
export const prStr = /* @__PURE__ */ native("pr-str", 1, 1, (v) => display(v));

export const symbolToString = /* @__PURE__ */ native("symbol->string", 1, 1, (v) => {
  if (v instanceof Sym) return v.name;
  throw typeErr("symbol", typeName(v));
});

export const keywordToString = /* @__PURE__ */ native("keyword->string", 1, 1, (v) => {
  if (v instanceof Kw) return v.name;
  throw typeErr("keyword", typeName(v));
});

export const stringToSymbol = /* @__PURE__ */ native("string->symbol", 1, 1, (v) => Sym.of(expectString(v)));

export const stringToKeyword = /* @__PURE__ */ native("string->keyword", 1, 1, (v) => Kw.of(expectString(v)));

/** This family's natives, in registration order. */
export const NATIVES: readonly Native[] = [stringLength, stringAppend, string, prStr, symbolToString, keywordToString, stringToSymbol, stringToKeyword];
