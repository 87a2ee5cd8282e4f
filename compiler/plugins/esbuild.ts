/**
 * `vigy-js/esbuild`: an esbuild plugin that compiles `.lisp` imports when esbuild loads them.
 *
 *   import vigy from "vigy-js/esbuild";
 *   await esbuild.build({ entryPoints: ["app.js"], bundle: true, plugins: [vigy({ lateBound: ["car"] })] });
 *   // app.js: import reconcile from "./reconcile.lisp";  tick(reconcile, host)
 *
 * Each module carries an inline source map naming the .lisp file, which esbuild folds into the
 * bundle's map (with the Lisp source). Compile errors and warnings are esbuild's, positioned
 * in the .lisp file; in watch mode a change to a .lisp file rebuilds.
 */
import { readFile } from "node:fs/promises";
import type { PartialMessage, Plugin } from "esbuild";
import { DEFAULT_FILTER, lispModule, relativeName, type VigyPluginOptions } from "./lisp-module.js";

export type { VigyPluginOptions };

export default function vigy(options: VigyPluginOptions = {}): Plugin {
  return {
    name: "vigy",
    setup(build) {
      const root = build.initialOptions.absWorkingDir ?? process.cwd();
      build.onLoad({ filter: options.filter ?? DEFAULT_FILTER }, async (args) => {
        const source = await readFile(args.path, "utf8");
        const m = lispModule(args.path, source, options, root, "inline");
        const file = relativeName(args.path, root);
        // The message ends with the diagnostic's code (esbuild keeps no id for a plugin's
        // messages); the suggestion is a note.
        const message = (x: (typeof m.messages)[number]): PartialMessage => ({
          text: `${x.text} [${x.diagnostic.code}]`,
          location: { file, line: x.line, column: x.column, lineText: x.lineText, length: x.length },
          notes: x.diagnostic.suggestion === undefined ? [] : [{ text: `help: ${x.diagnostic.suggestion}` }],
        });
        const errors: PartialMessage[] = m.messages.filter((x) => x.severity === "error").map(message);
        const warnings: PartialMessage[] = m.messages.filter((x) => x.severity === "warning").map(message);
        return { contents: m.code, loader: "js", errors, warnings, watchFiles: [args.path] };
      });
    },
  };
}

