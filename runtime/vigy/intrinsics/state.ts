/** StateExtension (spec/vigy.md §5.2): desired/observed state and conditions. */
import { nativeErr } from "../../errors/lisp-error.js";
import { lispString, lispToJson } from "../convert.js";
import { extension } from "../extension.js";
import type { Condition, ConditionStatus } from "../host.js";

const STATUS: Record<string, ConditionStatus> = {
  true: "true",
  True: "true",
  false: "false",
  False: "false",
  unknown: "unknown",
  Unknown: "unknown",
};

export const STATE = extension("state", [
  { name: "vigy-desired", min: 2, max: 2, fn: ([k, v], host) => (host.desired.set(lispString(k!), lispToJson(v!)), null) },
  { name: "vigy-observed", min: 2, max: 2, fn: ([k, v], host) => (host.observed.set(lispString(k!), lispToJson(v!)), null) },
  {
    name: "vigy-condition",
    min: 2,
    max: Infinity,
    fn: (args, host) => {
      if (args.length > 4) {
        throw nativeErr("vigy-condition", `expected 2..4 args (name, status, reason?, message?), got ${args.length}`);
      }
      // Validation order is the original's: name, status text, status value, reason, message.
      const name = lispString(args[0]!);
      const text = lispString(args[1]!);
      const status = Object.hasOwn(STATUS, text) ? STATUS[text]! : undefined;
      if (status === undefined) throw nativeErr("vigy-condition", `status must be true|false|unknown, got ${JSON.stringify(text)}`);
      const c: Condition = { name, status, last_transition: "" };
      if (args.length >= 3) c.reason = lispString(args[2]!);
      if (args.length === 4) c.message = lispString(args[3]!);
      c.last_transition = host.now();
      host.conditions.push(c);
      return null;
    },
  },
]);
