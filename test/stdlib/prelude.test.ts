/** The Lisp-level stdlib (spec §4.11) on every engine: one shared table of edge cases. */
import { describe, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { expectOutcome } from "../support/expect-outcome.js";
import { PRELUDE_CASES } from "../prelude-cases.js";

for (const engine of ENGINES) {
  describe(`stdlib functions and macros on ${engine}`, () => {
    for (const c of PRELUDE_CASES) it(c.name, () => expectOutcome(c, engine));
  });
}
