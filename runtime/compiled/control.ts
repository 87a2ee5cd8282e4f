/** Special forms whose compiled code calls into the runtime (errors, promises, output). */
import { failError } from "../errors/fail-error.js";
import { userErr } from "../errors/lisp-error.js";
import type { FailError } from "../ir/nodes.js";
import { raisedHere, stampFrame } from "../errors/frames.js";
import { qqList } from "../values/quasi.js";
import { LErrorValue, LPromise, type Closure, type SpanLike, type Value } from "../values/types.js";

export { caughtValue as caught } from "../errors/caught-value.js";
export { writeOut as out } from "../io/output.js";
/** Out of a lambda body compiled in place of a native's call: see frames.ts `leaveInlined`. */
export { leaveInlined as inlined } from "../errors/frames.js";

/** A quasiquote: a splice that is not a list raises here, with its own position. */
export const qq = (items: readonly Value[], splices: readonly (SpanLike | null | undefined)[]): Value => {
  try {
    return qqList(items, splices);
  } catch (e) {
    throw raisedHere(e);
  }
};

/**
 * Give an error raised in compiled code the position of the form that was running, or record
 * that form as a frame when the error came out of a call it made (runtime/errors/frames.ts).
 * `span` is undefined while the function is in a tail call, whose frame is gone, as in the
 * interpreter.
 */
export const rethrow = (e: unknown, span: SpanLike | undefined): never => {
  throw stampFrame(e, span);
};

/** The error of a form that fails when evaluated (malformed special forms, failed expansions). */
export const fail = (f: FailError, span: SpanLike): never => {
  throw raisedHere(failError(f, span, span.file));
};

/** (require "path") without a module loader. */
export const requireFail = (path: string): never => {
  throw userErr(new LErrorValue("module-not-found", `module not found: ${path}`, []));
};

export const delay = (thunk: Closure): LPromise => new LPromise(thunk);
