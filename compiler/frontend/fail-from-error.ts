/** Turning an error raised while compiling a form into the `fail` node that raises it at run time. */
import { asLispError } from "../../runtime/errors/lisp-error.js";
import { encodeDatum } from "../../runtime/ir/codec.js";
import type { FailError } from "../../runtime/ir/nodes.js";

export function failFromError(e: unknown): FailError {
  const err = asLispError(e);
  if (err === undefined) throw e;
  const d = err.detail;
  return d.kind === "user" ? { kind: "user", value: encodeDatum(d.value) } : d;
}
