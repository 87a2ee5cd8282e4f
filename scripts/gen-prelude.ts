/**
 * Compiles the Lisp stdlib (runtime/stdlib/prelude.lisp) to IR and writes
 * runtime/stdlib/prelude-ir.generated.ts (for the interpreter) and, from that IR, the compiled
 * stdlib runtime/stdlib/prelude-js.generated.ts and prelude-js-bound.generated.ts (for compiled programs), so the runtime can load the stdlib without the front
 * end; and runtime/stdlib/natives/by-name.generated.ts, the natives by munged name. Run with `npm run gen`; test/stdlib/prelude-generated.test.ts fails when the file is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { preludeModuleText } from "./prelude-module.js";
import { preludeJsBoundModuleText, preludeJsModuleText } from "./prelude-js-module.js";
import { nativesModuleText } from "./natives-module.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const source = readFileSync(`${root}runtime/stdlib/prelude.lisp`, "utf8");
const { text, diagnostics, program } = preludeModuleText(source);
for (const d of diagnostics) console.error(`${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`);
writeFileSync(`${root}runtime/stdlib/prelude-ir.generated.ts`, text);
console.log(`wrote runtime/stdlib/prelude-ir.generated.ts (${text.length} bytes)`);
const js = preludeJsModuleText(program);
writeFileSync(`${root}runtime/stdlib/prelude-js.generated.ts`, js);
console.log(`wrote runtime/stdlib/prelude-js.generated.ts (${js.length} bytes)`);
const bound = preludeJsBoundModuleText(program);
writeFileSync(`${root}runtime/stdlib/prelude-js-bound.generated.ts`, bound);
console.log(`wrote runtime/stdlib/prelude-js-bound.generated.ts (${bound.length} bytes)`);
const natives = nativesModuleText();
writeFileSync(`${root}runtime/stdlib/natives/by-name.generated.ts`, natives);
console.log(`wrote runtime/stdlib/natives/by-name.generated.ts (${natives.length} bytes)`);
if (diagnostics.some((d) => d.severity === "error")) process.exitCode = 1;
