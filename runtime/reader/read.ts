/**
 * The reader: source text → forms with spans (spec §1.4–1.6). Iterative, so that deeply
 * nested input cannot exhaust the JS stack; the whole source is tokenized before parsing, as
 * in the reference, so an unterminated string is reported before any paren error.
 */
import { PREFIX_CHAR, type Form, type PrefixKind, type Span } from "../values/form.js";
import { classifyAtom } from "./classify-atom.js";
import { ReaderError } from "./reader-error.js";
import { NO_SPAN, tokenize, type Token } from "./tokenize.js";

type Open = { kind: "list"; items: Form[]; start: Span } | { kind: "prefix"; prefix: PrefixKind; start: Span };

const PREFIX: Partial<Record<Token["kind"], PrefixKind>> = {
  quote: "quote",
  quasiquote: "quasiquote",
  unquote: "unquote",
  splice: "splice",
};

/** The innermost open form. (Never `stack[-1]`: V8 looks a negative index up as a property, slowly.) */
const innermost = (stack: Open[]): Open | undefined => (stack.length === 0 ? undefined : stack[stack.length - 1]);

const joinSpans = (a: Span, b: Span): Span => ({ file: a.file, line: a.line, col: a.col, offset: a.offset, end: b.end });

/** `spans: false` reads data (read-all, read-string): every form gets NO_SPAN. */
export function readAll(src: string, file: string, spans = true): Form[] {
  const tokens = tokenize(src, file, spans);
  const join = spans ? joinSpans : () => NO_SPAN;
  const top: Form[] = [];
  const stack: Open[] = [];

  const complete = (datum: Form): void => {
    for (;;) {
      const open = innermost(stack);
      if (open === undefined) {
        top.push(datum);
        return;
      }
      if (open.kind === "list") {
        open.items.push(datum);
        return;
      }
      stack.pop();
      datum = { k: open.prefix, form: datum, span: join(open.start, datum.span) };
    }
  };

  for (const t of tokens) {
    switch (t.kind) {
      case "open":
        stack.push({ kind: "list", items: [], start: t.span });
        break;
      case "close": {
        const open = innermost(stack);
        if (open === undefined || open.kind !== "list") {
          // The reference always reports position 0 here (a bug we keep in the text only).
          if (open === undefined) throw new ReaderError("unmatched closing paren at position 0", t.span, "a form or end of input", "unexpected-close");
          throw new ReaderError("unmatched closing paren at position 0", t.span, "a form after the quote prefix", "dangling-prefix", { prefix: PREFIX_CHAR[open.prefix], prefixSpan: open.start });
        }
        stack.pop();
        complete({ k: "list", items: open.items, span: join(open.start, t.span) });
        break;
      }
      case "string":
        complete({ k: "str", v: t.text, span: t.span });
        break;
      case "atom":
        complete(classifyAtom(t.text, t.span));
        break;
      default:
        stack.push({ kind: "prefix", prefix: PREFIX[t.kind]!, start: t.span });
    }
  }
  const open = innermost(stack);
  if (open !== undefined) {
    if (open.kind === "prefix") throw new ReaderError("unexpected end of input", open.start, "a form after the quote prefix", "dangling-prefix", { prefix: PREFIX_CHAR[open.prefix], prefixSpan: open.start });
    // Report the innermost unclosed paren: that is where the missing `)` belongs.
    throw new ReaderError("unmatched opening paren", open.start, "a closing `)` for this `(`", "unclosed-open", { depth: stack.filter((o) => o.kind === "list").length });
  }
  return top;
}
