/**
 * The vigy-js IR: what the front end produces and both back ends (the JS emitter and the
 * reference interpreter) consume. Plain JSON, validated at the trust boundary by
 * compiler/ir/validate.ts. It lives under runtime/ because the interpreter, which is part of
 * the runtime, reads it; the compiler only produces it.
 *
 * Scopes are resolved: a variable is either a slot of an enclosing frame (`local`, found by
 * walking `up` frames then indexing `slot`) or a late-bound global looked up by name at run
 * time. Frames are created by closure calls, let/let* /letrec and catch handlers (spec §3.3);
 * begin/if/cond/when/unless/and/or and try bodies do not create frames.
 *
 * Every node's `s` is its source position [line, col, byteOffset, byteEnd] within the
 * program's `file` (the stdlib's nodes point into the stdlib source).
 */

/** [line, col, offset, end]; line and col are 1-based. */
export type Pos = readonly [number, number, number, number];

/**
 * Data in the IR (quoted data and literals):
 *   null → nil, boolean, number → int (safe integer), string → string, array → list,
 *   {int:"digits"} → int outside the safe range, {float:n} or {float:"inf"|"-inf"|"nan"|"-0"},
 *   {sym:name}, {kw:name}, {sexp: FormJSON} → an opaque source form.
 */
export type Datum =
  | null
  | boolean
  | number
  | string
  | readonly Datum[]
  | { readonly int: string }
  | { readonly float: number | "inf" | "-inf" | "nan" | "-0" }
  | { readonly sym: string }
  | { readonly kw: string }
  | { readonly sexp: FormJSON }
  /** An error object (only in a `fail` node's user value). */
  | { readonly err: { readonly tag: string; readonly message: string; readonly data: readonly Datum[] } }
  /** A value with no data form (only in a `fail` node's user value): its display text. */
  | { readonly opaque: string };

/** A source form in JSON: the reader's Form with spans reduced to Pos (see runtime/values/form.ts). */
export type FormJSON =
  | { readonly k: "int"; readonly v: number | string; readonly s: Pos }
  | { readonly k: "float"; readonly v: number | "inf" | "-inf" | "nan" | "-0"; readonly s: Pos }
  | { readonly k: "str"; readonly v: string; readonly s: Pos }
  | { readonly k: "bool"; readonly v: boolean; readonly s: Pos }
  | { readonly k: "sym" | "kw"; readonly name: string; readonly s: Pos }
  | { readonly k: "list"; readonly items: readonly FormJSON[]; readonly s: Pos }
  | { readonly k: "quote" | "quasiquote" | "unquote" | "splice"; readonly form: FormJSON; readonly s: Pos };

/** A frame's layout: slot names (for eval and diagnostics) and whether eval may extend it. */
export interface Scope {
  readonly names: readonly string[];
  /** Slots from index `firstDefine` on are introduced by `define` and start unbound. */
  readonly firstDefine: number;
  /** The frame's body contains `eval`, which may define names that have no slot. */
  readonly dyn: boolean;
}

/** Where a name resolves when a define-introduced slot is still unbound. */
export type Fallback = LocalRef | GlobalRef | DynRef;

export interface LocalRef {
  readonly t: "local";
  readonly up: number;
  readonly slot: number;
  readonly name: string;
  /** Present only for define-introduced slots, which may be read before their define runs. */
  readonly fb?: Fallback;
  readonly s: Pos;
}
export interface GlobalRef {
  readonly t: "global";
  readonly name: string;
  readonly s: Pos;
}
/** A name that an eval may have defined in one of the `up`..0 frames; else `fb`. */
export interface DynRef {
  readonly t: "dyn";
  readonly name: string;
  /** How many frames (from the current one outwards) may hold eval-defined names. */
  readonly depth: number;
  readonly fb: LocalRef | GlobalRef;
  readonly s: Pos;
}

export interface Lambda {
  readonly t: "lambda";
  readonly params: readonly string[];
  readonly rest: string | null;
  /** Slot of each positional param, then the rest param (duplicates share a slot: last wins). */
  readonly paramSlots: readonly number[];
  readonly scope: Scope;
  readonly body: readonly Expr[];
  /** The name it was defined under, for stack traces; not observable from Lisp. */
  readonly name: string | null;
  readonly s: Pos;
}

/** Quasiquote template (spec §3.5): constant parts, unquoted expressions and splices. */
export type QQ =
  | { readonly q: "datum"; readonly v: Datum }
  | { readonly q: "unquote"; readonly e: Expr }
  | { readonly q: "list"; readonly items: readonly (QQ | { readonly q: "splice"; readonly e: Expr; readonly s: Pos })[] };

export type Expr =
  | { readonly t: "lit"; readonly v: Datum; readonly s: Pos }
  | { readonly t: "qq"; readonly tpl: QQ; readonly s: Pos }
  | LocalRef
  | GlobalRef
  | DynRef
  /** set!: assigns the binding `ref` resolves to (an unbound define-slot assigns its fallback). */
  | { readonly t: "set"; readonly ref: Fallback; readonly value: Expr; readonly s: Pos }
  | { readonly t: "defl"; readonly slot: number; readonly name: string; readonly value: Expr; readonly s: Pos }
  | { readonly t: "defg"; readonly name: string; readonly value: Expr; readonly s: Pos }
  /** Only from `eval` inside a frame: define a name the frame has no slot for. */
  | { readonly t: "defx"; readonly name: string; readonly value: Expr; readonly s: Pos }
  | { readonly t: "if"; readonly test: Expr; readonly then: Expr; readonly else: Expr | null; readonly s: Pos }
  | { readonly t: "seq"; readonly body: readonly Expr[]; readonly s: Pos }
  | { readonly t: "and" | "or"; readonly args: readonly Expr[]; readonly s: Pos }
  | { readonly t: "not"; readonly arg: Expr; readonly s: Pos }
  | {
      readonly t: "let";
      readonly kind: "let" | "let*" | "letrec";
      readonly scope: Scope;
      readonly slots: readonly number[];
      readonly inits: readonly Expr[];
      readonly body: readonly Expr[];
      readonly s: Pos;
    }
  | Lambda
  | { readonly t: "call"; readonly fn: Expr; readonly args: readonly Expr[]; readonly tail: boolean; readonly s: Pos }
  | { readonly t: "try"; readonly body: readonly Expr[]; readonly scope: Scope; readonly handler: readonly Expr[]; readonly s: Pos }
  | { readonly t: "delay"; readonly thunk: Lambda; readonly s: Pos }
  | { readonly t: "eval"; readonly arg: Expr; readonly s: Pos }
  | { readonly t: "macroexpand"; readonly arg: Expr; readonly once: boolean; readonly s: Pos }
  /** (require "path" …) with no module loader: throws #<error :module-not-found …>. */
  | { readonly t: "require"; readonly path: string; readonly s: Pos }
  /**
   * Text that macro bodies printed while this top-level form was expanded. Expansion runs at
   * compile time, but the reference expands each form just before evaluating it, so the
   * output is replayed at that moment.
   */
  | { readonly t: "emit"; readonly text: string; readonly s: Pos }
  /** A form that raises this error when evaluated (malformed special forms, failed expansions). */
  | { readonly t: "fail"; readonly error: FailError; readonly s: Pos };

/** The JSON form of a runtime error (runtime/errors/lisp-error.ts ErrorDetail; a user value as Datum). */
export type FailError =
  | { readonly kind: "unbound-symbol"; readonly name: string }
  | { readonly kind: "arity-mismatch"; readonly fn: string; readonly expected: string; readonly got: number }
  | { readonly kind: "type-mismatch"; readonly expected: string; readonly got: string }
  | { readonly kind: "division-by-zero" }
  | { readonly kind: "not-callable"; readonly type: string }
  | { readonly kind: "bad-special-form"; readonly form: string; readonly reason: string }
  | { readonly kind: "native-fn"; readonly fn: string; readonly reason: string }
  | { readonly kind: "reader"; readonly message: string }
  | { readonly kind: "halted" }
  | { readonly kind: "not-implemented"; readonly what: string }
  | { readonly kind: "stack-overflow" }
  | { readonly kind: "user"; readonly value: Datum };

/** A top-level `defmacro` (also spelled defpoint-template / defcheck): registers, yields nil. */
export interface DefMacro {
  readonly t: "defmacro";
  readonly name: string;
  readonly params: readonly string[];
  readonly rest: string | null;
  readonly body: FormJSON;
  readonly s: Pos;
}

/** A top-level form whose expansion raised: evaluating it raises that error (spec §3.1). */
export type TopForm = Expr | DefMacro;

export interface Program {
  readonly ir: "vigy-ir/1";
  readonly file: string;
  readonly forms: readonly TopForm[];
  /** The source could not be read; `forms` is the one `fail` node raising the reader error. */
  readonly unreadable?: true;
}
