// One cold start (bench/startup/run.ts copies this file into a scratch app where `vigy-js`
// resolves to the checkout measured): `node child.mjs compiled|interp|floor`. Prints the ms from the
// start of the first import to the end of the first tick, and of the first tick alone.
const t0 = performance.now();
const mode = process.argv[2];
let program;
let runtime;
if (mode === "floor") {
  // What any ES module app pays to import two (empty) modules of a package.
  await Promise.all([import("floor-pkg/a"), import("floor-pkg/b")]);
  process.stdout.write(JSON.stringify({ total: performance.now() - t0, tick: 0 }));
  process.exit(0);
} else if (mode === "compiled") {
  [{ default: program }, runtime] = await Promise.all([import("./hello.js"), import("vigy-js/runtime")]);
} else {
  const [{ compileToIR }, r, { readFileSync }] = await Promise.all([import("vigy-js"), import("vigy-js/runtime"), import("node:fs")]);
  runtime = r;
  const { program: ir } = compileToIR(readFileSync(new URL("./hello.lisp", import.meta.url), "utf8"), "hello.lisp");
  // Where `interpreted` lives (older checkouts export it from the helpers' entry).
  const { interpreted } = await import("vigy-js/runtime/compiled/interpreted").catch(() => import("vigy-js/runtime/compiled"));
  program = interpreted(ir);
}
const t1 = performance.now();
runtime.tick(program, new runtime.VigyHost({ tickStartMs: 1000 }));
const t2 = performance.now();
process.stdout.write(JSON.stringify({ total: t2 - t0, tick: t2 - t1 }));
