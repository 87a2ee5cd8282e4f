/**
 * The shortcut `read-all` and `read-string` take for text that is only atoms between ASCII
 * whitespace, such as a log line: the values themselves, without tokens, positions, forms or
 * the nesting stack. Atoms end where the tokenizer ends them (its ENDS_ATOM table) and are
 * classified by the same classifyAtom. Anything else (parens, quotes, strings, comments,
 * non-ASCII) returns null and goes to the full reader.
 *
 * Cutting each atom out of the text, classifying it and interning it (which hashes the fresh
 * name) was most of the cost of reading a log line. Since an atom's text alone decides its
 * value, recently read atoms are kept in a small direct-mapped cache under a hash of their
 * characters, taken while scanning; a hit is checked against the text in place, and nothing is
 * cut, classified or hashed again. Atoms are primitives, interned, or floats (immutable, and
 * compared by value even by `eq?`), so a program cannot tell a hit from a fresh read.
 */
import { formToData } from "../../runtime/values/convert.js";
import { Sym, type Value } from "../../runtime/values/types.js";
import { alwaysSymbol, classifyAtom } from "./classify-atom.js";
import { ENDS_ATOM, isWhitespace, NO_SPAN } from "./tokenize.js";

const CACHE_BITS = 12;
const MASK = (1 << CACHE_BITS) - 1;
const cachedText: string[] = new Array<string>(1 << CACHE_BITS).fill("");
const cachedValue: Value[] = new Array<Value>(1 << CACHE_BITS).fill(null);

function atomAt(src: string, start: number, end: number, hash: number): Value {
  const slot = (hash ^ (hash >>> CACHE_BITS) ^ (hash >>> 24)) & MASK;
  const text = cachedText[slot]!;
  if (text.length === end - start && src.startsWith(text, start)) return cachedValue[slot]!;
  const atom = src.slice(start, end);
  const v = alwaysSymbol(src.charCodeAt(start)) ? Sym.of(atom) : formToData(classifyAtom(atom, NO_SPAN));
  cachedText[slot] = atom;
  cachedValue[slot] = v;
  return v;
}

export function flatData(src: string): Value[] | null {
  const out: Value[] = [];
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
    let hash = c;
    let u = c;
    while (++i < n && (u = src.charCodeAt(i)) < 0x80 && ENDS_ATOM[u] === 0) hash = (Math.imul(hash, 31) + u) | 0; // stays an int32
    if (i < n && u >= 0x80) return null;
    out.push(atomAt(src, start, i, hash));
  }
  return out;
}
