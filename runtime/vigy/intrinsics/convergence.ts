/** ConvergenceExtension (spec/vigy.md §5.4): once-flags and convergence marks, kept in kv. */
import { lispString } from "../convert.js";
import { extension } from "../extension.js";

export const ONCE_PREFIX = "__once::";
export const CONVERGED_PREFIX = "__converged::";

export const CONVERGENCE = extension("convergence", [
  {
    name: "vigy-once",
    min: 1,
    max: 1,
    fn: ([k], host) => {
      const key = ONCE_PREFIX + lispString(k!);
      if (host.kvHas(key)) return false;
      host.kvStamp(key, true);
      return true;
    },
  },
  {
    name: "vigy-mark-converged",
    min: 1,
    max: 1,
    fn: ([k], host) => (host.kvStamp(CONVERGED_PREFIX + lispString(k!), host.now()), null),
  },
  { name: "vigy-converged?", min: 1, max: 1, fn: ([k], host) => host.kvHas(CONVERGED_PREFIX + lispString(k!)) },
]);
