/**
 * Rust `{:?}` quoting of a string (spec §2.7): `"` `\` and \n \r \t escaped, `\0` for NUL,
 * other non-printable characters (Rust's is_printable: categories Cc Cf Cs Co Cn Zl Zp Zs
 * except space) and Grapheme_Extend marks as `\u{hex}`; printable non-ASCII kept as is.
 */
const NEEDS_ESCAPE = /["\\\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}\p{Grapheme_Extend}]/u;

export function quoteString(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return `"${s}"`;
  let out = '"';
  for (const ch of s) out += escapeChar(ch);
  return out + '"';
}

function escapeChar(ch: string): string {
  switch (ch) {
    case '"':
      return '\\"';
    case "\\":
      return "\\\\";
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    case "\t":
      return "\\t";
    case "\0":
      return "\\0";
    case " ":
      return " ";
  }
  return NEEDS_ESCAPE.test(ch) ? `\\u{${ch.codePointAt(0)!.toString(16)}}` : ch;
}
