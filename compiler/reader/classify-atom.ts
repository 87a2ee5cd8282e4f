/** Classifying an atom token (spec §1.2), in the reference's order. */
import type { Form, Span } from "../../runtime/values/form.js";
import { parseI64 } from "../../runtime/values/int64.js";

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

export function classifyAtom(text: string, span: Span): Form {
  if (text === "#t") return { k: "bool", v: true, span };
  if (text === "#f") return { k: "bool", v: false, span };
  if (text.startsWith(":")) return { k: "kw", name: text.slice(1), span };
  const i = parseI64(text);
  if (i !== undefined) return { k: "int", v: i, span };
  const f = parseRustFloat(text);
  if (f !== undefined) return { k: "float", v: f, span };
  return { k: "sym", name: text, span };
}
