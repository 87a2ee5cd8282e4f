/** SchedulingExtension (spec/vigy.md §5.5): tick metadata, rate limiting and backoff. */
import { cmp, saturatingSub, toBig } from "../../values/int64.js";
import { intArg, lispString } from "../convert.js";
import { extension } from "../extension.js";
import { asI64 } from "../json.js";

export const RATELIMIT_PREFIX = "__ratelimit::";

/** 1000·2^min(attempt, 5) ms capped at 30 s; negatives count as 0; the clamped attempt wraps as a u32. */
function backoffMs(attempt: number | bigint): number {
  const a = toBig(attempt) < 0n ? 0 : Number(BigInt.asUintN(32, toBig(attempt)));
  return Math.min(1000 * 2 ** Math.min(a, 5), 30000);
}

export const SCHEDULING = extension("scheduling", [
  { name: "vigy-tick", min: 0, max: 0, fn: (_, host) => host.tickStartMs },
  { name: "vigy-tick-count", min: 0, max: 0, fn: (_, host) => host.tickCount },
  {
    name: "vigy-since-last-tick",
    min: 0,
    max: 0,
    fn: (_, host) => (host.previousTickMs === null ? -1 : saturatingSub(host.tickStartMs, host.previousTickMs)),
  },
  {
    name: "vigy-rate-limited?",
    min: 2,
    max: 2,
    fn: ([k, ms], host) => {
      const key = RATELIMIT_PREFIX + lispString(k!);
      const window = intArg(ms!, "min-interval-ms");
      const elapsed = saturatingSub(host.tickStartMs, asI64(host.kvGet(key)) ?? 0);
      if (cmp(elapsed, window) < 0) return true;
      host.kvStamp(key, host.tickStartMs);
      return false;
    },
  },
  { name: "vigy-backoff-ms", min: 1, max: 1, fn: ([a]) => backoffMs(intArg(a!, "attempt")) },
]);
