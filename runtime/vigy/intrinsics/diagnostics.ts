/** DiagnosticsExtension (spec/vigy.md §5.6): log, trace, metrics and events. */
import { nativeErr, typeErr } from "../../errors/lisp-error.js";
import { toNumber, isInt } from "../../values/int64.js";
import { typeName } from "../../values/type-name.js";
import { LFloat } from "../../values/types.js";
import { lispString, lispToJson } from "../convert.js";
import { extension } from "../extension.js";
import { LEVELS, type LogLevel } from "../host.js";

export const DIAGNOSTICS = extension("diagnostics", [
  {
    name: "vigy-log",
    min: 2,
    max: 2,
    fn: ([lv, msg], host) => {
      const level = lispString(lv!);
      // The level is checked before the message is converted.
      if (!(LEVELS as readonly string[]).includes(level)) {
        throw nativeErr("vigy-log", `unknown level ${JSON.stringify(level)}; expected ${LEVELS.join("|")}`);
      }
      host.log.push({ level: level as LogLevel, message: lispString(msg!) });
      return null;
    },
  },
  { name: "vigy-trace", min: 2, max: 2, fn: ([k, v], host) => (host.trace.set(lispString(k!), lispToJson(v!)), null) },
  {
    name: "vigy-metric",
    min: 2,
    max: 2,
    fn: ([k, v], host) => {
      const name = lispString(k!);
      const value = isInt(v!) ? toNumber(v) : v instanceof LFloat ? v.v : undefined;
      if (value === undefined) throw typeErr("numeric metric value", typeName(v!));
      host.metrics.set(name, value);
      return null;
    },
  },
  {
    name: "vigy-event",
    min: 2,
    max: 2,
    fn: ([kind, msg], host) => (host.events.push({ kind: lispString(kind!), message: lispString(msg!) }), null),
  },
]);
