/** Turning an error raised while compiling a form into the `fail` node that raises it at run time. */
import { isStackOverflow, LispError } from "../../runtime/errors/lisp-error.js";
import { encodeDatum } from "../../runtime/ir/codec.js";
import type { FailError } from "../../runtime/ir/nodes.js";

export function failFromError(e: unknown): FailError {
  if (e instanceof LispError) {
    const d = e.detail;
    return d.kind === "user" ? { kind: "user", value: encodeDatum(d.value) } : d;
  }
  if (isStackOverflow(e)) return { kind: "stack-overflow" };
  throw e;
}
