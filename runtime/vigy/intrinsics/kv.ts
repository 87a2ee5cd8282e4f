/** KvExtension (spec/vigy.md §5.3): the persistent key/value store. */
import { saturatingAdd } from "../../values/int64.js";
import type { Value } from "../../values/types.js";
import { intArg, jsonToLisp, lispString, lispToJson } from "../convert.js";
import { extension } from "../extension.js";
import { asI64 } from "../json.js";

export const KV = extension("kv", [
  {
    name: "vigy-get",
    min: 1,
    max: Infinity,
    fn: (args, host) => {
      const j = host.kvGet(lispString(args[0]!));
      if (j !== undefined) return jsonToLisp(j); // a stored null is nil; the default is not used
      // The default counts only with exactly two arguments, and comes back unconverted.
      return args.length === 2 ? args[1]! : null;
    },
  },
  { name: "vigy-set", min: 2, max: 2, fn: ([k, v], host) => (host.kvSet(lispString(k!), lispToJson(v!)), null) },
  {
    name: "vigy-incr",
    min: 1,
    max: Infinity, // arguments after the delta are ignored
    fn: (args, host) => {
      const key = lispString(args[0]!);
      const delta = args.length >= 2 ? intArg(args[1]!, "delta") : 1;
      // Anything but an i64 integer (absent, float, string, null…) counts as 0 and is overwritten.
      const next = saturatingAdd(asI64(host.kvGet(key)) ?? 0, delta);
      host.kvSet(key, next);
      return next;
    },
  },
  { name: "vigy-has?", min: 1, max: 1, fn: ([k], host) => host.kvHas(lispString(k!)) },
  { name: "vigy-del", min: 1, max: 1, fn: ([k], host): Value => host.kvDelete(lispString(k!)) },
]);
