/**
 * The library entry point: Lisp source → an ES module (or the in-process function shape) with
 * its source map. A program whose compilation fails still compiles: its IR holds `fail` nodes,
 * so the module's tick raises the positioned error; `diagnostics` says what went wrong.
 */
import { compileToIR } from "../frontend/compile-ir.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { programAst, RUNTIME_SPECIFIER, type Shape } from "./emit-module.js";
import { generateCode } from "./generate.js";
import type { SourceMap } from "./generate.js";
import { base64Utf8 } from "./base64.js";
import type { Program } from "../../runtime/ir/nodes.js";
import { baseName, urlPath } from "./url-path.js";

export interface CompileOptions {
  /** The Lisp file name used in positions and the source map (default `<input>.lisp`). */
  readonly filename?: string;
  /** external: `//# sourceMappingURL=<name>.js.map` (write `map` beside the code); inline: a data URL; none. */
  readonly sourcemap?: "external" | "inline" | "none";
  /** `module` (default): an ES module; `function`: a function body taking the runtime as `$r`. */
  readonly shape?: Shape;
  /**
   * Where the module imports the runtime from (default `vigy-js/runtime/compiled`); the other
   * parts it may import derive from it (compiler/emit/runtime-parts.ts).
   */
  readonly runtime?: string;
  /** How the source map names the Lisp file (default `filename`; `vigyc build` gives it relative to the map). */
  readonly sourceName?: string;
  /**
   * Builtins a host extension will override: looked up in the tick's environment instead of
   * being called directly (a program calling an overridden builtin it was not built for refuses
   * to run, naming the builtin).
   */
  readonly lateBound?: readonly string[];
  /** The module's file extension, for the map's `file` and the external map's URL (default `.js`). */
  readonly ext?: ".js" | ".mjs";
  /**
   * Globals the host provides besides the standard intrinsics (its extensions' names), so that
   * reading them is not reported as an unbound symbol.
   */
  readonly globals?: readonly string[];
}

export interface CompileResult {
  readonly code: string;
  readonly map: SourceMap | null;
  readonly diagnostics: Diagnostic[];
  /** The validated IR the code was emitted from. */
  readonly ir: Program;
}

export const jsNameFor = (lispFile: string, ext: ".js" | ".mjs" = ".js"): string => baseName(lispFile).replace(/\.lisp$/, "") + ext;

export function compile(source: string, opts: CompileOptions = {}): CompileResult {
  const filename = opts.filename ?? "<input>.lisp";
  const mode = opts.sourcemap ?? "external";
  const { program, diagnostics } = compileToIR(source, filename, { globals: opts.globals });
  return { ...emitProgram(program, source, { ...opts, sourcemap: mode }), diagnostics, ir: program };
}

export function emitProgram(program: Program, source: string, opts: CompileOptions): { code: string; map: SourceMap | null } {
  const ast = programAst(program, { shape: opts.shape ?? "module", lateBound: new Set(opts.lateBound ?? []), runtime: opts.runtime ?? RUNTIME_SPECIFIER });
  const jsFile = jsNameFor(program.file, opts.ext);
  const mode = opts.sourcemap ?? "external";
  const { code, map } = generateCode(ast, { sourceName: urlPath(opts.sourceName ?? program.file), source, jsFile: urlPath(jsFile), map: mode !== "none" });
  if (map === null) return { code, map };
  const url = mode === "inline" ? "data:application/json;charset=utf-8;base64," + base64Utf8(JSON.stringify(map)) : urlPath(jsFile + ".map");
  // The comment is spelled in two parts so that no tool reads this line as this file's own map.
  return { code: `${code}//# ${"sourceMappingURL"}=${url}\n`, map };
}
