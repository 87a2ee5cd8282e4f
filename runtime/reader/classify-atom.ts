/** Classifying an atom token (spec §1.2), in the reference's order. */
import type { Form, Span } from "../values/form.js";
import { parseI64 } from "../values/int64.js";

/** Rust `str::parse::<f64>` grammar: sign? (inf | infinity | nan | digits[.digits] | .digits) exp? */
const RUST_FLOAT = /^[+-]?(?:inf|infinity|nan|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[+-]?[0-9]+)?)$/i;

export function parseRustFloat(text: string): number | undefined {
  if (!RUST_FLOAT.test(text)) return undefined;
  const body = text.replace(/^[+-]/, "").toLowerCase();
  const neg = text.startsWith("-");
  if (body === "nan") return NaN;
  if (body === "inf" || body === "infinity") return neg ? -Infinity : Infinity;
  return Number(text);
}

/**
 * Whether an atom starting with `c` can match either number grammar: a sign, a digit, a dot, or
 * the first letter of inf/infinity/nan (any case). Most symbols are settled by this alone.
 */
const mayBeNumber = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e || c === 0x69 || c === 0x49 || c === 0x6e || c === 0x4e;

/** Whether every atom starting with `c` is a symbol: not #t/#f, not a keyword, never a number. */
export const alwaysSymbol = (c: number): boolean => c !== 0x23 && c !== 0x3a && !mayBeNumber(c);

export function classifyAtom(text: string, span: Span): Form {
  if (alwaysSymbol(text.charCodeAt(0))) return { k: "sym", name: text, span };
  if (text === "#t") return { k: "bool", v: true, span };
  if (text === "#f") return { k: "bool", v: false, span };
  if (text.startsWith(":")) return { k: "kw", name: text.slice(1), span };
  const i = parseI64(text);
  if (i !== undefined) return { k: "int", v: i, span };
  const f = parseRustFloat(text);
  if (f !== undefined) return { k: "float", v: f, span };
  return { k: "sym", name: text, span };
}
