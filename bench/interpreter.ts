/**
 * The reference interpreter on a compute-heavy program (recursive fib and list folding),
 * measured with Benchmark.js: compile once, then time whole runs in a fresh environment each.
 * This is the baseline the compiled engine is compared against (issue 5 extends the suite).
 * Run: npx tsx bench/interpreter.ts
 */
import Benchmark from "benchmark";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compileToIR } from "../compiler/frontend/compile-ir.js";
import { Session } from "../runtime/interp/session.js";

const file = fileURLToPath(new URL("../examples/fib-and-lists.lisp", import.meta.url));
const { program } = compileToIR(readFileSync(file, "utf8"), file);

new Benchmark.Suite()
  .add("interpreter: examples/fib-and-lists.lisp", () => new Session().run(program))
  .add("interpreter: fresh session only (stdlib setup)", () => new Session())
  .on("cycle", (e: Benchmark.Event) => console.log(String(e.target)))
  .run();
