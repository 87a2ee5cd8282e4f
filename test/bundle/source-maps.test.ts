/**
 * Source maps survive bundling: an error a vigy throws inside an esbuild bundle, run with
 * `node --enable-source-maps`, names the .lisp file, line and column; a browser bundle's map
 * names the .lisp file and carries its source, and maps the vigy's code back to its lines.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SourceMapConsumer } from "source-map";
import { describe, expect, it } from "vitest";
import { bundle, scratchApp } from "./support.js";

const BOOM = ";; fails on its second form\n(define (first-item xs)\n  (car xs))\n(first-item 5)\n";
const APP = 'import boom from "./vigies/boom.lisp"; import { tick, VigyHost } from "vigy-js/runtime"; tick(boom, new VigyHost());\n';

describe("source maps through a bundle", () => {
  it("a Node bundle's stack trace names the .lisp file, line and column", async () => {
    const dir = scratchApp({ "main.js": APP, "vigies/boom.lisp": BOOM });
    await bundle(dir, "main.js", { platform: "node", outfile: "out/app.mjs", sourcemap: true });
    const run = spawnSync(process.execPath, ["--enable-source-maps", join(dir, "out/app.mjs")], { encoding: "utf8" });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("LispError: type mismatch: expected pair, got int at vigies/boom.lisp:3:3");
    // The frames of the vigy's code point into the .lisp file (the map names its functions
    // by their Lisp names): the call of car, and the top-level call of first-item.
    const lisp = join(dir, "vigies/boom.lisp");
    expect(run.stderr).toContain(`at first-item (${lisp}:3:4)`);
    // (the module's own `run` function may be renamed by the bundler: run2)
    expect(run.stderr).toMatch(new RegExp(`at run\\d* \\(${lisp.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:4:1\\)`));
  });

  it("a browser bundle's map names the .lisp file, carries its source and maps its code to its lines", async () => {
    const dir = scratchApp({ "main.js": APP, "vigies/boom.lisp": BOOM });
    await bundle(dir, "main.js", { platform: "browser", outfile: "out/app.js", sourcemap: true, minify: true });
    const map = JSON.parse(readFileSync(join(dir, "out/app.js.map"), "utf8"));
    const i = map.sources.indexOf("../vigies/boom.lisp");
    expect(i).toBeGreaterThanOrEqual(0);
    expect(map.sourcesContent[i]).toBe(BOOM);
    const consumer = await new SourceMapConsumer(map);
    const lines = new Set<number>();
    consumer.eachMapping((m) => void (m.source === "../vigies/boom.lisp" && lines.add(m.originalLine)));
    consumer.destroy();
    expect([...lines].sort()).toEqual([2, 3, 4]);
  });
});
