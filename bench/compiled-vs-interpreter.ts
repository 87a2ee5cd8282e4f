/**
 * The compiled engine against the reference interpreter and hand-written JS on a compute-heavy
 * tick (examples/fib-and-lists.lisp: recursive fib, building a list and folding it), measured
 * side by side in one run with Benchmark.js. Each tick runs every top-level form afresh, as the
 * runner does. Prints each variant's rate and the ratios.
 * Run: npm run bench   (or npx tsx bench/compiled-vs-interpreter.ts)
 */
import Benchmark from "benchmark";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { instantiate } from "../compiler/engine.js";
import { compileToIR } from "../compiler/frontend/compile-ir.js";
import { display } from "../runtime/values/printer.js";
import { evaluate, VigyHost } from "../runtime/vigy/index.js";

const file = fileURLToPath(new URL("../examples/fib-and-lists.lisp", import.meta.url));
const source = readFileSync(file, "utf8");
const { program } = compileToIR(source, file);
const interpProgram = instantiate(program, source, "interp");
const compiledProgram = instantiate(program, source, "compiled");
const interp = () => evaluate(interpProgram, new VigyHost());
const compiled = () => evaluate(compiledProgram, new VigyHost());

/** The same computation written directly in JS (plain numbers and arrays). */
function handWritten(): unknown[] {
  const fib = (n: number): number => (n < 2 ? n : fib(n - 1) + fib(n - 2));
  const squares: number[] = [];
  for (let x = 1; x < 101; x++) squares.push(x * x);
  return [fib(20), squares.reduce((a, b) => a + b, 0), squares.slice(0, 5).filter((x) => x % 2 === 0)];
}

const expected = display(interp());
if (display(compiled()) !== expected) throw new Error(`engines disagree: ${display(compiled())} vs ${expected}`);
if (JSON.stringify(handWritten()) !== "[6765,338350,[4,16]]") throw new Error("hand-written JS computes something else");

const rates = new Map<string, number>();
new Benchmark.Suite()
  .add("interpreter", () => interp())
  .add("compiled", () => compiled())
  .add("hand-written JS", () => handWritten())
  .on("cycle", (e: Benchmark.Event) => {
    rates.set(e.target.name!, e.target.hz!);
    console.log(String(e.target));
  })
  .on("complete", () => {
    const r = (a: string, b: string) => (rates.get(a)! / rates.get(b)!).toFixed(1);
    console.log(`\nexamples/fib-and-lists.lisp → ${expected}`);
    console.log(`compiled / interpreter:      ${r("compiled", "interpreter")}× faster`);
    console.log(`hand-written JS / compiled:  ${r("hand-written JS", "compiled")}× faster`);
  })
  .run();
