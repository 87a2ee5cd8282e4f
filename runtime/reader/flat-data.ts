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
import { formToData } from "../values/convert.js";
import { Sym, type Value } from "../values/types.js";
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

/**
 * Each UTF-16 code unit's part in flat text: ATOM (inside an atom), SPACE (between atoms), or
 * anything else (a delimiter or non-ASCII: the full reader's business). One table lookup per
 * character, with no range test first, made the scan about a third faster.
 */
const ATOM = 0;
const SPACE = 1;
const OTHER = 2;
const KIND = new Uint8Array(0x10000).fill(OTHER);
for (let c = 0; c < 0x80; c++) KIND[c] = ENDS_ATOM[c] === 0 ? ATOM : isWhitespace(c) ? SPACE : OTHER;

export function flatData(src: string): Value[] | null {
  const out: Value[] = [];
  const n = src.length;
  let i = 0;
  while (i < n) {
    let c = src.charCodeAt(i);
    let kind = KIND[c]!;
    if (kind === SPACE) {
      i++;
      continue;
    }
    if (kind !== ATOM) return null;
    const start = i;
    let hash = c;
    while (++i < n) {
      c = src.charCodeAt(i);
      kind = KIND[c]!;
      if (kind !== ATOM) break;
      hash = (Math.imul(hash, 31) + c) | 0; // stays an int32
    }
    if (kind === OTHER) return null;
    out.push(atomAt(src, start, i, hash));
  }
  return out;
}
