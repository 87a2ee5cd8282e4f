/**
 * Lisp names → JS identifiers, readable and reversible: `vigy-has?` → `vigy_has$Q`, so a JS
 * stack trace still says which Lisp function it was. Letters, digits and `-` (→ `_`) read as
 * themselves; every other character becomes `$` plus an upper-case code (table below) or
 * `$X<HEX>Z`. `$` followed by a lower-case letter or digit never comes out of munging, so the
 * compiler's own names (`$r`, `$p`, `$t3`) and the suffixes it adds to keep names unique
 * (`$1`, `$v`) cannot collide with a Lisp name.
 */
const CODES: Record<string, string> = {
  _: "U", "?": "Q", "!": "B", "*": "S", "+": "P", "<": "L", ">": "G", "=": "E", "/": "F",
  ".": "O", "%": "C", "&": "A", ":": "N", $: "D", "#": "H", "^": "T", "~": "W", "@": "M",
  "|": "V", "'": "K",
};
const DECODE = new Map(Object.entries(CODES).map(([ch, code]) => [code, ch]));

const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "yield let static implements interface package private protected public await arguments eval undefined NaN Infinity"
  ).split(" "),
);

export function mangle(name: string): string {
  let out = "";
  for (const ch of name) {
    if (/[A-Za-z0-9]/.test(ch)) out += ch;
    else if (ch === "-") out += "_";
    else if (CODES[ch] !== undefined) out += "$" + CODES[ch];
    else out += "$X" + ch.codePointAt(0)!.toString(16).toUpperCase() + "Z";
  }
  if (out === "" || /^[0-9]/.test(out)) out = "$I" + out;
  if (RESERVED.has(out)) out += "$R";
  return out;
}

/** The Lisp name a munged identifier came from (compiler suffixes `$1`, `$v`… dropped). */
export function demangle(id: string): string {
  const s = id.replace(/(\$[a-z0-9]+)+$/, "").replace(/\$R$/, "").replace(/^\$I/, "");
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === "_") out += "-";
    else if (ch !== "$") out += ch;
    else if (s[i + 1] === "X") {
      const end = s.indexOf("Z", i + 2);
      out += String.fromCodePoint(parseInt(s.slice(i + 2, end), 16));
      i = end;
    } else out += DECODE.get(s[++i]!) ?? "";
  }
  return out;
}
