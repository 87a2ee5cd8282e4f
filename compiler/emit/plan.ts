/**
 * The plan: what the emitter decides about a module's IR before writing any of it, as data
 * keyed by IR node, read (never changed) while lowering. Made by `planModule` once the module's
 * globals are classified (emit-module.ts), since what a call does depends on what its callee is.
 *
 * Decided here so far: which calls contain calls (operands before them are saved: has-call.ts);
 * which map updates in a fold written as a loop may change the accumulator in place
 * (plan-loops.ts); for every function, the binding it is fixed under, whether it is a leaf and
 * whether it is a loop and with which cons chains (plan-tail.ts); which tail cons chains are
 * consing tail calls. Other decisions are still made while lowering (see emit-call.ts).
 */
import type { Expr, Lambda } from "../../runtime/ir/nodes.js";
import type { Key } from "./binding-key.js";
import { globalKey } from "./binding-key.js";
import type { ConsSite } from "./facts.js";
import { consTailSite, loopingConsSites, loops, mayTail } from "./plan-tail.js";
import { forEachChild } from "../../runtime/ir/visit.js";
import { inlineHelper } from "./builtins.js";
import type { ModuleCtx } from "./context.js";
import { globalBindingIn } from "./emit-globals.js";
import { hasCall } from "./has-call.js";
import { nativeTakes } from "./known-callee.js";
import { accumulatorUpdate, fitsLoop, loopArity } from "./plan-loops.js";

type CallNode = Extract<Expr, { t: "call" }>;

/** What is decided about one function. */
export interface FunctionPlan {
  /** The binding it is the fixed value of (declared by name, called directly), or null. */
  readonly key: Key | null;
  /** Whether it can return a pending tail call (else it is a leaf: a tail call to it may call it on the spot). */
  readonly mayTail: boolean;
  /** Whether its self tail calls become iterations of a loop. */
  readonly loops: boolean;
  /** Its tail cons chains onto a self call that become loop iterations (emit-trmc.ts). */
  readonly consSites: readonly ConsSite[];
}

export class Plan {
  private readonly calls = new WeakMap<Expr, boolean>();

  constructor(
    /** Each fold written as a loop whose accumulator update may be in place: the fold → the update. */
    private readonly owned: ReadonlyMap<CallNode, CallNode>,
    private readonly functions: ReadonlyMap<Lambda, FunctionPlan>,
    /** Tail cons chains onto a call that is not their function's loop: written as consing tail calls. */
    private readonly consTails: ReadonlyMap<CallNode, ConsSite>,
  ) {}

  /** The plan of a function of the module's IR. */
  fn(l: Lambda): FunctionPlan {
    const p = this.functions.get(l);
    if (p === undefined) throw new Error("a function the plan does not know was lowered");
    return p;
  }

  /** The consing tail call a tail `(cons x (g …))` chain is written as, if it is one. */
  consTail(call: CallNode): ConsSite | undefined {
    return this.consTails.get(call);
  }

  /** The update of the accumulator that fold `call` may make in place, if any. */
  ownedUpdate(call: CallNode): CallNode | undefined {
    return this.owned.get(call);
  }

  /** Whether `e` contains a call outside nested lambdas (memoized). */
  hasCall(e: Expr): boolean {
    return hasCall(e, this.calls);
  }
}

/** Whether a call's callee is a native the emitter calls as such (emit-call.ts callee "native"). */
function callsNative(e: CallNode, mod: ModuleCtx): string | null {
  if (e.fn.t !== "global" || globalBindingIn(e.fn.name, mod).kind !== "native") return null;
  const name = e.fn.name;
  return nativeTakes(name, e.args.length) && inlineHelper(name, e.args.length) === undefined ? name : null;
}

export function planModule(forms: readonly Expr[], mod: ModuleCtx): Plan {
  const { facts } = mod;
  const owned = new Map<CallNode, CallNode>();
  const fixedUnder = new Map<Lambda, Key>();
  const lambdas: Lambda[] = [];
  const isNative = (name: string): boolean => globalBindingIn(name, mod).kind === "native";
  /** A write of `value` to binding `key`: a lambda it always holds is declared by name (emit-expr.ts bindingValue). */
  const written = (key: Key, value: Expr): void => {
    if (value.t === "lambda" && facts.fixed(key) === value) fixedUnder.set(value, key);
  };
  const creators: object[] = [];
  const visit = (e: Expr): void => {
    switch (e.t) {
      case "lambda":
        lambdas.push(e);
        break;
      case "defl":
        written(facts.frames.key(creators, 0, e.slot), e.value);
        break;
      case "defg":
        written(globalKey(e.name), e.value);
        break;
      case "let":
        e.inits.forEach((init, i) => written(facts.frames.slot(e, e.slots[i]!), init));
        break;
      case "call":
        if (callsNative(e, mod) === "foldl") {
          const f = e.args[0]!;
          if (f.t === "lambda" && e.args.length === loopArity("foldl")! + 1 && fitsLoop(f, loopArity("foldl")!)) {
            const update = accumulatorUpdate(f, facts, isNative);
            if (update !== null) owned.set(e, update);
          }
        }
        break;
    }
    // The frame a node creates is in scope for the children that run in it (they come last).
    let pushed = false;
    forEachChild(e, (c, inner) => {
      if (inner && !pushed) {
        creators.push(e);
        pushed = true;
      }
      visit(c);
    });
    if (pushed) creators.pop();
  };
  forms.forEach(visit);

  const functions = new Map<Lambda, FunctionPlan>();
  const consTails = new Map<CallNode, ConsSite>();
  for (const l of lambdas) {
    const key = fixedUnder.get(l) ?? null;
    const consSites = key === null ? [] : loopingConsSites(l, key, mod);
    functions.set(l, { key, mayTail: mayTail(l, key, mod), loops: loops(l, key, consSites, mod), consSites });
    for (const s of facts.tailSites.get(l) ?? []) {
      const site = consTailSite(s.call, l, mod);
      if (site !== undefined) consTails.set(s.call, site);
    }
  }
  return new Plan(owned, functions, consTails);
}
