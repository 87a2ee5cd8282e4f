/**
 * Compiled programs share the bound stdlib (prelude-js-bound.generated.ts) unless they redefine
 * a name it uses; then they get the late-bound one (prelude-js.generated.ts). Both come from the
 * same prelude and must be indistinguishable: every stdlib case gives the same outcome,
 * positioned errors included, whichever instance the program reads.
 */
import { describe, expect, it } from "vitest";
import { runOnce } from "../../compiler/engine.js";
import { outcomeJSON } from "../../compiler/cli/eval-command.js";
import * as rt from "../../runtime/compiled/index.js";
import { LANGUAGE_CASES } from "../language-cases.js";
import { PRELUDE_CASES } from "../prelude-cases.js";

// The runtime with every program's environment replaced by a fresh late-bound instance of the stdlib it links.
const lateBound = { ...rt, env: (t: Parameters<typeof rt.env>[0], l?: rt.Linked) => rt.freshEnv(t, l) };

describe("bound and late-bound stdlib instances agree", () => {
  const programs = [...PRELUDE_CASES, ...LANGUAGE_CASES].map((c) => [c.name, c.src] as const);
  it(`on the ${programs.length} stdlib and language table programs`, () => {
    for (const [name, src] of programs) {
      const bound = outcomeJSON("t.lisp", runOnce(src, "t.lisp", "compiled"));
      const late = outcomeJSON("t.lisp", runOnce(src, "t.lisp", "compiled", lateBound));
      expect(late, `${name}: ${src}`).toEqual(bound);
    }
  });
});
