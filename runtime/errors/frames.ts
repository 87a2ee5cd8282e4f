/**
 * A Lisp-level stack trace, recorded on the way out at no cost until an error happens: where
 * an error is caught to be re-raised with a position (a compiled function's catch, the
 * interpreter's call), an error that has no position yet gets that one (it was raised right
 * there), and one that has is coming out of a call made there, which becomes a frame. Both
 * engines record the same frames because they follow the same rule at the same call sites
 * (compiled code keeps `$p` at the call running when a function calls another: emit-call.ts).
 */
import { asLispError } from "./lisp-error.js";
import type { SpanLike } from "../values/types.js";

/**
 * Stamp `span` on an error without a position, or record it as a frame of one that has one.
 * An error compiled code raised with its own position in the running function (`fresh`) is
 * neither: it did not come out of a call.
 */
export function stampFrame(e: unknown, span: SpanLike | undefined): unknown {
  const err = asLispError(e);
  if (err === undefined) return e;
  if (err.fresh === true) err.fresh = undefined;
  else if (span === undefined) return err;
  else if (err.span === undefined) err.span = span;
  else (err.frames ??= []).push(span);
  return err;
}

/** An error compiled code raises with its own position (see LispError.fresh). */
export function raisedHere<E>(e: E): E {
  const err = asLispError(e);
  if (err !== undefined && err.span !== undefined) err.fresh = true;
  return e;
}

/**
 * Leaving the body of a lambda compiled in place of a native's call (`map` over a lambda, a
 * `hash-map-update` body): what the interpreter records when the error leaves the lambda the
 * native called. `inner` is the position the body was running, `call` the native call's; an
 * error raised by the call itself (inner is call) is left to the caller's catch.
 */
export function leaveInlined(e: unknown, inner: SpanLike | undefined, call: SpanLike, tails?: readonly SpanLike[]): unknown {
  // The body keeps the call's position until it makes a call of its own, so an error the body
  // raised with its own position (an unbound name) also comes with inner === call; the native
  // call never raises such an error itself. It left the lambda: the caller records a frame.
  if (inner === call) return asLispError(e)?.fresh === true ? stampFrame(e, inner) : e;
  // A call in the lambda's tail position: the interpreter's lambda tail-called it, so its
  // frame is gone; only an error raised by the call itself takes its position.
  if (inner !== undefined && tails !== undefined && tails.includes(inner)) {
    const err = asLispError(e);
    if (err !== undefined && err.fresh !== true && err.span !== undefined) return err;
  }
  return stampFrame(e, inner);
}
