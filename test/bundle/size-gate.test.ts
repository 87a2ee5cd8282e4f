/**
 * The size gate: the hello vigy's browser bundle (esbuild --minify, gzip -9), built as a user
 * builds it through the package, may not grow more than 10 % past what it measured when this
 * gate was set (8 187 bytes; 92 490 before the runtime was split into parts). Other vigies'
 * sizes are reported by bench/bundle-size (docs/bundling.md).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { vigyBundleSize } from "../../bench/bundle-size/measure.js";
import { ROOT } from "./support.js";

const MEASURED_GZIP = 8187;
const LIMIT = Math.floor(MEASURED_GZIP * 1.1);

it(`the hello vigy's browser bundle is at most ${LIMIT} bytes gzipped (measured ${MEASURED_GZIP} + 10 %)`, async () => {
  const { gzip } = await vigyBundleSize(ROOT, "hello", readFileSync(join(ROOT, "examples/hello-vigy.lisp"), "utf8"));
  expect(gzip).toBeLessThanOrEqual(LIMIT);
});
