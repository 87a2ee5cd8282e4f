/**
 * `map`, `filter`, `remove`, `for-each`, `any?`, `every?`, `find`, `find-index`, `count-if`
 * and `foldl` over a lambda written at the call site become a JS loop with the lambda's body
 * inside, in the calling function: no closure, no call per element, no frame. Only when the
 * name is the native (the emitter already knows), there is one list, and the lambda takes
 * exactly the arguments the native passes; anything else is an ordinary native call. A named
 * function in the lambda's place counts as the lambda that calls it (eta-lambda.ts).
 *
 * Same behaviour as the native (runtime/stdlib/natives/hof.ts): the list is checked with the
 * same `listView` at the call's position, elements are visited in order (`a[s + i]`: the
 * LList's storage from its start), lists made are `$r.listOf` their arrays, and the body's own
 * calls report their own positions. The body is no longer in tail position (the native calls
 * the lambda to completion too).
 *
 * A fold whose function only updates its map accumulator may change the map in place from the
 * second step on: the plan says which (plan-loops.ts); the loop body's context carries the
 * test for "past the first step" to that update (emit-call.ts and emit-map-update.ts write it).
 */
import type * as ES from "estree";
import type { Expr, Lambda } from "../../runtime/ir/nodes.js";
import type { FnCtx } from "./context.js";
import { bodyValue } from "./lowering.js";
import { declareSlots, frameFor } from "./frames.js";
import { operands } from "./operands.js";
import * as B from "./estree.js";
import { leaveInlined } from "./leave-inlined.js";
import type { LoopName } from "./plan-loops.js";
import { isStable, markBool, truthTest } from "./expr-marks.js";

type Out = ES.Statement[];
type CallNode = Extract<Expr, { t: "call" }>;

/**
 * The loop for `(name (lambda …) …)` with `l` the lambda (the plan's, or the one standing for a
 * named function: eta-lambda.ts), pushed to `out`; returns the call's value. `position` marks
 * an expression with the call's position (`$p`), as a native call is.
 */
export function emitLoopCall(name: string, l: Lambda, e: CallNode, cx: FnCtx, out: Out, position: (x: ES.Expression) => ES.Expression): ES.Expression {
  const mod = cx.mod;
  const rest = operands(e.args.slice(1), cx, out, mod.plan.someHasCall(e.args.slice(1)));
  // foldl's initial value before its list, as the arguments are evaluated: either may raise
  // (an unbound variable), and the first one's error is the one reported.
  const acc = name === "foldl" ? mod.temp() : null;
  if (acc !== null) out.push(B.decl("let", acc, rest[0]!));
  const xs = mod.temp();
  const a = mod.temp();
  const s = mod.temp();
  const n = mod.temp();
  const i = mod.temp();
  out.push(B.decl("const", xs, position(cx.mod.rt("listView", [rest[rest.length - 1]!]))));
  out.push(B.decl("const", a, B.member(B.id(xs), "a")));
  out.push(B.decl("const", s, B.member(B.id(xs), "i")));
  out.push(B.decl("const", n, B.binary("-", B.member(B.id(a), "length"), B.id(s))));

  const frame = frameFor(l, l.scope, cx);
  // The accumulator update the plan lets change the map in place from the second step on.
  const update = mod.plan.ownedUpdate(e);
  const inner = update === undefined ? cx.withFrame(frame) : cx.withFrame(frame, new Map([[update, B.binary(">", B.id(i), B.num(0))]]));
  const body: Out = [];
  const item = (): ES.Expression => B.index(B.id(a), B.binary("+", B.id(s), B.id(i)));
  const args = acc === null ? [item()] : [B.id(acc), item()];
  l.paramSlots.forEach((slot, k) => body.push(B.decl("let", frame.names[slot]!, args[k]!)));
  declareSlots(frame, 0, body, new Set(l.paramSlots));
  const v = bodyValue(l.body, inner, body);

  let result: ES.Expression;
  switch (name as LoopName) {
    case "map": {
      const ys = mod.temp();
      out.push(B.decl("const", ys, cx.mod.rt("newArray", [B.id(n)])));
      body.push(B.stmt(B.assign(B.index(B.id(ys), B.id(i)), v)));
      result = cx.mod.rt("listOf", [B.id(ys)]);
      break;
    }
    case "filter":
    case "remove": {
      const ys = mod.temp();
      out.push(B.decl("const", ys, B.arr([])));
      const keep = truthTest(v, cx.mod);
      body.push(B.ifs(name === "filter" ? keep : B.not(keep), [B.stmt(B.call(B.member(B.id(ys), "push"), [item()]))], null));
      result = cx.mod.rt("listOf", [B.id(ys)]);
      break;
    }
    case "for-each":
      if (!isStable(v)) body.push(B.stmt(v));
      result = B.lit(null);
      break;
    case "any?":
    case "every?":
    case "find":
    case "find-index":
    case "count-if": {
      const r = mod.temp();
      const p = predicateLoop(name, truthTest(v, cx.mod), item(), B.id(i), B.id(r));
      out.push(B.decl("let", r, p.initial));
      body.push(B.ifs(p.test, p.then, null));
      result = name === "any?" || name === "every?" ? markBool(B.id(r)) : B.id(r);
      break;
    }
    case "foldl":
      body.push(B.stmt(B.assign(acc!, v)));
      result = B.id(acc!);
      break;
  }
  const loop: ES.ForStatement = B.at(
    {
      type: "ForStatement",
      init: B.decl("let", i, B.num(0)),
      test: B.binary("<", B.id(i), B.id(n)),
      update: B.increment(B.id(i)),
      body: B.block(body),
    },
    e.s,
  );
  // An error leaving the body leaves the lambda the native would have called (a frame there).
  out.push(leaveInlined([loop], e.s, l, cx));
  return result;
}

/**
 * What the predicate natives keep in `r`: its value before any element, the test on an
 * element's `keep` (the lambda's truthiness), and what a passing element does (all but
 * count-if decide the answer and stop there, as the natives do).
 */
function predicateLoop(name: string, keep: ES.Expression, item: ES.Expression, index: ES.Expression, r: ES.Identifier): { initial: ES.Expression; test: ES.Expression; then: Out } {
  const decide = (x: ES.Expression): Out => [B.stmt(B.assign(r, x)), { type: "BreakStatement", label: null }];
  switch (name) {
    case "any?":
      return { initial: B.lit(false), test: keep, then: decide(B.lit(true)) };
    case "every?":
      return { initial: B.lit(true), test: B.not(keep), then: decide(B.lit(false)) };
    case "find":
      return { initial: B.lit(null), test: keep, then: decide(item) };
    case "find-index":
      return { initial: B.num(-1), test: keep, then: decide(index) };
    default: // count-if
      return { initial: B.num(0), test: keep, then: [B.stmt(B.increment(r))] };
  }
}
