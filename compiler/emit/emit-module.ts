/**
 * Whole programs → ESTree. A program module imports the runtime parts it uses, each as a
 * namespace (runtime-parts.ts), and binds what it reads once (runtime-refs.ts):
 *
 *   import * as $r from "vigy-js/runtime/compiled";          // helpers
 *   import * as $b from "vigy-js/runtime/compiled/natives";  // natives it calls (if any)
 *   import * as $f from "vigy-js/runtime/compiled/stdlib";   // stdlib functions it reads (if any)
 *   const $r_add2 = $r.add2;  …                              // every runtime member it reads
 *   const $s = $r_spans(file, [...]);  const $U = $r.U;  …constants…
 *   const $D = $r.linked({…}, […], {…}, […]);               // the stdlib it links (if any)
 *   function run($X) { …environment reads, program globals as locals, the top-level forms… }
 *   export default $r.program(file, run, {natives: […]});
 *
 * `$X` is the tick's intrinsic table; `$P` the environment it selects (globals.ts `env`).
 * Module-level constants are marked pure, so a bundle that does not use a vigy drops it.
 *
 * The same statements with `return $r.program(…)` instead of imports and export form the
 * "function" shape, which `new Function("$r", "$b", …, code)` runs in-process (vigyc eval). A
 * reflective program (eval, macroexpand) embeds its IR and runs on the interpreter.
 *
 * The stdlib itself is emitted twice, as modules of one export per function (runtime/stdlib/
 * prelude-js*.generated.ts): bound (each function a module-level closure calling the others
 * and the natives directly) and late-bound (an installer per function that defines it into an
 * environment, every reference looked up there when used).
 */
import type * as ES from "estree";
import type { Expr, Program } from "../../runtime/ir/nodes.js";
import { BUILTINS } from "../../runtime/stdlib/natives/index.js";
import { FnCtx, ModuleCtx } from "./context.js";
import { programFacts } from "./facts.js";
import { bodyForm, topLevel } from "./lowering.js";
import { LOWER } from "./lower-table.js";
import { withPosition } from "./emit-lambda.js";
import * as B from "./estree.js";
import { mangle } from "./munge.js";
import { globalKey } from "./binding-key.js";
import { partSpecifier, RUNTIME_SPECIFIER, type Part } from "./runtime-parts.js";
import { stdlibLink, stdlibNames } from "./stdlib-names.js";
import { planGlobals } from "./plan-globals.js";

export { RUNTIME_SPECIFIER };

export type Shape = "module" | "function";

export interface ModuleOptions {
  readonly shape?: Shape;
  /** Builtins a host extension overrides: looked up per tick instead of called directly. */
  readonly lateBound?: ReadonlySet<string>;
  /** The runtime specifier the parts' specifiers derive from. */
  readonly runtime?: string;
}

/** Top-level forms as expressions (a `defmacro` was handled at compile time: its value is nil). */
const topForms = (p: Program): Expr[] => p.forms.map((f) => (f.t === "defmacro" ? { t: "lit", v: null, s: f.s } : f));

/** A call a bundler may drop when its value is unused (module-level constants). */
function pure<T extends ES.Expression>(e: T): T {
  if (e.type === "CallExpression" || e.type === "NewExpression") (e as { pure?: boolean }).pure = true;
  return e;
}

/** Module-level `const` declarations with their initializers marked pure. */
const pureConstants = (stmts: readonly ES.Statement[]): ES.Statement[] =>
  stmts.map((s) => {
    if (s.type === "VariableDeclaration") for (const d of s.declarations) if (d.init) pure(d.init);
    return s;
  });

function header(mod: ModuleCtx): ES.Statement[] {
  return [
    B.decl("const", "$s", pure(mod.rt("spans", [B.str(mod.file), mod.json(mod.spanTable)]))),
    B.decl("const", "$U", mod.runtime.member("$r", "U")),
    ...pureConstants(mod.constants),
  ];
}

const importPart = (part: Part, runtime: string): ES.ImportDeclaration =>
  ({
    type: "ImportDeclaration",
    specifiers: [{ type: "ImportNamespaceSpecifier", local: B.id(part) }],
    source: B.str(partSpecifier(runtime, part)),
    attributes: [],
  }) as ES.ImportDeclaration;

/**
 * The code, the runtime members it reads bound first, as a module (imports, default export) or
 * a function body. Called once the code is written: what it reads is all asked for by then.
 */
function wrap(mod: ModuleCtx, opts: ModuleOptions, body: ES.Statement[], result: ES.Expression): ES.Program {
  const decls = mod.runtime.decls();
  if (opts.shape === "function") return { type: "Program", sourceType: "script", body: [...decls, ...body, B.ret(result)] };
  const runtime = opts.runtime ?? RUNTIME_SPECIFIER;
  return {
    type: "Program",
    sourceType: "module",
    body: [
      ...mod.runtime.parts().map((p) => importPart(p, runtime)),
      ...decls,
      ...body,
      { type: "ExportDefaultDeclaration", declaration: pure(result) },
    ],
  };
}

/** A global the code keeps in a JS local (declared with `init`); `mirror` also writes it to `$P`. */
function localGlobal(mod: ModuleCtx, name: string, initial: "native" | "stdlib" | "env", mirror: boolean, init: ES.Expression): ES.Statement {
  const js = mod.alloc(mangle(name) + "$v");
  mod.globals.set(name, { kind: "local", js, initial, mirror });
  return B.decl("let", js, init);
}

/**
 * A reflective program: its IR on the interpreter. In the function shape the compiler that
 * loads it has installed its front end; a module imports it.
 */
function reflectiveProgram(program: Program, opts: ModuleOptions): ES.Program {
  const mod = new ModuleCtx(program.file, "program", programFacts(program), LOWER);
  const args: ES.Expression[] = [mod.json(program)];
  if (opts.shape !== "function") args.push(mod.runtime.ref("$h", "frontEnd"));
  return wrap(mod, opts, [], B.call(mod.runtime.ref("$i", "interpreted"), args));
}

export function programAst(program: Program, opts: ModuleOptions = {}): ES.Program {
  const facts = programFacts(program);
  if (facts.reflective) return reflectiveProgram(program, opts);

  const lateBound = opts.lateBound ?? new Set<string>();
  const mod = new ModuleCtx(program.file, "program", facts, LOWER);
  const stdlib = stdlibNames();
  const envRead = (name: string): ES.Expression => B.index(mod.env(), B.str(name));

  // The stdlib functions the program reads (or redefines, starting from the stdlib's) and what they reach.
  const used = [...facts.globalsRead, ...facts.globalsWritten];
  const link = stdlibLink(used.filter((n) => stdlib.defines.has(n)));
  // Builtins the program reads from its environment: stdlib functions, and natives it was built to look up.
  const base = new Map<string, ES.Expression>();
  for (const name of used) {
    if (stdlib.defines.has(name)) base.set(name, mod.runtime.ref("$f", mangle(name)));
    else if (BUILTINS.has(name) && lateBound.has(name)) base.set(name, mod.runtime.ref("$b", mangle(name)));
  }

  const globals = planGlobals(facts, lateBound, stdlib.defines, link);
  const prologue: ES.Statement[] = [];
  for (const { name, initial, mirror } of globals.written) {
    const init = initial === "native" ? mod.native(name) : initial === "stdlib" ? envRead(name) : B.logical("??", envRead(name), B.id("$U"));
    prologue.push(localGlobal(mod, name, initial, mirror, init));
  }
  for (const { name, kind } of globals.read) {
    if (kind === "native") {
      mod.globals.set(name, { kind: "native" });
      continue;
    }
    const js = mod.alloc(mangle(name) + (kind === "stdlib" ? "$p" : "$x"));
    mod.globals.set(name, { kind, js });
    prologue.push(B.decl("const", js, envRead(name)));
  }
  const { freshEnv } = globals;
  const natives = [...globals.natives];
  const envArgs: ES.Expression[] = [B.id("$X")];
  if (base.size > 0 || link.closure.length > 0) envArgs.push(mod.constant("link", "$D", () => linkedExpr(base, link, mod)));
  if (prologue.length > 0 || freshEnv) prologue.unshift(B.decl("const", "$P", mod.rt(freshEnv ? "freshEnv" : "env", envArgs)));

  const forms = topForms(program);
  mod.planForms(forms);
  const cx = new FnCtx(mod, [], null, null);
  const body: ES.Statement[] = [];
  topLevel(forms, cx, body);
  for (const [alias, js, n] of mod.positionals) prologue.push(B.decl("const", alias, mod.rt("positional", [B.id(js), B.num(n)])));
  const run = B.fnDecl("run", ["$X"], [...prologue, ...withPosition(cx, body, 0)]);
  const info: { natives?: string[]; unreadable?: boolean } = {};
  if (natives.length > 0) info.natives = natives.sort();
  if (program.unreadable) info.unreadable = true;
  const args: ES.Expression[] = [B.str(program.file), B.id("run")];
  if (Object.keys(info).length > 0) args.push(mod.json(info));
  return wrap(mod, opts, [...header(mod), run], mod.rt("program", args));
}

/** `$r.linked(base, deps, lateNatives, late)`: see runtime/compiled/globals.ts. */
function linkedExpr(base: ReadonlyMap<string, ES.Expression>, link: ReturnType<typeof stdlibLink>, mod: ModuleCtx): ES.Expression {
  const object = (entries: Iterable<[string, ES.Expression]>): ES.ObjectExpression => ({
    type: "ObjectExpression",
    properties: [...entries].map(([k, value]) => ({ type: "Property", key: B.str(k), value, kind: "init", method: false, shorthand: false, computed: false })),
  });
  return mod.rt("linked", [
    object(base),
    B.arr(link.deps.map((n) => B.str(n))),
    object(link.lateNatives.map((n) => [n, mod.runtime.ref("$b", mangle(n))])),
    B.arr(link.closure.map((n) => mod.runtime.ref("$l", mangle(n)))),
  ]);
}

/** Where a generated stdlib module (runtime/stdlib/) finds the parts it imports. */
const LIBRARY_RUNTIME = "../compiled/index.js";

/**
 * The stdlib's top-level definitions, each emitted with its own span table (`$s_name`), so a
 * bundle keeps the positions of the functions it keeps only. `each` turns a definition's
 * statements into the module's; `exports` pairs a local with its exported name; `installers`
 * says whether `each` puts them in a function that takes the environment `$P` as a parameter.
 */
function libraryModule(
  mod: ModuleCtx,
  program: Program,
  each: (name: string, stmts: ES.Statement[], spans: ES.Statement[]) => ES.Statement[],
  exports: () => [string, string][],
  installers: boolean,
): ES.Program {
  mod.planForms(program.forms.filter((f): f is Expr => f.t !== "defmacro"));
  const cx = new FnCtx(mod, [], null, null);
  const defs: ES.Statement[] = [];
  for (const form of program.forms) {
    if (form.t === "defmacro") continue;
    if (form.t !== "defg") throw new Error(`stdlib module: a top-level ${form.t} form is not a definition`);
    const spansId = mod.alloc("$s_" + mangle(form.name));
    mod.newSpanTable(spansId);
    const stmts: ES.Statement[] = [];
    bodyForm(form, cx, stmts);
    if (cx.usesP) throw new Error(`stdlib module: ${form.name} has code outside its function`);
    const spans = mod.spanTable.length === 0 ? [] : [B.decl("const", spansId, pure(mod.rt("spans", [B.str(mod.file), mod.json(mod.spanTable)])))];
    defs.push(...each(form.name, stmts, spans));
  }
  // Module-level code that reads a global no stdlib function defines reads it from an
  // environment holding nothing (an unbound-symbol error when reached), as the shared
  // instance did; installers take their environment as a parameter.
  const env = !installers && mod.readsEnv;
  const body = [
    B.decl("const", "$U", mod.runtime.member("$r", "U")),
    ...(env ? [B.decl("const", "$P", pure(mod.rt("freshEnv", [])))] : []),
    ...pureConstants(mod.constants),
    ...defs,
  ];
  const exportAll: ES.ExportNamedDeclaration = {
    type: "ExportNamedDeclaration",
    declaration: null,
    specifiers: exports().map(([local, exported]) => ({ type: "ExportSpecifier", local: B.id(local), exported: B.id(exported) })),
    source: null,
    attributes: [],
  };
  return { type: "Program", sourceType: "module", body: [...mod.runtime.parts().map((p) => importPart(p, LIBRARY_RUNTIME)), ...mod.runtime.decls(), ...body, exportAll] };
}

/**
 * The bound stdlib: each function a module-level closure (exported under its munged name)
 * that calls the other stdlib functions and the natives directly. For environments in which
 * nothing rebinds a name the stdlib uses. Every definition is a lambda, written once.
 */
export function boundLibraryModuleAst(program: Program): ES.Program {
  const facts = programFacts(program, false);
  const mod = new ModuleCtx(program.file, "library", facts, LOWER);
  // (A name written only as the fallback of a local slot stays in `$P`; see libraryModule.)
  for (const form of program.forms) {
    if (form.t !== "defg") continue;
    const key = globalKey(form.name);
    const once = facts.writes.get(key) === 1 && !facts.assigned.has(key);
    if (!once) throw new Error(`bound stdlib: ${form.name} is defined more than once or assigned`);
    localGlobal(mod, form.name, BUILTINS.has(form.name) ? "native" : "env", false, B.id("$U"));
  }
  for (const name of facts.globalsRead) if (!mod.globals.has(name) && BUILTINS.has(name)) mod.globals.set(name, { kind: "native" });
  const exports: [string, string][] = [];
  return libraryModule(
    mod,
    program,
    (name, stmts, spans) => {
      const js = (mod.globals.get(name) as { js: string }).js;
      exports.push([js, mangle(name)]);
      return [
        ...spans,
        ...stmts.map((s): ES.Statement => {
          if (s.type === "FunctionDeclaration") return s;
          const e = s.type === "ExpressionStatement" ? s.expression : null;
          if (e?.type === "AssignmentExpression" && e.left.type === "Identifier" && e.left.name === js) return B.decl("const", js, pure(e.right));
          throw new Error(`bound stdlib: unexpected statement in ${name}`);
        }),
      ];
    },
    () => exports,
    false,
  );
}

/**
 * The late-bound stdlib: an installer per function (exported under its munged name) that
 * defines it into an environment, every global it reads looked up there when used. For
 * environments in which a program or the host's intrinsics redefine a name the stdlib uses.
 */
export function lateLibraryModuleAst(program: Program): ES.Program {
  const mod = new ModuleCtx(program.file, "library", programFacts(program, true), LOWER);
  const exports: [string, string][] = [];
  return libraryModule(
    mod,
    program,
    (name, stmts, spans) => {
      const installer = mod.alloc("$install_" + mangle(name));
      exports.push([installer, mangle(name)]);
      return [...spans, B.fnDecl(installer, ["$P"], stmts)];
    },
    () => exports,
    true,
  );
}

/**
 * A REPL input (compiler/repl): its top-level forms in `run($P)`, every global read from and
 * written to `$P`, the session's environment, so definitions persist across inputs and both
 * engines see the same ones (the interpreter reads the same environment). Function shape.
 */
export function replProgramAst(program: Program): ES.Program {
  const mod = new ModuleCtx(program.file, "library", programFacts(program), LOWER);
  const forms = topForms(program);
  mod.planForms(forms);
  const cx = new FnCtx(mod, [], null, null);
  const body: ES.Statement[] = [];
  topLevel(forms, cx, body);
  const run = B.fnDecl("run", ["$P"], withPosition(cx, body, 0));
  return wrap(mod, { shape: "function" }, [...header(mod), run], B.id("run"));
}
