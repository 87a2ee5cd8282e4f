/**
 * The reader's shortcut for data that is only atoms between ASCII whitespace, such as a log
 * line given to `read-all`: the atoms the tokenizer would cut (its ENDS_ATOM table), classified
 * by the same classifyAtom, without tokens, positions or the nesting stack. Anything else
 * (parens, quotes, strings, comments, non-ASCII) returns null and goes to the full reader.
 */
import type { Form } from "../../runtime/values/form.js";
import { classifyAtom } from "./classify-atom.js";
import { ENDS_ATOM, isWhitespace, NO_SPAN } from "./tokenize.js";

export function flatAtoms(src: string): Form[] | null {
  const out: Form[] = [];
  const n = src.length;
  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c >= 0x80) return null;
    if (ENDS_ATOM[c] === 1) {
      if (!isWhitespace(c)) return null;
      i++;
      continue;
    }
    const start = i;
    let u = c;
    do {
      i++;
    } while (i < n && (u = src.charCodeAt(i)) < 0x80 && ENDS_ATOM[u] === 0);
    if (i < n && u >= 0x80) return null;
    out.push(classifyAtom(src.slice(start, i), NO_SPAN));
  }
  return out;
}
