/**
 * Whole programs → ESTree. A program module:
 *
 *   import * as $r from "vigy-js/runtime/compiled";
 *   const $s = $r.spans(file, [...]);  const $U = $r.U;  …constants…
 *   function tick() { …stdlib reads, program globals as locals, the top-level forms… }
 *   export default $r.program(file, tick);
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

export function programAst(program: Program, shape: Shape): ES.Program {
  const facts = programFacts(program);
  if (facts.reflective) return wrap(shape, [], B.rt("interpreted", [B.json(program)]));

  const mod = new ModuleCtx(program.file, "program", facts);
  const stdlib = stdlibNames();
  const prologue: ES.Statement[] = [];
  let needsEnv = false;
  let freshEnv = false;
  const envRead = (name: string): ES.Expression => ((needsEnv = true), B.index(B.id("$P"), B.str(name)));

  for (const name of facts.globalsWritten) {
    const js = mod.alloc(mangle(name) + "$v");
    const initial = BUILTINS.has(name) ? "native" : stdlib.defines.has(name) ? "stdlib" : "unbound";
    const mirror = stdlib.reads.has(name);
    if (mirror) freshEnv = true;
    mod.globals.set(name, { kind: "local", js, initial, mirror });
    const init = initial === "native" ? mod.native(name) : initial === "stdlib" ? envRead(name) : B.id("$U");
    prologue.push(B.decl("let", js, init));
  }
  for (const name of facts.globalsRead) {
    if (mod.globals.has(name)) continue;
    if (stdlib.defines.has(name)) {
      const js = mod.alloc(mangle(name) + "$p");
      mod.globals.set(name, { kind: "stdlib", js });
      prologue.push(B.decl("const", js, envRead(name)));
    } else if (BUILTINS.has(name)) {
      mod.globals.set(name, { kind: "native" });
    } else mod.globals.set(name, { kind: "unknown" });
  }
  if (needsEnv || freshEnv) prologue.unshift(B.decl("const", "$P", B.rt(freshEnv ? "freshEnv" : "sharedEnv", [])));

  const cx = new FnCtx(mod, [], new Set(), null, null);
  const body: ES.Statement[] = [];
  topLevel(topForms(program), cx, body);
  const tick = B.fnDecl("tick", [], [...prologue, ...withPosition(cx, body, 0)]);
  return wrap(shape, [...header(mod), tick], B.rt("program", [B.str(program.file), B.id("tick")]));
}



/** The stdlib: `export function instantiatePrelude($r, $P) { … }` defining every function into $P. */
export function libraryAst(program: Program): ES.Program {
  const facts = programFacts(program, true);
  const mod = new ModuleCtx(program.file, "library", facts);
  const cx = new FnCtx(mod, [], new Set(), null, null);
  const body: ES.Statement[] = [];
  topLevel(topForms(program), cx, body);
  const fn = B.fnDecl("instantiatePrelude", ["$r", "$P"], [...header(mod), ...withPosition(cx, body, 0)]);
  return { type: "Program", sourceType: "module", body: [{ type: "ExportNamedDeclaration", declaration: fn, specifiers: [], attributes: [] } as ES.ExportNamedDeclaration] };
}
