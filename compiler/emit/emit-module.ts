/**
 * Whole programs → ESTree. A program module:
 *
 *   import * as $r from "vigy-js/runtime/compiled";
 *   const $s = $r.spans(file, [...]);  const $U = $r.U;  …constants…
 *   function run($X) { …environment reads, program globals as locals, the top-level forms… }
 *   export default $r.program(file, run, {natives: […]});
 *
 * `$X` is the tick's intrinsic table; `$P` the environment it selects (stdlib + intrinsics).
 *
 * The same statements with `return $r.program(…)` instead of import/export form the "function"
 * shape, which `new Function("$r", code)` runs in-process (vigyc eval). A reflective program
 * (eval, macroexpand) embeds its IR and runs on the interpreter. The stdlib is emitted in
 * library shape: one function that defines every stdlib function into an environment `$P`.
 */
import type * as ES from "estree";
import type { Expr, Program } from "../../runtime/ir/nodes.js";
import { BUILTINS } from "../../runtime/stdlib/natives/index.js";
import { FnCtx, ModuleCtx } from "./context.js";
import { programFacts } from "./facts.js";
import { topLevel } from "./emit-expr.js";
import { withPosition } from "./emit-lambda.js";
import * as B from "./estree.js";
import { mangle } from "./munge.js";
import { bindRuntime } from "./bind-runtime.js";
import { stdlibNames } from "./stdlib-names.js";

export type Shape = "module" | "function";

export const RUNTIME_SPECIFIER = "vigy-js/runtime/compiled";

/** Top-level forms as expressions (a `defmacro` was handled at compile time: its value is nil). */
const topForms = (p: Program): Expr[] => p.forms.map((f) => (f.t === "defmacro" ? { t: "lit", v: null, s: f.s } : f));

function header(mod: ModuleCtx): ES.Statement[] {
  return [
    B.decl("const", "$s", B.rt("spans", [B.str(mod.file), B.json(mod.spanTable)])),
    B.decl("const", "$U", B.member(B.id("$r"), "U")),
    ...mod.constants,
  ];
}

function wrap(shape: Shape, body: ES.Statement[], result: ES.Expression): ES.Program {
  if (shape === "function") return { type: "Program", sourceType: "script", body: [...body, B.ret(result)] };
  return {
    type: "Program",
    sourceType: "module",
    body: [
      { type: "ImportDeclaration", specifiers: [{ type: "ImportNamespaceSpecifier", local: B.id("$r") }], source: B.str(RUNTIME_SPECIFIER), attributes: [] } as ES.ImportDeclaration,
      ...body,
      { type: "ExportDefaultDeclaration", declaration: result },
    ],
  };
}

/** A global the code keeps in a JS local (declared with `init`); `mirror` also writes it to `$P`. */
function localGlobal(mod: ModuleCtx, name: string, initial: "native" | "stdlib" | "env", mirror: boolean, init: ES.Expression): ES.Statement {
  const js = mod.alloc(mangle(name) + "$v");
  mod.globals.set(name, { kind: "local", js, initial, mirror });
  return B.decl("let", js, init);
}

export function programAst(program: Program, shape: Shape, lateBound: ReadonlySet<string> = new Set()): ES.Program {
  const facts = programFacts(program);
  if (facts.reflective) return wrap(shape, [], B.rt("interpreted", [B.json(program)]));

  const mod = new ModuleCtx(program.file, "program", facts);
  const stdlib = stdlibNames();
  // The stdlib's definitions replace natives of the same name (`not=`), as they run after them.
  const isNative = (name: string): boolean => BUILTINS.has(name) && !lateBound.has(name) && !stdlib.defines.has(name);
  const prologue: ES.Statement[] = [];
  const natives: string[] = [];
  let freshEnv = false;
  const envRead = (name: string): ES.Expression => B.index(B.id("$P"), B.str(name));

  for (const name of facts.globalsWritten) {
    const initial = isNative(name) ? "native" : stdlib.defines.has(name) ? "stdlib" : "env";
    const mirror = stdlib.reads.has(name);
    if (mirror) freshEnv = true;
    if (initial === "native") natives.push(name);
    const init = initial === "native" ? mod.native(name) : initial === "stdlib" ? envRead(name) : B.logical("??", envRead(name), B.id("$U"));
    prologue.push(localGlobal(mod, name, initial, mirror, init));
  }
  for (const name of facts.globalsRead) {
    if (mod.globals.has(name)) continue;
    if (isNative(name)) {
      mod.globals.set(name, { kind: "native" });
      natives.push(name);
      continue;
    }
    const js = mod.alloc(mangle(name) + (stdlib.defines.has(name) ? "$p" : "$x"));
    mod.globals.set(name, stdlib.defines.has(name) ? { kind: "stdlib", js } : { kind: "dynamic", js });
    prologue.push(B.decl("const", js, envRead(name)));
  }
  if (prologue.length > 0 || freshEnv) prologue.unshift(B.decl("const", "$P", B.rt(freshEnv ? "freshEnv" : "env", [B.id("$X")])));

  const cx = new FnCtx(mod, [], new Set(), null, null);
  const body: ES.Statement[] = [];
  topLevel(topForms(program), cx, body);
  for (const [alias, js, n] of mod.positionals) prologue.push(B.decl("const", alias, B.rt("positional", [B.id(js), B.num(n)])));
  const run = B.fnDecl("run", ["$X"], [...prologue, ...withPosition(cx, body, 0)]);
  const info: { natives?: string[]; unreadable?: boolean } = {};
  if (natives.length > 0) info.natives = natives.sort();
  if (program.unreadable) info.unreadable = true;
  const args: ES.Expression[] = [B.str(program.file), B.id("run")];
  if (Object.keys(info).length > 0) args.push(B.json(info));
  const stmts = [...header(mod), run];
  const result = B.rt("program", args);
  return wrap(shape, [...bindRuntime([...stmts, result], mod), ...stmts], result);
}

/** The stdlib: `export function instantiatePrelude($r, $P) { … }` defining every function into $P. */
export function libraryAst(program: Program): ES.Program {
  const facts = programFacts(program, true);
  const mod = new ModuleCtx(program.file, "library", facts);
  return libraryFunction("instantiatePrelude", mod, program, []);
}

/**
 * The stdlib bound once: `export function instantiatePreludeBound($r, $P) { … }`. For an
 * environment nobody redefines anything in (the shared one), so each function the stdlib
 * defines once at top level is a JS local its callers call directly (mirrored into `$P`), and
 * natives are module constants. Names defined inside functions or assigned with `set!` stay
 * late-bound through `$P`, as in the late-bound instance.
 */
export function boundLibraryAst(program: Program): ES.Program {
  const facts = programFacts(program, false);
  const mod = new ModuleCtx(program.file, "library", facts);
  const topLevelDefs = new Set(program.forms.flatMap((f) => (f.t === "defg" ? [f.name] : [])));
  const prologue: ES.Statement[] = [];
  for (const name of facts.globalsWritten) {
    const once = topLevelDefs.has(name) && facts.writes.get("g:" + name) === 1 && !facts.assigned.has("g:" + name);
    if (!once) continue;
    const native = BUILTINS.has(name);
    prologue.push(localGlobal(mod, name, native ? "native" : "env", true, native ? mod.native(name) : B.id("$U")));
  }
  for (const name of facts.globalsRead) if (!mod.globals.has(name) && BUILTINS.has(name) && !facts.globalsWritten.has(name)) mod.globals.set(name, { kind: "native" });
  return libraryFunction("instantiatePreludeBound", mod, program, prologue);
}

function libraryFunction(name: string, mod: ModuleCtx, program: Program, prologue: ES.Statement[]): ES.Program {
  const cx = new FnCtx(mod, [], new Set(), null, null);
  const body: ES.Statement[] = [];
  topLevel(topForms(program), cx, body);
  const inner = [...header(mod), ...prologue, ...withPosition(cx, body, 0)];
  const fn = B.fnDecl(name, ["$r", "$P"], [...bindRuntime(inner, mod), ...inner]);
  return { type: "Program", sourceType: "module", body: [{ type: "ExportNamedDeclaration", declaration: fn, specifiers: [], attributes: [] } as ES.ExportNamedDeclaration] };
}
