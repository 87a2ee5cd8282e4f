/**
 * ESTree → JS text with astring, and a v3 source map with the source-map package. astring maps
 * only the leaf tokens it writes; here every node that carries a Lisp position also marks the
 * point where its code starts (statement starts, call heads, literals), and marks made for Lisp
 * variables carry the Lisp name, so the map's `names` are Lisp names, not munged ones.
 */
import { generate as astring, GENERATOR } from "astring";
import type * as ES from "estree";
import { SourceMapGenerator, type RawSourceMap } from "source-map";
import type { Located } from "./estree.js";

type Handler = (this: Record<string, Handler>, node: ES.Node & Located, state: { write(code: string, node?: unknown): void }) => void;

const MAPPING_GENERATOR: Record<string, Handler> = Object.fromEntries(
  Object.entries(GENERATOR as unknown as Record<string, Handler>).map(([type, base]) => [
    type,
    function (this: Record<string, Handler>, node, state) {
      if (node.loc) state.write("", { type: "Mark", loc: node.loc, name: node.lisp });
      // An identifier's own mapping would carry its munged name; the mark above has the Lisp one.
      if (type === "Identifier") state.write((node as ES.Identifier).name);
      else base.call(this, node, state);
    } as Handler,
  ]),
);

export interface Generated {
  readonly code: string;
  readonly map: RawSourceMap | null;
}

/**
 * `source` is the Lisp text (embedded as sourcesContent), `sourceName` how the map names it,
 * `jsFile` the output's name in the map.
 */
export function generateCode(ast: ES.Program, opts: { sourceName: string; source: string; jsFile: string; map: boolean }): Generated {
  if (!opts.map) return { code: astring(ast as never), map: null };
  // astring takes the mapped source's name from the generator's `file`; it is fixed up below.
  const gen = new SourceMapGenerator({ file: opts.sourceName });
  const code = astring(ast as never, { generator: MAPPING_GENERATOR as never, sourceMap: gen as never });
  gen.setSourceContent(opts.sourceName, opts.source);
  const map = gen.toJSON();
  map.file = opts.jsFile;
  return { code, map };
}
