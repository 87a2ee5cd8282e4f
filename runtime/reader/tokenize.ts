/**
 * Tokenizer (spec §1.1). Walks the source one code point at a time, tracking the UTF-8 byte
 * offset (the reference's span unit) and the 1-based line and column (in code points).
 * Linear and allocation-light so that megabytes of arbitrary input tokenize quickly.
 */
import type { Span } from "../values/form.js";
import { ReaderError } from "./reader-error.js";

export type TokenKind = "open" | "close" | "quote" | "quasiquote" | "unquote" | "splice" | "string" | "atom";

export interface Token {
  readonly kind: TokenKind;
  /** Atom text, or the decoded contents of a string literal. */
  readonly text: string;
  readonly span: Span;
}

/** Rust `char::is_whitespace` (the Unicode White_Space property). */
export function isWhitespace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Characters that end an atom besides whitespace: ( ) ' ` , " ; */
const isDelimiter = (c: number): boolean =>
  c === 0x28 || c === 0x29 || c === 0x27 || c === 0x60 || c === 0x2c || c === 0x22 || c === 0x3b;

/** For each ASCII code: 1 when it ends an atom (whitespace or a delimiter). */
export const ENDS_ATOM = Uint8Array.from({ length: 0x80 }, (_, c) => (isWhitespace(c) || isDelimiter(c) ? 1 : 0));

const utf8Len = (c: number): number => (c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4);

/** The span of every token when spans are not wanted (data for read-all: one object, no garbage). */
export const NO_SPAN: Span = Object.freeze({ file: "", line: 0, col: 0, offset: 0, end: 0 });

/** `spans: false` gives every token NO_SPAN (error texts still carry byte offsets). */
export function tokenize(src: string, file: string, spans = true): Token[] {
  const tokens: Token[] = [];
  let i = 0; // UTF-16 index
  let byte = 0;
  let line = 1;
  let col = 1;

  // A lone surrogate stands for itself; any decoded file had a U+FFFD (3 bytes) there.
  const peek = (): number => src.codePointAt(i)!;
  const advance = (c: number): void => {
    i += c > 0xffff ? 2 : 1;
    byte += c >= 0xd800 && c <= 0xdfff ? 3 : utf8Len(c);
    if (c === 0x0a) {
      line++;
      col = 1;
    } else col++;
  };
  const spanFrom = (sl: number, sc: number, sb: number): Span => ({ file, line: sl, col: sc, offset: sb, end: byte });
  const push = (kind: TokenKind, text: string, sl: number, sc: number, sb: number): void => {
    tokens.push({ kind, text, span: spans ? spanFrom(sl, sc, sb) : NO_SPAN });
  };

  function readString(sl: number, sc: number, sb: number): void {
    advance(0x22);
    let out = "";
    let chunk = i;
    while (i < src.length) {
      const d = src.charCodeAt(i);
      if (d === 0x22) {
        out += src.slice(chunk, i);
        advance(d);
        push("string", out, sl, sc, sb);
        return;
      }
      if (d === 0x5c) {
        out += src.slice(chunk, i);
        advance(d);
        if (i >= src.length) break;
        const e = peek();
        advance(e);
        // \n \t \r \" \\ are escapes; any other escaped character stands for itself.
        out += e === 0x6e ? "\n" : e === 0x74 ? "\t" : e === 0x72 ? "\r" : String.fromCodePoint(e);
        chunk = i;
        continue;
      }
      advance(peek());
    }
    throw new ReaderError(`unterminated string literal at position ${sb}`, spanFrom(sl, sc, sb), 'a closing `"`', "unterminated-string");
  }

  while (i < src.length) {
    const c = peek();
    if (isWhitespace(c)) {
      advance(c);
      continue;
    }
    if (c === 0x3b) {
      // Comment up to and including the next newline.
      while (i < src.length) {
        const d = peek();
        advance(d);
        if (d === 0x0a) break;
      }
      continue;
    }
    const sl = line;
    const sc = col;
    const sb = byte;
    const kind = single(c);
    if (kind !== undefined) {
      advance(c);
      if (kind === "unquote" && src.charCodeAt(i) === 0x40) {
        advance(0x40);
        push("splice", ",@", sl, sc, sb);
      } else push(kind, String.fromCharCode(c), sl, sc, sb);
      continue;
    }
    if (c === 0x22) {
      readString(sl, sc, sb);
      continue;
    }
    const start = i;
    while (i < src.length) {
      const u = src.charCodeAt(i);
      if (u < 0x80) {
        // ASCII, the common case: one unit, one byte, one column (a newline is whitespace).
        if (ENDS_ATOM[u] === 1) break;
        i++;
        byte++;
        col++;
        continue;
      }
      const d = peek();
      if (isWhitespace(d)) break;
      advance(d);
    }
    push("atom", src.slice(start, i), sl, sc, sb);
  }
  return tokens;
}

/** The one-character tokens. (A switch: a lookup in an object keyed by char code was a third of the time.) */
function single(c: number): TokenKind | undefined {
  switch (c) {
    case 0x28:
      return "open";
    case 0x29:
      return "close";
    case 0x27:
      return "quote";
    case 0x60:
      return "quasiquote";
    case 0x2c:
      return "unquote";
  }
  return undefined;
}
