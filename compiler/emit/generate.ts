/**
 * ESTree → JS text with astring, and a v3 source map with @jridgewell/gen-mapping (which, unlike
 * the source-map package, needs nothing from Node, so the compiler bundles for the browser).
 * astring maps only the leaf tokens it writes; here every node that carries a Lisp position also
 * marks the point where its code starts (statement starts, call heads, literals), and marks made
 * for Lisp variables carry the Lisp name, so the map's `names` are Lisp names, not munged ones.
 * A call marked `pure` (module-level constants: see estree.ts `pure`) is written after a
 * `@__PURE__` annotation, so bundlers drop it when nothing uses its value.
 */
import { addSegment, GenMapping, setSourceContent, toEncodedMap } from "@jridgewell/gen-mapping";
import { generate as astring, GENERATOR } from "astring";
import type * as ES from "estree";
import type { Located } from "./estree.js";

/** A v3 source map as `compile()` returns it: one Lisp source, embedded. */
export interface SourceMap {
  version: 3;
  file: string;
  sources: string[];
  sourcesContent: string[];
  names: string[];
  mappings: string;
}

type Handler = (this: Record<string, Handler>, node: ES.Node & Located, state: { write(code: string, node?: unknown): void; indentLevel: number }) => void;
const BASE = GENERATOR as unknown as Record<string, Handler>;

/**
 * Code nested deeper than this is not indented further: indentation repeats on every line
 * below it, so 4 000 nested lambdas would print 32 MB instead of 2 MB.
 */
const MAX_INDENT = 32;

const clamped = (base: Handler): Handler =>
  function (node, state) {
    const level = state.indentLevel;
    if (level <= MAX_INDENT) return base.call(this, node, state);
    state.indentLevel = MAX_INDENT;
    base.call(this, node, state);
    state.indentLevel = level;
  };

const annotated = (base: Handler): Handler =>
  function (node, state) {
    if ((node as { pure?: boolean }).pure === true) state.write("/* @__PURE__ */ ");
    base.call(this, node, state);
  };

const PLAIN_GENERATOR: Record<string, Handler> = Object.fromEntries(
  Object.entries({ ...BASE, CallExpression: annotated(BASE.CallExpression!), NewExpression: annotated(BASE.NewExpression!) }).map(([type, h]) => [type, clamped(h)]),
);

/**
 * The mark written before a located node's code: one object, updated for each node (astring
 * hands its position to the sink, which copies it at once).
 */
const mark = { type: "Mark", loc: { start: { line: 0, column: 0 } }, name: undefined as string | undefined };

/** Node types whose first token astring writes with the node, which it maps when located. */
const MAPS_ITS_OWN_TOKEN: ReadonlySet<string> = new Set(["Literal", "FunctionDeclaration", "FunctionExpression"]);

const MAPPING_GENERATOR: Record<string, Handler> = Object.fromEntries(
  Object.entries(PLAIN_GENERATOR).map(([type, base]) => [
    type,
    function (this: Record<string, Handler>, node, state) {
      const pos = node.pos;
      if (pos !== undefined) {
        mark.loc.start.line = pos[0];
        mark.loc.start.column = pos[1] - 1;
        mark.name = node.lisp;
        state.write("", mark);
        // astring maps the first token of these too (at the same place, without a name).
        if (MAPS_ITS_OWN_TOKEN.has(type)) {
          mark.name = undefined;
          state.write("", mark);
        }
      }
      // An identifier's own mapping would carry its munged name; the mark above has the Lisp one.
      if (type === "Identifier") state.write((node as ES.Identifier).name);
      else base.call(this, node, state);
    } as Handler,
  ]),
);

/** What astring calls while writing: the mapping of the text it is about to write. */
interface AstringMapping {
  readonly generated: { readonly line: number; readonly column: number };
  readonly original: { readonly line: number; readonly column: number };
  readonly source: string;
  readonly name: string | undefined;
}

export interface Generated {
  readonly code: string;
  readonly map: SourceMap | null;
}

/**
 * `source` is the Lisp text (embedded as sourcesContent), `sourceName` how the map names it,
 * `jsFile` the output's name in the map.
 */
export function generateCode(ast: ES.Program, opts: { sourceName: string; source: string; jsFile: string; map: boolean }): Generated {
  if (!opts.map) return { code: astring(ast as never, { generator: PLAIN_GENERATOR as never }), map: null };
  const gen = new GenMapping({ file: opts.jsFile });
  // astring names the mapped source after the sink's `file`, and reads the generated position
  // from its own state object, so each mapping is copied as it comes.
  const sink = {
    file: opts.sourceName,
    addMapping(m: AstringMapping): void {
      if (m.name === undefined) addSegment(gen, m.generated.line - 1, m.generated.column, m.source, m.original.line - 1, m.original.column);
      else addSegment(gen, m.generated.line - 1, m.generated.column, m.source, m.original.line - 1, m.original.column, m.name);
    },
  };
  const code = astring(ast as never, { generator: MAPPING_GENERATOR as never, sourceMap: sink as never });
  setSourceContent(gen, opts.sourceName, opts.source);
  const { mappings, names } = toEncodedMap(gen);
  return { code, map: { version: 3, file: opts.jsFile, sources: [opts.sourceName], sourcesContent: [opts.source], names: [...names], mappings } };
}
