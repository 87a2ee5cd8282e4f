/**
 * String literals that survive any host: JSON escaping (quotes, backslashes, control
 * characters, lone surrogates) plus `<` (so `</script>` cannot close an inline script) and
 * U+2028/U+2029 (line terminators in pre-ES2019 engines) as escapes.
 */
import type { Literal } from "estree";

export function stringRaw(s: string): string {
  return JSON.stringify(s).replace(/[<\u2028\u2029]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

export const stringLiteral = (s: string): Literal => ({ type: "Literal", value: s, raw: stringRaw(s) });
