// Where a warm compile() spends its time, and the floor under it, in one process:
//   node --expose-gc bench/compile/phases.mjs [TREE] [LINES] [RUNS]
// on a generated program (generate.ts) of LINES lines (default 10 000), measured on a built tree
// (default this checkout; `npm run build` first). Each run times, in turn: the front end
// (compileToIR: read, expand, analyse, validate, check names and arities), lowering (plan and
// ESTree: programAst), printing with the source map and without (generateCode), and astring
// alone on the same tree with its default printer (what printing this much JS costs at least
// with the printer the compiler uses), then compile() whole.
// Minimum and median over RUNS warm runs, in µs per Lisp line against the budget of the issue's
// 50 000 lines/s (20 µs/line).
import { spawnSync } from "node:child_process";
import { readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const [treeArg, linesArg, runsArg] = process.argv.slice(2);
const tree = treeArg ?? join(here, "..", "..");
const lines = Number(linesArg ?? 10_000);
const runs = Number(runsArg ?? 8);
const at = (p) => import(pathToFileURL(join(tree, "dist", p)).href);

const { compileToIR } = await at("compiler/frontend/compile-ir.js");
const { programAst, RUNTIME_SPECIFIER } = await at("compiler/emit/emit-module.js");
const { generateCode } = await at("compiler/emit/generate.js");
const { compile } = await at("compiler/emit/compile.js");
const { generate: astring } = await import(pathToFileURL(join(tree, "node_modules", "astring", "dist", "astring.mjs")).href);

// The program, written by generate.ts (TypeScript, so through tsx in a child).
const dir = mkdtempSync(join(tmpdir(), "vigy-phases-"));
const file = join(dir, "generated.lisp");
const w = spawnSync(process.execPath, ["--import", "tsx", "-e", `import { generateProgram } from ${JSON.stringify(join(here, "generate.ts"))}; import { writeFileSync } from "node:fs"; writeFileSync(${JSON.stringify(file)}, generateProgram(${lines}));`], { cwd: tree, encoding: "utf8" });
if (w.status !== 0) throw new Error(w.stderr);
const source = readFileSync(file, "utf8");
const lispLines = source.split("\n").length - 1;

const opts = { shape: "module", lateBound: new Set(), runtime: RUNTIME_SPECIFIER };
const time = (f) => {
  const t = performance.now();
  const v = f();
  return [performance.now() - t, v];
};
const acc = { frontEnd: [], lowering: [], printMap: [], printNoMap: [], astring: [], compile: [] };
let jsBytes = 0;
for (let i = 0; i < runs + 2; i++) {
  globalThis.gc?.();
  const [fe, { program }] = time(() => compileToIR(source, "generated.lisp"));
  const [lo, ast] = time(() => programAst(program, opts));
  const [pm, out] = time(() => generateCode(ast, { sourceName: "generated.lisp", source, jsFile: "generated.js", map: true }));
  const [pn] = time(() => generateCode(ast, { sourceName: "generated.lisp", source, jsFile: "generated.js", map: false }));
  const [as] = time(() => astring(ast));
  globalThis.gc?.();
  const [co] = time(() => compile(source, { filename: "generated.lisp" }));
  jsBytes = out.code.length;
  if (i < 2) continue; // warm-up
  acc.frontEnd.push(fe);
  acc.lowering.push(lo);
  acc.printMap.push(pm);
  acc.printNoMap.push(pn);
  acc.astring.push(as);
  acc.compile.push(co);
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const min = (xs) => sorted(xs)[0];
const median = (xs) => sorted(xs)[xs.length >> 1];
const us = (ms) => ((ms * 1000) / lispLines).toFixed(1);
const BUDGET_US = 20;
console.log(`${lispLines} Lisp lines (${source.length} B) → ${jsBytes} B of JS (${(jsBytes / source.length).toFixed(1)}× the source); ${runs} warm runs; budget at 50 000 lines/s: ${BUDGET_US} µs/line\n`);
console.log("| phase | ms (min; median) | µs/line (min) | share of the budget (min) |");
console.log("|:--|--:|--:|--:|");
const row = (name, xs) => console.log(`| ${name} | ${min(xs).toFixed(0)}; ${median(xs).toFixed(0)} | ${us(min(xs))} | ${((min(xs) * 1000) / lispLines / BUDGET_US).toFixed(2)} |`);
row("front end (compileToIR)", acc.frontEnd);
row("plan + lowering to ESTree (programAst)", acc.lowering);
row("printing with the source map", acc.printMap);
row("printing without a map", acc.printNoMap);
row("astring alone, default printer, same tree", acc.astring);
row("compile() (all of the above, map included)", acc.compile);
const floor = min(acc.frontEnd) + min(acc.astring);
console.log(`\nfloor with this front end and printer (front end + astring alone, no lowering, no map): ${us(floor)} µs/line = ${((lispLines / floor) * 1000).toFixed(0)} lines/s`);
