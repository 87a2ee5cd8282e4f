/** What a `catch` binds (spec §3.7), for both engines. */
import { stamp } from "../values/call.js";
import { LErrorValue, type SpanLike, type Value } from "../values/types.js";
import { LispError } from "./lisp-error.js";

/** A thrown value as is, any other Lisp error as an error object; JS faults pass through. */
export function caughtValue(err: unknown, span: SpanLike): Value {
  const e = stamp(err, span);
  if (!(e instanceof LispError)) throw e;
  if (e.detail.kind === "user") return e.detail.value;
  return new LErrorValue(e.tag, e.shortMessage, []);
}
