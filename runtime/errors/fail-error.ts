/** The runtime error an IR `fail` node stands for (both engines raise it the same way). */
import type { FailError } from "../ir/nodes.js";
import { decodeDatum } from "../ir/codec.js";
import type { SpanLike } from "../values/types.js";
import { badForm, LispError, type ErrorDetail } from "./lisp-error.js";

export function failError(f: FailError, span: SpanLike, file: string): LispError {
  if (f.kind === "bad-special-form") return badForm(f.form, f.reason, span);
  if (f.kind === "user") return new LispError({ kind: "user", value: decodeDatum(f.value, file) }, span);
  return new LispError(f as ErrorDetail, span);
}
