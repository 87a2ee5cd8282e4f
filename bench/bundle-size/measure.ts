/**
 * Browser bundle sizes of vigies as a user builds them: a scratch app with vigy-js installed
 * (a link to a checkout, resolved through its package.json), the vigy compiled with that
 * checkout's built compiler, bundled with esbuild for the browser with --minify, then gzipped
 * (level 9). Used by bench/bundle-size/run.ts and the size gate (test/bundle/size-gate.test.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

export interface BundleSize {
  readonly name: string;
  readonly bytes: number;
  readonly gzip: number;
}

/** An app that ticks the vigy once and shows what it did. */
const APP = `import program from "./vigy.js";
import { tick, VigyHost } from "vigy-js/runtime";
const host = tick(program, new VigyHost({ tickStartMs: Date.now() }));
document.body.textContent = JSON.stringify([host.actions.length, host.log.length, host.kv.size]);
`;

/** The bundle of `source` (a vigy) ticked by APP, compiled and bundled with the checkout at `tree` (built). */
export async function vigyBundleSize(tree: string, name: string, source: string): Promise<BundleSize> {
  const dir = mkdtempSync(join(tmpdir(), "vigy-size-"));
  try {
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(tree, join(dir, "node_modules", "vigy-js"), "dir");
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "size-app", private: true, type: "module" }));
    const { compile } = (await import(pathToFileURL(join(tree, "dist/compiler/index.js")).href)) as typeof import("../../compiler/index.js");
    writeFileSync(join(dir, "vigy.js"), compile(source, { filename: `${name}.lisp`, sourcemap: "none" }).code);
    writeFileSync(join(dir, "app.js"), APP);
    const r = await build({ absWorkingDir: dir, entryPoints: ["app.js"], bundle: true, minify: true, format: "esm", platform: "browser", write: false, outfile: "out.js", logLevel: "error" });
    const code = r.outputFiles[0]!.contents;
    return { name, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
