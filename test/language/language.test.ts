/**
 * The language behaviour table (language-cases.ts) on every engine: one describe per engine,
 * one per group, one test per program.
 */
import { describe, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { expectOutcome } from "../support/expect-outcome.js";
import { LANGUAGE_CASES, type LanguageCase } from "../language-cases.js";

const groups = new Map<string, LanguageCase[]>();
for (const c of LANGUAGE_CASES) {
  const list = groups.get(c.group) ?? [];
  list.push(c);
  groups.set(c.group, list);
}

for (const engine of ENGINES) {
  describe(`language on ${engine}`, () => {
    for (const [group, list] of groups) {
      describe(group, () => {
        for (const c of list) it(c.name, () => expectOutcome(c, engine));
      });
    }
  });
}
