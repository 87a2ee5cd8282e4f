// Bundles the page's script with the vigy esbuild plugin: `node examples/browser/build.mjs`
// (after `npm run build`), then `node examples/browser/serve.mjs` and open the URL it prints.
// build(outdir) is what test/bundle/browser.test.ts calls.
import * as esbuild from "esbuild";
import vigy from "vigy-js/esbuild";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));

export async function build(outdir = here + "dist", extra = {}) {
  return esbuild.build({
    absWorkingDir: here,
    entryPoints: ["app.js"],
    bundle: true,
    format: "esm",
    platform: "browser",
    minify: true,
    sourcemap: true,
    outdir,
    plugins: [vigy()],
    logLevel: "warning",
    metafile: true,
    ...extra,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build();
  console.log(`wrote ${here}dist/app.js`);
}
