/**
 * One measurement of bench/lists/run.ts: compile a list program with a source tree's front end,
 * run it on the chosen engine through the library, on this process's main thread (Node's default
 * stack): once untimed, then timed runs for 1.5 seconds (at least one, at most 20; none when the
 * first run took over two seconds: then it is the figure), and print the fastest with what the program returned, as
 * one JSON line.
 *
 *   node --import tsx bench/lists/child.ts <tree> <interp|compiled> <source>
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [tree, engine, source] = process.argv.slice(2) as [string, "interp" | "compiled", string];
const at = (path: string): string => pathToFileURL(resolve(tree, path)).href;
const { compileToIR } = await import(at("compiler/frontend/compile-ir.ts"));
const { instantiate } = await import(at("compiler/engine.ts"));
const { evaluate } = await import(at("runtime/vigy/evaluate.ts"));
const { VigyHost } = await import(at("runtime/vigy/host.ts"));
const { display } = await import(at("runtime/values/printer.ts"));

const { program } = compileToIR(source, "lists.lisp");
const prog = instantiate(program, source, engine);
const once = (): { ms: number; value: unknown } => {
  const t = performance.now();
  const value = evaluate(prog, new VigyHost());
  return { ms: performance.now() - t, value };
};
try {
  const first = once(); // untimed, unless it took so long that it is the only run
  const until = performance.now() + 1500;
  let best = first.ms > 2000 ? first.ms : Infinity;
  for (let i = 0; best === Infinity || (i < 20 && performance.now() < until); i++) best = Math.min(best, once().ms);
  process.stdout.write(JSON.stringify({ ms: best, display: display(first.value as never) }));
} catch (e) {
  process.stdout.write(JSON.stringify({ error: String((e as Error).message ?? e).slice(0, 200) }));
}
