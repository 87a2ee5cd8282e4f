/**
 * The browser example in a real browser: examples/browser bundled with its build script (the
 * esbuild plugin), served over a local HTTP server, opened in headless Chromium (Debian's
 * chromium through playwright-core; .ci/run installs it). The page ticks its two vigies on a
 * timer; the records it shows must be the ones the unbundled engines produce for the same tick
 * times, tick for tick, and the page must raise no error. A second page checks the JS boundary
 * in the browser: an uncaught LispError shows its positioned text, and JSON.stringify of a
 * record is recordText's text (Chromium has JSON.rawJSON).
 */
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { bundle, engineRecords, ROOT, scratchApp } from "./support.js";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const TICKS = 4;

describe("examples/browser in headless Chromium", () => {
  it("shows, for each vigy, the records the unbundled engines give for the same tick times", async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: .ci/run installs Debian's chromium (apt-get install -y chromium)`).toBe(true);
    const example = join(ROOT, "examples/browser");
    const site = mkdtempSync(join(tmpdir(), "vigy-site-"));
    copyFileSync(join(example, "index.html"), join(site, "index.html"));
    const { build } = (await import(pathToFileURL(join(example, "build.mjs")).href)) as { build: (outdir: string) => Promise<unknown> };
    const { serve } = (await import(pathToFileURL(join(example, "serve.mjs")).href)) as { serve: (dir: string) => Promise<import("node:http").Server> };
    await build(join(site, "dist"));
    const server = await serve(site);
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "vigy-chromium-")), { executablePath: CHROMIUM, headless: true, args: ARGS });
    const errors: string[] = [];
    let shown: Record<string, string[]>;
    try {
      const page = await context.newPage();
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
      const { port } = server.address() as { port: number };
      await page.goto(`http://127.0.0.1:${port}/index.html?every=150&ticks=${TICKS}`);
      await page.waitForSelector("body[data-done=true]", { timeout: 30_000 });
      shown = await page.evaluate(() =>
        Object.fromEntries(["inventory", "rules"].map((id) => [id, [...document.querySelectorAll(`#${id} pre.record`)].map((p) => p.textContent ?? "")])),
      );
      // The summary table shows each tick's actions and kv.
      expect(await page.locator("#inventory tbody tr").count()).toBe(TICKS);
      expect(await page.locator("#rules tbody tr").first().textContent()).toContain('"rule":"(* 2 (vigy-tick-count))"');
    } finally {
      await context.close();
      server.close();
    }
    expect(errors).toEqual([]);
    for (const [name, lines] of Object.entries(shown)) {
      expect(lines).toHaveLength(TICKS);
      const times = lines.map((l) => (JSON.parse(l) as { tick_start_ms: number }).tick_start_ms);
      for (const engine of ENGINES) expect(lines, `${name} on ${engine}`).toEqual(engineRecords(join(example, `vigies/${name}.lisp`), times, engine, `vigies/${name}.lisp`));
    }
  });

  it("shows an uncaught LispError's positioned text, and JSON.stringify of a record is recordText's text", async () => {
    const dir = scratchApp({
      "index.html": '<!doctype html><link rel="icon" href="data:,"><script type="module" src="./out/main.js"></script>',
      "v.lisp": '(vigy-set "f" 5.0) (vigy-create (hash-map "ratio" 0.5 "n" 2))',
      "boom.lisp": "(define (f x) (car x))\n(f 5)\n",
      "main.js": [
        'import v from "./v.lisp"; import boom from "./boom.lisp";',
        'import { runTick, MemoryKv, recordText, tick, VigyHost } from "vigy-js/runtime";',
        "const r = runTick(v, new MemoryKv(), { now: 1000, clock: () => 1000 });",
        "document.body.dataset.same = String(JSON.stringify(r) === recordText(r));",
        "document.body.dataset.done = 'true';",
        "tick(boom, new VigyHost());",
      ].join("\n"),
    });
    await bundle(dir, "main.js", { platform: "browser", outfile: "out/main.js" });
    const server = await (await import(pathToFileURL(join(ROOT, "examples/browser/serve.mjs")).href)).serve(dir) as import("node:http").Server;
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "vigy-chromium-")), { executablePath: CHROMIUM, headless: true, args: ARGS });
    try {
      const page = await context.newPage();
      const uncaught = new Promise<Error>((resolve) => page.on("pageerror", resolve));
      await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/index.html`);
      await page.waitForSelector("body[data-done=true]", { state: "attached" });
      expect(await page.evaluate(() => document.body.dataset.same)).toBe("true");
      const e = await uncaught;
      expect(e.message).toBe("type mismatch: expected pair, got int at boom.lisp:1:15");
      expect(e.stack).toContain("LispError: type mismatch: expected pair, got int at boom.lisp:1:15");
    } finally {
      await context.close();
      server.close();
    }
  });
});
