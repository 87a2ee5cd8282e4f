/**
 * `vigy-js/vite`: the same compilation as a Vite and Rollup plugin (the `transform` hook both
 * share): `.lisp` imports become modules, with their source map, and compile diagnostics
 * become the bundler's warnings and errors, positioned in the .lisp file.
 *
 *   import vigy from "vigy-js/vite";
 *   export default { plugins: [vigy()] };   // vite.config.js (or rollup.config.js)
 */
import { DEFAULT_FILTER, lispModule, relativeName, type VigyPluginOptions } from "./lisp-module.js";

export type { VigyPluginOptions };

/** The parts of a Rollup plugin context the hook uses. */
export interface TransformContext {
  warn(w: { message: string; id?: string; loc?: { file: string; line: number; column: number }; frame?: string }): void;
  error(e: { message: string; id?: string; loc?: { file: string; line: number; column: number }; frame?: string }): never;
}

export interface VigyRollupPlugin {
  readonly name: string;
  readonly enforce: "pre";
  transform(this: TransformContext, code: string, id: string): { code: string; map: object | null } | null;
}

export default function vigy(options: VigyPluginOptions = {}): VigyRollupPlugin {
  const filter = options.filter ?? DEFAULT_FILTER;
  return {
    name: "vigy",
    enforce: "pre",
    transform(source, id) {
      const path = id.replace(/[?#].*$/, "");
      if (!filter.test(path)) return null;
      const root = typeof process === "object" ? process.cwd() : "";
      const m = lispModule(path, source, options, root, "separate");
      const file = relativeName(path, options.root ?? root);
      // The message names the code and the suggestion; `frame` is the code frame vigyc prints.
      const text = (x: (typeof m.messages)[number]): string =>
        `${x.text} [${x.diagnostic.code}]${x.diagnostic.suggestion === undefined ? "" : ` (help: ${x.diagnostic.suggestion})`}`;
      for (const x of m.messages.filter((x) => x.severity === "warning")) this.warn({ message: text(x), id: path, loc: { file, line: x.line, column: x.column }, frame: x.frame });
      const errors = m.messages.filter((x) => x.severity === "error");
      if (errors.length > 0) {
        const [first] = errors;
        this.error({
          message: errors.map((x) => `${file}:${x.diagnostic.line}:${x.diagnostic.col}: ${text(x)}`).join("\n"),
          id: path,
          loc: { file, line: first!.line, column: first!.column },
          frame: first!.frame,
        });
      }
      return { code: m.code, map: m.map };
    },
  };
}
