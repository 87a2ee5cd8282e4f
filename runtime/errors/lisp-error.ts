/**
 * Runtime errors (spec §5): one JS exception class carrying the reference's error variant, its
 * Lisp source position, and the three texts a user can observe: the Display text of an
 * uncaught error, the short message a `catch` sees, and the catch tag.
 */
import type { SpanLike, Value } from "../values/types.js";
import { display } from "../values/printer.js";

export type ErrorDetail =
  | { kind: "unbound-symbol"; name: string }
  | { kind: "arity-mismatch"; fn: string; expected: string; got: number }
  | { kind: "type-mismatch"; expected: string; got: string }
  | { kind: "division-by-zero" }
  | { kind: "not-callable"; type: string }
  | { kind: "bad-special-form"; form: string; reason: string }
  | { kind: "native-fn"; fn: string; reason: string }
  | { kind: "reader"; message: string }
  | { kind: "halted" }
  | { kind: "not-implemented"; what: string }
  /** Not in the reference (which aborts the process): JS ran out of stack. */
  | { kind: "stack-overflow" }
  | { kind: "user"; value: Value };

/** A JS exception a host extension's function threw (a bug in the host, not the program). */
export interface HostCause {
  readonly extension: string;
  readonly intrinsic: string;
  readonly error: Error;
}

export class LispError extends Error {
  #span: SpanLike | undefined;
  /**
   * The call sites the error left on its way out, innermost first: each call that was running
   * when the error came out of a function it called (runtime/errors/frames.ts). Kept only for
   * what a person is shown; a `catch` sees none of it.
   */
  frames: SpanLike[] | undefined;
  /** Set when the error is a host extension's JS exception (extension.ts). */
  hostCause: HostCause | undefined;
  /**
   * Raised with its own position by compiled code in the function still running (an unbound
   * name, a failed form): that function's catch clears it instead of taking the error for one
   * that came out of a call (runtime/errors/frames.ts).
   */
  fresh: boolean | undefined;
  /**
   * The Display text with the position: an own, enumerable property kept current as the error
   * is stamped, so every place JS shows errors (consoles, stack traces, structured clones,
   * JSON.stringify) shows it. The stack's first line has the text the error was raised with.
   */
  declare message: string;

  constructor(
    readonly detail: ErrorDetail,
    span?: SpanLike,
  ) {
    super();
    this.name = "LispError";
    this.#span = span;
    Object.defineProperty(this, "message", { value: this.fullText(), writable: true, enumerable: true, configurable: true });
  }

  /** Where the error was raised; stamped by the innermost call site that knows a position. */
  get span(): SpanLike | undefined {
    return this.#span;
  }
  set span(s: SpanLike | undefined) {
    this.#span = s;
    this.message = this.fullText();
  }

  private fullText(): string {
    return this.displayText + (this.#span ? ` at ${formatSpan(this.#span)}` : "");
  }

  /** The catch tag (without the colon), e.g. `unbound-symbol`. Users' throws have none. */
  get tag(): string {
    return this.detail.kind;
  }

  /** The short message: what `error-message` returns in a catch (§5 table). */
  get shortMessage(): string {
    const d = this.detail;
    switch (d.kind) {
      case "unbound-symbol":
        return `unbound symbol \`${d.name}\``;
      case "arity-mismatch":
        return `\`${d.fn}\` expected ${d.expected}, got ${d.got}`;
      case "type-mismatch":
        return `type mismatch: expected ${d.expected}, got ${d.got}`;
      case "division-by-zero":
        return "division by zero";
      case "not-callable":
        return `value of type ${d.type} is not callable`;
      case "bad-special-form":
        return `bad \`${d.form}\`: ${d.reason}`;
      case "native-fn":
        return `in native \`${d.fn}\`: ${d.reason}`;
      case "reader":
        return `reader: ${d.message}`;
      case "halted":
        return "halted";
      case "not-implemented":
        return `not yet implemented: ${d.what}`;
      case "stack-overflow":
        return "stack overflow: recursion too deep";
      case "user":
        return `uncaught: ${display(d.value)}`;
    }
  }

  /** The reference's Display text without the position suffix. */
  get displayText(): string {
    const d = this.detail;
    switch (d.kind) {
      case "unbound-symbol":
        return `unbound symbol: ${d.name}`;
      case "arity-mismatch":
        return `arity mismatch in ${d.fn}: expected ${d.expected}, got ${d.got}`;
      case "type-mismatch":
        return `type mismatch: expected ${d.expected}, got ${d.got}`;
      case "division-by-zero":
        return "division by zero";
      case "not-callable":
        return `not callable: value of type ${d.type}`;
      case "bad-special-form":
        return `bad special form \`${d.form}\`: ${d.reason}`;
      case "native-fn":
        return `in native fn ${d.fn}: ${d.reason}`;
      case "reader":
        return `reader error: ${d.message}`;
      case "halted":
        return "halted (host-initiated interrupt)";
      case "not-implemented":
        return `not yet implemented: ${d.what} (Phase 2.3+)`;
      case "stack-overflow":
        return "stack overflow: recursion too deep";
      case "user":
        return `user error: ${display(d.value)}`;
    }
  }

}

export function formatSpan(s: SpanLike): string {
  return `${s.file}:${s.line}:${s.col}`;
}

export const unbound = (name: string, span?: SpanLike) => new LispError({ kind: "unbound-symbol", name }, span);
export const typeErr = (expected: string, got: string) => new LispError({ kind: "type-mismatch", expected, got });
export const divZero = () => new LispError({ kind: "division-by-zero" });
export const nativeErr = (fn: string, reason: string) => new LispError({ kind: "native-fn", fn, reason });
export const badForm = (form: string, reason: string, span?: SpanLike) =>
  new LispError({ kind: "bad-special-form", form, reason }, span);
export const userErr = (value: Value) => new LispError({ kind: "user", value });
export const readerErr = (message: string) => new LispError({ kind: "reader", message });

/** Rust Debug of the Arity enum, as printed in arity errors. */
export function arityText(min: number, max: number): string {
  if (min === max) return `Exact(${min})`;
  if (max === Infinity) return min === 0 ? "Any" : `AtLeast(${min})`;
  return `Range(${min}, ${max})`;
}

export const arityErr = (fn: string, min: number, max: number, got: number) =>
  new LispError({ kind: "arity-mismatch", fn, expected: arityText(min, max), got });

/** JS ran out of stack: V8 throws a RangeError we turn into a catchable Lisp error. */
export function isStackOverflow(e: unknown): boolean {
  if (!(e instanceof RangeError)) return false;
  try {
    return /call stack/i.test(e.message);
  } catch {
    return true; // the test itself ran out of stack: this is an overflow
  }
}

let overflows = 0;

/**
 * How many times JS ran out of stack under a Lisp program in this thread (caught or not): the
 * CLI runs `vigyc eval` on its main thread first and starts over with a large stack when this
 * moved (compiler/cli/in-thread.ts).
 */
export const stackOverflowCount = (): number => overflows;

/** The Lisp error a thrown value stands for; undefined for internal JS faults. */
export function asLispError(e: unknown): LispError | undefined {
  if (e instanceof LispError) return e;
  if (isStackOverflow(e)) {
    overflows++;
    return new LispError({ kind: "stack-overflow" });
  }
  return undefined;
}
