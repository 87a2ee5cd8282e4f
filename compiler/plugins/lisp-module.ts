/**
 * What the bundler plugins share (esbuild.ts, vite.ts): a `.lisp` file compiled to a module,
 * with its diagnostics as located messages. The Lisp file name in error positions is the path
 * relative to the build's root; the source map names the file by its base name, as a bundler
 * resolves a loaded file's map sources against that file's own directory.
 */
import { compile } from "../emit/compile.js";
import type { SourceMap } from "../emit/generate.js";

/** The plugins' options: compile()'s module options. */
export interface VigyPluginOptions {
  /** Which imports are vigies (default: paths ending in `.lisp`). */
  readonly filter?: RegExp;
  /** Where the modules import the runtime from (default `vigy-js/runtime/compiled`). */
  readonly runtime?: string;
  /** Builtins a host extension will override (compile()'s `lateBound`). */
  readonly lateBound?: readonly string[];
  /** File names in error positions are relative to this directory (default: the build's working directory). */
  readonly root?: string;
}

export const DEFAULT_FILTER = /\.lisp$/;

/** A compile diagnostic where the bundler shows it: 1-based line, 0-based column in UTF-8 bytes. */
export interface LocatedMessage {
  readonly severity: "error" | "warning";
  readonly text: string;
  readonly line: number;
  readonly column: number;
  readonly lineText: string;
}

export interface LispModule {
  readonly code: string;
  readonly map: SourceMap | null;
  readonly messages: LocatedMessage[];
}

const baseName = (path: string): string => path.slice(path.lastIndexOf("/") + 1);

/** `path` relative to `root` with forward slashes, or `path` itself when outside it. */
export function relativeName(path: string, root: string): string {
  const r = root.replace(/[\\/]+$/, "") + "/";
  const p = path.replaceAll("\\", "/");
  const base = r.replaceAll("\\", "/");
  return p.startsWith(base) ? p.slice(base.length) : p;
}

/** The source's `line` (1-based), and a code-point column (1-based) as UTF-8 bytes (0-based). */
function locate(source: string, line: number, col: number): { lineText: string; column: number } {
  const lineText = source.split(/\r?\n/)[line - 1] ?? "";
  const before = [...lineText].slice(0, Math.max(0, col - 1)).join("");
  return { lineText, column: new TextEncoder().encode(before).length };
}

/**
 * Compile one vigy. `sourcemap: "inline"` ends the code with the map as a data URL (esbuild
 * reads it); `"separate"` returns it beside code without the comment (Rollup takes it so).
 */
export function lispModule(path: string, source: string, opts: VigyPluginOptions, root: string, sourcemap: "inline" | "separate"): LispModule {
  const r = compile(source, {
    filename: relativeName(path, opts.root ?? root),
    sourceName: baseName(path.replaceAll("\\", "/")),
    sourcemap: sourcemap === "inline" ? "inline" : "external",
    ...(opts.runtime !== undefined ? { runtime: opts.runtime } : {}),
    ...(opts.lateBound !== undefined ? { lateBound: opts.lateBound } : {}),
  });
  const code = sourcemap === "inline" ? r.code : r.code.replace(/\/\/# sourceMappingURL=[^\n]*\n$/, "");
  const messages = r.diagnostics.map((d) => ({ severity: d.severity, text: d.hint === undefined ? d.message : `${d.message} (${d.hint})`, line: d.line, ...locate(source, d.line, d.col) }));
  return { code, map: r.map, messages };
}
