/**
 * What the byte-identity guard (byte-identity.test.ts) compares: the JS and source maps the
 * emitter writes for the examples and the benchmark programs (kept whole under snapshots/files/),
 * the two compiled stdlib modules, and a corpus of programs with the digest of their code and
 * map (snapshots/corpus.json: the test tables' programs and seeded random programs, each stored
 * with its source so the guard does not change when the tables or the generators do).
 *
 * Refresh after an intended change of emitted code: `npx tsx test/emit/write-snapshots.ts`.
 */
import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compile } from "../../compiler/emit/compile.js";
import { replProgramAst } from "../../compiler/emit/emit-module.js";
import { programFacts } from "../../compiler/emit/facts.js";
import { generateCode } from "../../compiler/emit/generate.js";
import { compileToIR } from "../../compiler/frontend/compile-ir.js";
import { prelude } from "../../runtime/stdlib/prelude-ir.generated.js";
import { preludeJsBoundModuleText, preludeJsModuleText } from "../../scripts/prelude-js-module.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SNAPSHOTS = fileURLToPath(new URL("./snapshots/", import.meta.url));

/** The shapes a program is emitted in: module (vigyc build), function (vigyc eval), repl. */
export type Shape = "module" | "function" | "repl";

export interface CorpusEntry {
  readonly name: string;
  readonly src: string;
  readonly shape: Shape;
  /** sha256 of the code, a newline, and the map's JSON. */
  readonly digest: string;
}

const sha = (text: string): string => createHash("sha256").update(text).digest("hex");

/** The emitted code and map of a program in a shape, as one text. */
export function emitted(src: string, shape: Shape, filename = "t.lisp"): string {
  if (shape === "repl") {
    const { program } = compileToIR(src, filename);
    // The REPL runs a reflective input on the interpreter (compiler/repl/engine.ts).
    if (programFacts(program).reflective) return "reflective";
    return generateCode(replProgramAst(program), { sourceName: filename, source: src, jsFile: "repl.js", map: false }).code;
  }
  const { code, map } = compile(src, { filename, shape, sourcemap: "external" });
  return code + "\n" + JSON.stringify(map);
}

export const digestOf = (src: string, shape: Shape): string => sha(emitted(src, shape));

/** The .lisp files whose emitted module is kept whole: examples/**, bench/programs/*. */
export function snapshotFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(ROOT + dir).sort()) {
      const rel = `${dir}/${name}`;
      if (name === "node_modules" || name === "dist") continue;
      if (statSync(ROOT + rel).isDirectory()) walk(rel);
      else if (name.endsWith(".lisp")) out.push(rel);
    }
  };
  walk("examples");
  walk("bench/programs");
  return out;
}

/** A file's module and map, as `vigyc build` would write them (positions name the file relative to the checkout). */
export function fileModule(rel: string, source: string): { code: string; map: string } {
  const { code, map } = compile(source, { filename: rel, sourcemap: "external" });
  return { code, map: JSON.stringify(map, null, 1) + "\n" };
}

/** Digests of the compiled stdlib modules (the texts `npm run gen` writes), from the generated stdlib IR. */
export function stdlibDigests(): Record<string, string> {
  const p = prelude();
  return { "prelude-js": sha(preludeJsModuleText(p)), "prelude-js-bound": sha(preludeJsBoundModuleText(p)) };
}
