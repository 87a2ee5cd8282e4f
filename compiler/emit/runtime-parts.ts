/**
 * The parts of the runtime a compiled module imports, each as a namespace, and where each is
 * found. A module imports only the parts it uses, so a program that calls no native, no stdlib
 * function and no reflective form loads (and bundles) the small helper part alone.
 *
 * Specifiers derive from the runtime specifier (`--runtime`, `compile({ runtime })`):
 * `vigy-js/runtime/compiled` → `vigy-js/runtime/compiled/natives` (package subpaths);
 * `…/index.js` → `…/natives.js` (a built tree, as a path or file URL, or `.ts` sources; from
 * `…/runtime/compiled/index.js` the front end is `…/compiler/frontend/reflect.js`); any other
 * specifier S → `S/natives`.
 */
export const PARTS = {
  /** Helpers (closures, calls, arithmetic, errors, the program object): the runtime specifier itself. */
  $r: "",
  /** Builtin natives by munged Lisp name. */
  $b: "natives",
  /** Bound stdlib functions by munged Lisp name. */
  $f: "stdlib",
  /** Late-bound stdlib installers by munged Lisp name. */
  $l: "stdlib-late",
  /** The interpreter, for reflective programs. */
  $i: "interpreted",
  /** The compiler's front end (expander, analyzer), the hook eval and macroexpand call. */
  $h: "reflect",
} as const;

export type Part = keyof typeof PARTS;
export const PART_NAMES = Object.keys(PARTS) as Part[];

export const RUNTIME_SPECIFIER = "vigy-js/runtime/compiled";

/** A runtime named by its file (a built tree, or the sources under tsx): index.js, index.ts, index.mjs. */
const INDEX_FILE = /(^|\/)index(\.[mc]?[jt]s)$/;
const TREE_INDEX = /\/runtime\/compiled\/index(\.[mc]?[jt]s)$/;

export function partSpecifier(runtime: string, part: Part): string {
  const sub = PARTS[part];
  if (sub === "") return runtime;
  // In a tree the front end is compiler code, beside the runtime, not inside it.
  if (part === "$h" && TREE_INDEX.test(runtime)) return runtime.replace(TREE_INDEX, "/compiler/frontend/reflect$1");
  if (INDEX_FILE.test(runtime)) return runtime.replace(/index(\.[mc]?[jt]s)$/, `${sub}$1`);
  return `${runtime.replace(/\/$/, "")}/${sub}`;
}
