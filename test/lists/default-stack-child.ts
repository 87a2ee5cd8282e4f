/**
 * Run by test/lists/default-stack.test.ts in a plain `node` process (Node's default stack, about
 * 1 MB, no --stack-size): every program given as a JSON array on stdin runs on both engines
 * through the library on the main thread, as an app calls it. Prints one JSON object: the stack
 * flags this process has, and each program's outcome on each engine.
 */
import { readFileSync } from "node:fs";
import { runOnce } from "../../compiler/engine.js";
import { display } from "../../runtime/values/printer.js";

const programs = JSON.parse(readFileSync(0, "utf8")) as string[];
const outcome = (src: string, engine: "interp" | "compiled"): string => {
  const r = runOnce(src, "default-stack.lisp", engine);
  if ("error" in r) return `${r.status} ${r.error.message}`;
  return r.status === "OK" ? display(r.value) : `THROW ${display(r.value)}`;
};
const stackFlags = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].filter((a) => a.includes("stack-size"));
process.stdout.write(JSON.stringify({ stackFlags, results: programs.map((p) => ({ interp: outcome(p, "interp"), compiled: outcome(p, "compiled") })) }));
