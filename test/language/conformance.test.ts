/**
 * The reference's conformance corpus (../shared/conformance/tatara-cases.json), on every
 * engine. The corpus stays outside the repository; when it is absent this says so plainly.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { expectOutcome, type Expected } from "../support/expect-outcome.js";
import { DEVIATIONS } from "../support/deviations.js";

const corpusPath = fileURLToPath(new URL("../../../shared/conformance/tatara-cases.json", import.meta.url));
const corpus: { cases: (Expected & { id: string; origin: string })[] } | undefined = existsSync(corpusPath)
  ? JSON.parse(readFileSync(corpusPath, "utf8"))
  : undefined;

if (corpus === undefined) {
  describe("conformance corpus", () => {
    it.skip(`skipped: ${corpusPath} is not present on this machine`, () => {});
  });
} else {
  for (const engine of ENGINES) {
    describe(`conformance corpus on ${engine}`, () => {
      for (const c of corpus.cases) {
        if (DEVIATIONS.has(c.id)) continue;
        it(`${c.id} ${c.origin}`, () => expectOutcome(c, engine));
      }
    });
  }
}
