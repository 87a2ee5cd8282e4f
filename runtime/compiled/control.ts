/** Special forms whose compiled code calls into the runtime (errors, promises, output). */
import { failError } from "../errors/fail-error.js";
import { userErr } from "../errors/lisp-error.js";
import type { FailError } from "../ir/nodes.js";
import { stamp } from "../values/call.js";
import { LErrorValue, LPromise, type Closure, type SpanLike } from "../values/types.js";

export { caughtValue as caught } from "../errors/caught-value.js";
export { writeOut as out } from "../io/output.js";
export { qqList as qq } from "../values/quasi.js";

/** Give an error raised in compiled code the position of the form that was running. */
export const rethrow = (e: unknown, span: SpanLike): never => {
  throw stamp(e, span);
};

/** The error of a form that fails when evaluated (malformed special forms, failed expansions). */
export const fail = (f: FailError, span: SpanLike): never => {
  throw failError(f, span, span.file);
};

/** (require "path") without a module loader. */
export const requireFail = (path: string): never => {
  throw userErr(new LErrorValue("module-not-found", `module not found: ${path}`, []));
};

export const delay = (thunk: Closure): LPromise => new LPromise(thunk);
