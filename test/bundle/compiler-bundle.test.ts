/**
 * The compiler itself bundles: `import { compile } from "vigy-js"` bundled for the browser and
 * as Node ESM resolves without Node's modules (the source-map package needed url and fs), and
 * the bundle compiles a vigy with an inline source map.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundle, scratchApp } from "./support.js";

const MAIN = `import { compile } from "vigy-js";
const { code, diagnostics } = compile('(vigy-log "info" "ünï")', { filename: "v.lisp", sourcemap: "inline" });
console.log(JSON.stringify({ diagnostics, imports: code.includes('from "vigy-js/runtime/compiled"'), map: JSON.parse(atob(code.split("base64,")[1])).sources }));
`;

describe("the compiler as a bundle", () => {
  for (const platform of ["browser", "node"] as const) {
    it(`bundles for ${platform} and compiles`, async () => {
      const dir = scratchApp({ "main.js": MAIN });
      const r = await bundle(dir, "main.js", { platform, outfile: "out/main.mjs" });
      expect(r.errors).toEqual([]);
      expect(r.warnings).toEqual([]);
      const run = spawnSync(process.execPath, [join(dir, "out/main.mjs")], { encoding: "utf8" });
      expect(run.stderr).toBe("");
      expect(JSON.parse(run.stdout)).toEqual({ diagnostics: [], imports: true, map: ["v.lisp"] });
    });
  }
});
