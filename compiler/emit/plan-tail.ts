/**
 * Decisions about tail calls and tail `cons` chains (facts.ts finds them): which of a
 * function's cons chains onto its own call become iterations of its loop (emit-trmc.ts), which
 * chains onto another call become a consing tail call, and whether a function can return a
 * pending tail call at all (a leaf cannot, so a tail call to it may call it on the spot).
 */
import type { Expr, Lambda } from "../../runtime/ir/nodes.js";
import type { ModuleCtx } from "./context.js";
import type { ConsSite } from "./facts.js";
import type { Key } from "./binding-key.js";
import { isNativeIn as isNative } from "./emit-globals.js";

/** The cons sites of `l` (the value of binding `key`) that can become loop iterations. */
export function loopingConsSites(l: Lambda, key: Key, mod: ModuleCtx): ConsSite[] {
  if (l.rest !== null) return [];
  const sites = (mod.facts.consSites.get(l) ?? []).filter((s) => s.fnKey === key && s.inner.args.length === l.params.length);
  if (sites.length === 0 || !isNative("cons", mod)) return [];
  return sites;
}

/**
 * A tail `cons` chain of `l` ending in a call of anything but a native (a function that is not
 * `l`'s own loop, or any function when cons may be rebound, as in the late-bound stdlib): it is
 * written as `$r.consTail`, which hands the call to the trampoline with the heads to cons on
 * (runtime/compiled/closures.ts), so it never grows the stack. Undefined for other calls.
 */
export function consTailSite(call: Expr, l: Lambda | null, mod: ModuleCtx): ConsSite | undefined {
  if (l === null || call.t !== "call" || !call.tail) return undefined;
  const site = mod.facts.consSites.get(l)?.find((s) => s.call === call);
  if (site === undefined) return undefined;
  const g = site.inner.fn;
  return g.t === "global" && isNative(g.name, mod) ? undefined : site;
}

/**
 * Whether a function (the value of binding `key`, if fixed, with the cons sites of its loop:
 * loopingConsSites) can return a pending tail call, so that direct callers must finish it: any
 * tail call except its own loop and calls of natives. One that cannot is a leaf: a tail call to
 * it may call it on the spot.
 */
export function mayTail(l: Lambda, key: Key | null, consSites: readonly ConsSite[], mod: ModuleCtx): boolean {
  return (mod.facts.tailSites.get(l) ?? []).some((s) => {
    if (key !== null && s.fnKey === key && l.rest === null && s.call.args.length === l.params.length) return false;
    // A cons chain onto another call may return a tail call (consTail), unless it is the function's own loop.
    const site = consTailSite(s.call, l, mod);
    if (site !== undefined) return !consSites.includes(site);
    const fn = s.call.fn;
    return !(fn.t === "global" && isNative(fn.name, mod));
  });
}

/**
 * Whether `l`, the value of binding `key` if fixed, is written as a loop: it is fixed, takes no
 * rest list, and makes a self tail call with all its arguments or a cons chain onto one.
 */
export function loops(l: Lambda, key: Key | null, consSites: readonly ConsSite[], mod: ModuleCtx): boolean {
  const sites = mod.facts.tailSites.get(l) ?? [];
  return key !== null && l.rest === null && (consSites.length > 0 || sites.some((s) => s.fnKey === key && s.call.args.length === l.params.length));
}
