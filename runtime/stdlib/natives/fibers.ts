/**
 * Fibers (spec §4.10): deferred, synchronous computations, `foreign` values. `(go thunk)` only
 * records the thunk; the first `(go-run f)` runs it to completion and caches the outcome.
 * A failure does not raise: the fiber becomes :errored and go-run returns the error value —
 * the thrown value itself for a user throw, else `#<error :fiber-error "FULL DISPLAY">`.
 */
import { asLispError, nativeErr, typeErr } from "../../errors/lisp-error.js";
import { callProc } from "../../values/call.js";
import { typeName } from "../../values/type-name.js";
import { Closure, Foreign, Kw, LErrorValue, Native, type Value } from "../../values/types.js";
import { native, predicate } from "./define.js";

export type FiberState = "pending" | "running" | "done" | "errored";

export class Fiber extends Foreign {
  readonly foreignKind = "fiber";
  state: FiberState = "pending";
  result: Value = null;
  error: Value = null;
  constructor(readonly thunk: Value) {
    super();
  }

  run(): Value {
    switch (this.state) {
      case "done":
        return this.result;
      case "errored":
        return this.error;
      case "running":
        throw nativeErr("go-run", "fiber already running (re-entrant call detected)");
    }
    this.state = "running";
    try {
      const v = callProc(this.thunk, []);
      this.state = "done";
      this.result = v;
      return v;
    } catch (e) {
      const err = asLispError(e);
      if (err === undefined) {
        this.state = "pending"; // a host bug, not a Lisp failure: leave the fiber runnable
        throw e;
      }
      this.state = "errored";
      this.error = err.detail.kind === "user" ? err.detail.value : new LErrorValue("fiber-error", err.message, []);
      return this.error;
    }
  }
}

function asFiber(v: Value): Fiber {
  if (v instanceof Fiber) return v;
  throw typeErr("fiber", typeName(v));
}

export const go = /* @__PURE__ */ native("go", 1, 1, (thunk) => {
  if (thunk instanceof Closure || thunk instanceof Native || thunk instanceof Foreign) return new Fiber(thunk);
  throw typeErr("callable", typeName(thunk));
});

export const isGo = /* @__PURE__ */ predicate("go?", 1, 1, (v) => v instanceof Fiber);

export const goRun = /* @__PURE__ */ native("go-run", 1, 1, (f) => asFiber(f).run());

export const goStatus = /* @__PURE__ */ native("go-status", 1, 1, (f) => Kw.of(asFiber(f).state));

export const goResult = /* @__PURE__ */ native("go-result", 1, 1, (f) => asFiber(f).result);

export const goError = /* @__PURE__ */ native("go-error", 1, 1, (f) => asFiber(f).error);

/** This family's natives, in registration order. */
export const NATIVES: readonly Native[] = [go, isGo, goRun, goStatus, goResult, goError];
