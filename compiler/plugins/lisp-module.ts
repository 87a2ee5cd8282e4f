/**
 * What the bundler plugins share (esbuild.ts, vite.ts): a `.lisp` file compiled to a module,
 * with its diagnostics as located messages. The Lisp file name in error positions is the path
 * relative to the build's root; the source map names the file by its base name, as a bundler
 * resolves a loaded file's map sources against that file's own directory.
 */
import { compile } from "../emit/compile.js";
import type { SourceMap } from "../emit/generate.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { formatDiagnostic } from "../diagnostics/format.js";
import { SourceLines } from "../diagnostics/source-lines.js";

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
  /** Globals the host provides besides the standard intrinsics (compile()'s `globals`). */
  readonly globals?: readonly string[];
}

export const DEFAULT_FILTER = /\.lisp$/;

/**
 * A compile diagnostic where the bundler shows it: 1-based line, 0-based column and the span's
 * length on that line in UTF-8 bytes, with the diagnostic itself (code, suggestion, end) and its
 * code frame as `vigyc` prints it.
 */
export interface LocatedMessage {
  readonly severity: "error" | "warning";
  readonly text: string;
  readonly line: number;
  readonly column: number;
  readonly length: number;
  readonly lineText: string;
  readonly diagnostic: Diagnostic;
  readonly frame: string;
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

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

/** Where a diagnostic is on its first line, in UTF-8 bytes (0-based column, length). */
function locate(lines: SourceLines, d: Diagnostic): { lineText: string; column: number; length: number } {
  const lineText = lines.lineText(d.line);
  const chars = [...lineText];
  const start = Math.max(0, d.col - 1);
  const stop = d.endLine === d.line ? Math.max(start, d.endCol - 1) : chars.length;
  return { lineText, column: utf8Length(chars.slice(0, start).join("")), length: utf8Length(chars.slice(start, stop).join("")) };
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
    ...(opts.globals !== undefined ? { globals: opts.globals } : {}),
  });
  const code = sourcemap === "inline" ? r.code : r.code.replace(/\/\/# sourceMappingURL=[^\n]*\n$/, "");
  const lines = new SourceLines(source);
  const messages = r.diagnostics.map((d) => {
    // The code frame without its first line (the bundler writes its own).
    const frame = formatDiagnostic(d, lines).split("\n").slice(1).join("\n");
    return { severity: d.severity, text: d.message, line: d.line, ...locate(lines, d), diagnostic: d, frame };
  });
  return { code, map: r.map, messages };
}
