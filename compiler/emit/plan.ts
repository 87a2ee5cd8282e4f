/**
 * The plan: what the emitter decides about a module's IR before writing any of it, as data
 * keyed by IR node, read (never changed) while lowering. Made by `planModule` once the module's
 * globals are classified (emit-module.ts), since what a call does depends on what its callee is.
 *
 * Decided here so far: which calls contain calls (operands before them are saved: has-call.ts);
 * which map updates in a fold written as a loop may change the accumulator in place
 * (plan-loops.ts); for every function, the binding it is fixed under, whether it is a leaf and
 * whether it is a loop and with which cons chains (plan-tail.ts); which tail cons chains are
 * consing tail calls; how each call is written (plan-calls.ts); and where each binding is
 * certainly bound (after its define in a body, in its let* after its init, in its own
 * function), which decides whether a variable read needs a check for unbound and whether a
 * fixed function is called directly. That is decided here only: lowering reads `boundAt` and
 * the call plans and tracks nothing bound. What is bound changes only along a body (after each
 * define) and along the inits of a let* or letrec, which run in order; elsewhere the plan takes
 * each node's children from runtime/ir/visit.ts (`forEachChild`, the one list of children in
 * evaluation order) and forks its view where lowering starts a block or function
 * (bound-set.ts), so what a branch or a nested function binds never counts after it.
 */
import type { Expr, Fallback, Lambda, Pos } from "../../runtime/ir/nodes.js";
import { inlinedTailCalls } from "./leave-inlined.js";
import { BoundSet } from "./bound-set.js";
import type { Key } from "./binding-key.js";
import { globalKey } from "./binding-key.js";
import type { ConsSite } from "./facts.js";
import { consTailSite, loopingConsSites, loops, mayTail } from "./plan-tail.js";
import { forEachChild } from "../../runtime/ir/visit.js";
import type { ModuleCtx } from "./context.js";
import { isNativeIn } from "./emit-globals.js";
import { hasCall } from "./has-call.js";
import { accumulatorUpdate } from "./plan-loops.js";
import { planCall, type CallPlan } from "./plan-calls.js";

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

/** What the plan decided for `k`; lowering something the plan never saw is the emitter's bug. */
function known<K, V>(decided: ReadonlyMap<K, V>, k: K, bug: string): V {
  const v = decided.get(k);
  if (v === undefined) throw new Error(bug);
  return v;
}

export class Plan {
  private readonly calls = new WeakMap<Expr, boolean>();

  constructor(
    /** Each fold written as a loop whose accumulator update may be in place: the fold → the update. */
    private readonly owned: ReadonlyMap<CallNode, CallNode>,
    private readonly functions: ReadonlyMap<Lambda, FunctionPlan>,
    /** Tail cons chains onto a call that is not their function's loop: written as consing tail calls. */
    private readonly consTails: ReadonlyMap<CallNode, ConsSite>,
    private readonly calls_: ReadonlyMap<CallNode, CallPlan>,
    private readonly boundAt_: ReadonlyMap<object, boolean>,
    private readonly inlinedTails_: ReadonlyMap<Lambda, readonly Pos[]>,
    /** Whether `cons` is the native (else each cons of a chain is read as the program reads it: emit-trmc.ts). */
    readonly nativeCons: boolean,
  ) {}

  /** The tail calls that may call a closure in a lambda written in place of a native's call (leave-inlined.ts). */
  inlinedTails(l: Lambda): readonly Pos[] {
    return known(this.inlinedTails_, l, "a lambda written in place the plan does not know");
  }

  /** Whether, where a variable reference is read or written, its binding is certainly bound (no check for unbound is written). */
  boundAt(node: object): boolean {
    return known(this.boundAt_, node, "a variable the plan does not know was lowered");
  }

  /** How a call of the module's IR is written (plan-calls.ts). */
  call(e: CallNode): CallPlan {
    return known(this.calls_, e, "a call the plan does not know was lowered");
  }

  /** The plan of a function of the module's IR. */
  fn(l: Lambda): FunctionPlan {
    return known(this.functions, l, "a function the plan does not know was lowered");
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

  /** Whether one of the operands `es` contains a call, so they are saved before the call that uses them (operands.ts `spill`). */
  someHasCall(es: readonly Expr[]): boolean {
    return es.some((e) => hasCall(e, this.calls));
  }
}

export function planModule(forms: readonly Expr[], mod: ModuleCtx): Plan {
  const { facts } = mod;
  const owned = new Map<CallNode, CallNode>();
  const ownedUpdates = new Set<CallNode>();
  const fixedUnder = new Map<Lambda, Key>();
  const functions = new Map<Lambda, FunctionPlan>();
  const calls = new Map<CallNode, CallPlan>();
  /** Lambdas whose body is written in place of a native's call: code in them is in the enclosing JS function. */
  const inlined = new Set<Lambda>();
  const inlinedTails = new Map<Lambda, readonly Pos[]>();
  const isNative = (name: string): boolean => isNativeIn(name, mod);
  /** A write of `value` to binding `key`: a lambda it always holds is declared by name (emit-expr.ts bindingValue). */
  const written = (key: Key, value: Expr): void => {
    if (value.t === "lambda" && facts.fixed(key) === value) fixedUnder.set(value, key);
  };
  const creators: object[] = [];
  /** The binding of the loop of the JS function being planned, if it is one. */
  let selfKey: Key | null = null;

  const fnPlan = (l: Lambda): FunctionPlan => {
    const key = fixedUnder.get(l) ?? null;
    const consSites = key === null ? [] : loopingConsSites(l, key, mod);
    return { key, mayTail: mayTail(l, key, consSites, mod), loops: loops(l, key, consSites, mod), consSites };
  };
  /** The bindings certainly written at the point being planned (the order code is written in: lowering.ts bodyForm). */
  let bound = BoundSet.empty();
  const boundAt = new Map<object, boolean>();
  /** Run `plan` with a view of the bound bindings of its own (what it marks does not outlive it), as lowering forks one. */
  const scoped = (plan: () => void): void => {
    const saved = bound;
    bound = bound.child();
    plan();
    bound = saved;
  };
  const framed = (creator: object, plan: () => void): void => {
    creators.push(creator);
    plan();
    creators.pop();
  };
  /** A body's forms in order: after a define, its binding is bound. */
  const body = (es: readonly Expr[]): void => {
    for (const f of es) {
      visit(f);
      if (f.t === "defl") bound.add(facts.frames.key(creators, 0, f.slot));
      else if (f.t === "defg") bound.add(globalKey(f.name));
    }
  };
  /** Whether each variable reference in a chain of fallbacks is certainly bound where it is read or written. */
  const refs = (r: Fallback): void => {
    if (r.t === "local") {
      boundAt.set(r, bound.has(facts.frames.key(creators, r.up, r.slot)));
      if (r.fb !== undefined) refs(r.fb);
    } else if (r.t === "global") boundAt.set(r, bound.has(globalKey(r.name)));
    else refs(r.fb);
  };

  const call = (e: CallNode): void => {
    const plan = planCall(e, { creators, selfKey, owned: ownedUpdates.has(e), isBound: (key) => bound.has(key) }, mod);
    calls.set(e, plan);
    if (plan.kind !== "native") return;
    const c = plan.call;
    if (c.via === "update" || c.via === "loop" || c.via === "named-loop") {
      inlined.add(c.lambda);
      inlinedTails.set(c.lambda, inlinedTailCalls(c.lambda, mod));
    }
    // The call standing in for the named function is written inside the loop: plan it there.
    if (c.via === "named-loop") scoped(() => framed(c.lambda, () => visit(c.lambda.body[0]!)));
    if (c.via === "loop" && plan.name === "foldl") {
      const update = accumulatorUpdate(c.lambda, facts, isNative);
      if (update !== null) {
        owned.set(e, update);
        ownedUpdates.add(update);
      }
    }
  };

  const visit = (e: Expr): void => {
    switch (e.t) {
      case "lambda": {
        const p = fnPlan(e);
        functions.set(e, p);
        const savedSelf = selfKey;
        const own = !inlined.has(e);
        // A function written as its own JS function (not in place of a native's call) knows its own binding bound.
        if (own) selfKey = p.loops ? p.key : null;
        scoped(() => {
          if (own && p.key !== null) bound.add(p.key);
          framed(e, () => body(e.body));
        });
        selfKey = savedSelf;
        return;
      }
      case "seq":
        return scoped(() => body(e.body));
      case "let": {
        const slot = (i: number): Key => facts.frames.slot(e, e.slots[i]!);
        e.inits.forEach((init, i) => written(slot(i), init));
        if (e.kind === "let") {
          e.inits.forEach(visit);
          // Its frame's fixed functions are bound once every init is (emit-expr.ts letFrame).
          return framed(e, () =>
            scoped(() => {
              for (const i of e.inits.keys()) if (facts.fixed(slot(i))) bound.add(slot(i));
              body(e.body);
            }),
          );
        }
        // let* and letrec bind in order.
        return framed(e, () =>
          scoped(() => {
            e.inits.forEach((init, i) => {
              visit(init);
              bound.add(slot(i));
            });
            body(e.body);
          }),
        );
      }
      case "try":
        scoped(() => body(e.body));
        return framed(e, () => scoped(() => body(e.handler)));
      case "local":
      case "global":
        refs(e);
        return;
      case "set":
        visit(e.value);
        refs(e.ref);
        return;
      case "defl":
        written(facts.frames.key(creators, 0, e.slot), e.value);
        break;
      case "defg":
        written(globalKey(e.name), e.value);
        break;
      case "call":
        call(e);
        break;
    }
    // The other kinds create no frame: their children run where they do.
    forEachChild(e, (c, inner) => {
      if (inner) throw new Error(`the plan does not know the frame a ${e.t} node creates`);
      visit(c);
    });
  };
  body(forms);

  const consTails = new Map<CallNode, ConsSite>();
  for (const l of functions.keys()) {
    for (const s of facts.tailSites.get(l) ?? []) {
      const site = consTailSite(s.call, l, mod);
      if (site !== undefined) consTails.set(s.call, site);
    }
  }
  // (A program that never reads cons has no cons chain: cons need not be classified.)
  const nativeCons = mod.globals.get("cons")?.kind === "native";
  return new Plan(owned, functions, consTails, calls, boundAt, inlinedTails, nativeCons);
}
