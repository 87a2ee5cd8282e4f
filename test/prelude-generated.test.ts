/** runtime/stdlib/prelude-ir.generated.ts must be what `npm run gen` makes of prelude.lisp. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { preludeModuleText } from "../scripts/prelude-module.js";

it("the generated stdlib IR is up to date (run `npm run gen` if not)", () => {
  const dir = fileURLToPath(new URL("../runtime/stdlib/", import.meta.url));
  const { text, diagnostics } = preludeModuleText(readFileSync(dir + "prelude.lisp", "utf8"));
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const current = readFileSync(dir + "prelude-ir.generated.ts", "utf8");
  expect(current === text, "runtime/stdlib/prelude-ir.generated.ts is stale: run `npm run gen`").toBe(true);
});
