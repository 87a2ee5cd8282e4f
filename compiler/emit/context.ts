/**
 * The emitter's state: per module (names in use, span table, constants, how each global name
 * resolves, the plan) and per JS function being written (frames in scope, the self-tail loop,
 * whether it tracks a position for error stamping).
 */
import type * as ES from "estree";
import type { Expr, Lambda, Pos, Scope } from "../../runtime/ir/nodes.js";
import type { ConsSite, Facts } from "./facts.js";
import type { Key } from "./binding-key.js";
import { arr, call, decl, id, index, json, num } from "./estree.js";
import { mangle } from "./munge.js";
import { markConst } from "./expr-marks.js";
import { PART_NAMES } from "./runtime-parts.js";
import { RuntimeRefs } from "./runtime-refs.js";
import { planModule, type Plan } from "./plan.js";
import type { LowerTable } from "./lowering.js";

/** How a global name is reached from a program's code. */
export type GlobalBinding =
  /**
   * Defined or assigned by the program: a local of the run function. `initial` is its value
   * before: a native, a stdlib function, or whatever the tick's environment holds (maybe nothing).
   */
  | { readonly kind: "local"; readonly js: string; readonly initial: "native" | "stdlib" | "env"; readonly mirror: boolean }
  | { readonly kind: "native" }
  | { readonly kind: "stdlib"; readonly js: string }
  /** A host intrinsic or a name nobody defines: read once per tick from `$P`, maybe absent. */
  | { readonly kind: "dynamic"; readonly js: string }
  /** Library mode (the stdlib itself): every global is late-bound through `$P`. */
  | { readonly kind: "env" };

export class ModuleCtx {
  readonly used = new Set<string>();
  /** The span table being filled and the constant holding it (library modules keep one per function). */
  spanTable: Pos[] = [];
  spansId = "$s";
  private spanIndex = new Map<string, number>();
  /** Module-level constant declarations (natives, symbols, floats, parameter lists). */
  readonly constants: ES.Statement[] = [];
  private readonly constKeys = new Map<string, string>();
  readonly globals = new Map<string, GlobalBinding>();
  /** Raw JS function name of each fixed lambda already emitted. */
  readonly rawNames = new Map<Lambda, string>();
  /** Per-tick positional entries of read-only globals (`$r.positional`): [alias, global's local, arity]. */
  readonly positionals: [string, string, number][] = [];
  private readonly positionalKeys = new Map<string, string>();
  private temps = 0;
  /** The runtime members the code reads, each bound once per module (runtime-refs.ts). */
  readonly runtime = new RuntimeRefs((base) => this.alloc(base));

  constructor(
    readonly file: string,
    readonly mode: "program" | "library",
    readonly facts: Facts,
    /** How each node kind is lowered (lower-table.ts; given here so lowering modules need not import each other). */
    readonly lower: LowerTable,
  ) {
    for (const n of ["$s", "$U", "$P", "$X", "$p", "$n", "$e", "run", ...PART_NAMES]) this.used.add(n);
  }

  private planned: Plan | undefined;
  /** What was decided about the module's IR before lowering it (plan.ts). */
  get plan(): Plan {
    if (this.planned === undefined) throw new Error("the module was lowered before it was planned");
    return this.planned;
  }
  /** Plan the module's forms, once its globals are classified, before lowering them. */
  planForms(forms: readonly Expr[]): void {
    if (this.planned !== undefined) throw new Error("the module is planned once");
    this.planned = planModule(forms, this);
  }

  /** For each base given to alloc, the suffix to try next (every smaller one is taken). */
  private readonly nextSuffix = new Map<string, number>();

  /**
   * A fresh identifier based on `base` (a munged Lisp name or a compiler name): `base`, else
   * the first of `base$1`, `base$2`… not in use. Names are never released, so a suffix found
   * taken stays taken and the search resumes where the last one for this base ended (trying
   * from 1 every time made a program with thousands of `x` parameters quadratic).
   */
  alloc(base: string): string {
    let i = this.nextSuffix.get(base) ?? 0;
    let name = i === 0 ? base : `${base}$${i}`;
    while (this.used.has(name)) name = `${base}$${++i}`;
    this.nextSuffix.set(base, i + 1);
    this.used.add(name);
    return name;
  }

  temp(): string {
    return this.alloc(`$t${++this.temps}`);
  }

  spanNo(s: Pos): number {
    const k = s.join(",");
    let n = this.spanIndex.get(k);
    if (n === undefined) {
      n = this.spanTable.length;
      this.spanTable.push(s);
      this.spanIndex.set(k, n);
    }
    return n;
  }

  /** `$s[k]`: the Span object of a position. */
  span(s: Pos): ES.Expression {
    return index(id(this.spansId), num(this.spanNo(s)));
  }

  /** Start a new span table held in `spansId`; the table filled so far. */
  newSpanTable(spansId: string): Pos[] {
    const table = this.spanTable;
    this.spanTable = [];
    this.spanIndex = new Map();
    this.spansId = spansId;
    return table;
  }

  /** A module-level constant, built once by `init`; identical keys share it. */
  constant(key: string, base: string, init: () => ES.Expression): ES.Identifier {
    let name = this.constKeys.get(key);
    if (name === undefined) {
      name = this.alloc(base);
      this.constKeys.set(key, name);
      this.constants.push(decl("const", name, init()));
    }
    return markConst(id(name));
  }

  /** The local holding `$r.positional(js, n)`, declared in the run function's prologue. */
  positional(js: string, n: number): string {
    const key = `${js}/${n}`;
    let alias = this.positionalKeys.get(key);
    if (alias === undefined) {
      alias = this.alloc(`${js}${n}`);
      this.positionalKeys.set(key, alias);
      this.positionals.push([alias, js, n]);
    }
    return alias;
  }

  /** Whether code read the environment `$P` (env()); a library module declares one only then. */
  readsEnv = false;

  /** `$P`: the environment late-bound globals are read from and written to. */
  env(): ES.Identifier {
    this.readsEnv = true;
    return id("$P");
  }

  /** `$r_name(args)`: a call of a runtime helper. */
  rt(name: string, args: ES.Expression[]): ES.CallExpression {
    return call(this.runtime.ref("$r", name), args);
  }

  /** Plain JSON data as a JS expression: a literal, or JSON text the runtime parses when nested deep. */
  json(v: unknown): ES.Expression {
    return json(v, (text) => this.rt("fromJson", [text]));
  }

  /** The module constant holding a native (created on first use), imported from the natives part. */
  native(name: string): ES.Identifier {
    return this.constant("n:" + name, mangle(name) + "$n", () => this.runtime.member("$b", mangle(name)));
  }

  stringList(items: readonly string[]): ES.Expression {
    return this.constant("params:" + JSON.stringify(items), "$a", () => arr(items.map((s) => ({ type: "Literal", value: s, raw: JSON.stringify(s) }) as ES.Literal)));
  }
}

/** A frame of the IR as the emitter sees it: the JS name of each slot. */
export interface JsFrame {
  readonly creator: object;
  readonly scope: Scope;
  readonly names: readonly string[];
}

/** The self-tail loop of the function being written: its binding and loop-carried variables. */
export interface SelfLoop {
  readonly key: Key;
  readonly carriers: readonly string[];
  /** Tail `cons` chains onto a self call, and the accumulator they append to (emit-trmc.ts). */
  readonly consSites: ReadonlyMap<object, ConsSite>;
  readonly acc: string | null;
}

const NONE_OWNED: ReadonlyMap<Extract<Expr, { t: "call" }>, ES.Expression> = new Map();

export class FnCtx {
  /** Set when the function assigns `$p` (the position of the running call), so it needs a catch. */
  usesP = false;
  /** Set when the function parks int results in its scratch variable `$n` (inline-arith.ts). */
  usesScratch = false;
  constructor(
    readonly mod: ModuleCtx,
    readonly frames: readonly JsFrame[],
    readonly lambda: Lambda | null,
    readonly self: SelfLoop | null,
    /**
     * Map updates the plan lets change a fold's accumulator in place (plan-loops.ts), inside the
     * loop of that fold, with the JS test for "past the fold's first step".
     */
    readonly owned: ReadonlyMap<Extract<Expr, { t: "call" }>, ES.Expression> = NONE_OWNED,
  ) {}

  /** A context for code inside this function with one more frame (null: a nested block only), and updates owned there. */
  withFrame(f: JsFrame | null, owned: ReadonlyMap<Extract<Expr, { t: "call" }>, ES.Expression> = this.owned): FnCtx {
    const c = new FnCtx(this.mod, f === null ? this.frames : [...this.frames, f], this.lambda, this.self, owned);
    c.parentFn = this.parentFn ?? this;
    return c;
  }

  /** The JS function this context writes into (frames of let/try share their function). */
  parentFn: FnCtx | undefined;
  get fn(): FnCtx {
    return this.parentFn ?? this;
  }

  private creatorList: object[] | undefined;
  /** The IR nodes that created the frames in scope (what binding keys are made of). */
  creators(): object[] {
    return (this.creatorList ??= this.frames.map((f) => f.creator));
  }

  jsName(up: number, slot: number): string {
    return this.frames[this.frames.length - 1 - up]!.names[slot]!;
  }
}
