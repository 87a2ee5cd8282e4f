/** Positioned error constructors used by the interpreter. */
import { typeErr } from "../errors/lisp-error.js";
import type { SpanLike } from "../values/types.js";

export function typeErrAt(expected: string, got: string, span: SpanLike) {
  const e = typeErr(expected, got);
  e.span = span;
  return e;
}
