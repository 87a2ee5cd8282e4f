/**
 * Which calls of `map`, `filter`, `foldl`… are written as loops with the lambda's body inside
 * (emit-hof-loop.ts writes them), and which map updates in such a fold may change the
 * accumulator in place: decisions, made before any code is written (plan.ts).
 */
import type { Expr, Lambda } from "../../runtime/ir/nodes.js";
import type { Facts } from "./facts.js";

type CallNode = Extract<Expr, { t: "call" }>;

/** The natives written as loops, and how many arguments each passes the lambda. */
export const LOOPS = {
  map: 1,
  filter: 1,
  remove: 1,
  "for-each": 1,
  "any?": 1,
  "every?": 1,
  find: 1,
  "count-if": 1,
  "find-index": 1,
  foldl: 2,
} as const;
export type LoopName = keyof typeof LOOPS;

/** How many arguments the native `name` passes its lambda, when its calls may be loops. */
export const loopArity = (name: string): number | undefined => (Object.hasOwn(LOOPS, name) ? LOOPS[name as LoopName] : undefined);

/** Whether a lambda written at the call site takes exactly the `arity` arguments the native passes (each its own slot). */
export const fitsLoop = (f: Lambda, arity: number): boolean => f.rest === null && f.params.length === arity && new Set(f.paramSlots).size === arity;

/**
 * The update of a fold's accumulator that may change it in place: the body's last form is
 * `(hash-map-set acc k v)` or `(hash-map-update acc k (lambda …))` of the natives, and the
 * program reads `acc` nowhere else (nor assigns it, nor has eval). Then every map the fold
 * makes is seen only by the loop, which drops it at the next step; from the second step on
 * the update may reuse it (LMap.setOwned). The first step updates as usual, since the initial
 * map may be held elsewhere. `isNative` says whether a global name is the native.
 */
export function accumulatorUpdate(l: Lambda, facts: Facts, isNative: (name: string) => boolean): CallNode | null {
  const last = l.body[l.body.length - 1];
  if (last === undefined || last.t !== "call" || last.args.length !== 3 || last.fn.t !== "global") return null;
  const name = last.fn.name;
  if (name !== "hash-map-set" && !(name === "hash-map-update" && last.args[2]!.t === "lambda")) return null;
  if (!isNative(name)) return null;
  const m = last.args[0]!;
  if (m.t !== "local" || m.up !== 0 || m.slot !== l.paramSlots[0] || m.fb !== undefined) return null;
  const key = facts.frames.slot(l, m.slot);
  return !facts.reflective && facts.reads.get(key) === 1 && !facts.assigned.has(key) ? last : null;
}
