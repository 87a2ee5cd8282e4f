/**
 * runtime/stdlib/prelude-ir.generated.ts, prelude-js.generated.ts and prelude-js-bound.generated.ts must be what `npm run gen`
 * makes of prelude.lisp (the IR for the interpreter, the JS for compiled programs).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { preludeModuleText } from "../../scripts/prelude-module.js";
import { preludeJsBoundModuleText, preludeJsModuleText } from "../../scripts/prelude-js-module.js";

const dir = fileURLToPath(new URL("../../runtime/stdlib/", import.meta.url));
const generated = preludeModuleText(readFileSync(dir + "prelude.lisp", "utf8"));

it("the generated stdlib IR is up to date (run `npm run gen` if not)", () => {
  expect(generated.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const current = readFileSync(dir + "prelude-ir.generated.ts", "utf8");
  expect(current === generated.text, "runtime/stdlib/prelude-ir.generated.ts is stale: run `npm run gen`").toBe(true);
});

it("the compiled stdlib is up to date (run `npm run gen` if not)", () => {
  const current = readFileSync(dir + "prelude-js.generated.ts", "utf8");
  expect(current === preludeJsModuleText(generated.program), "runtime/stdlib/prelude-js.generated.ts is stale: run `npm run gen`").toBe(true);
  const bound = readFileSync(dir + "prelude-js-bound.generated.ts", "utf8");
  expect(bound === preludeJsBoundModuleText(generated.program), "runtime/stdlib/prelude-js-bound.generated.ts is stale: run `npm run gen`").toBe(true);
});

it("the stdlib defines globals only at its top level, so one instance can be shared by programs", () => {
  // No stdlib function assigns or defines a global when it runs (a set! of a let* variable
  // names a global only as the fallback for a slot that is already bound by then).
  const nested: string[] = [];
  const visit = (v: unknown, top: boolean): void => {
    if (Array.isArray(v)) return v.forEach((x) => visit(x, false));
    if (v === null || typeof v !== "object") return;
    const n = v as { t?: string; name?: string; ref?: { t: string; name: string } };
    if (n.t === "defg" && !top) nested.push(n.name!);
    if (n.t === "set" && n.ref!.t === "global") nested.push(n.ref!.name);
    for (const x of Object.values(v)) visit(x, false);
  };
  for (const form of generated.program.forms) visit(form, true);
  expect(nested).toEqual([]);
});
