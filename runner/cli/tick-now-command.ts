/**
 * `vigyc tick-now <vigy> [--json]`: one tick now, outside the schedule, even for a disabled vigy
 * (as the original's tick_now). With a runner holding the store, the request goes through the
 * store and that runner ticks it within a second; otherwise this command runs the tick itself
 * under the runner lock. Prints the run once it is committed.
 */
import { parseArgs } from "node:util";
import type { Io } from "../../compiler/cli/io.js";
import { runJson, runText, storedSummary } from "../journal/record-text.js";
import { StoreLockedError } from "../store/errors.js";
import type { Store, VigyRow } from "../store/store.js";
import { Runner } from "../supervisor/runner.js";
import { guarded, openStore, STORE_OPTION, using, vigyRef } from "./common.js";

async function waitFor(store: Store, request: number, limitMs: number): Promise<{ seq: number | null; error: string | null }> {
  const until = Date.now() + limitMs;
  for (;;) {
    const o = await store.requestOutcome(request);
    if (o.done) return o;
    if (Date.now() > until) return { seq: null, error: `no runner answered within ${limitMs / 1000} s` };
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function tickNowCommand(args: readonly string[], io: Io): Promise<number> {
  return guarded("tick-now", io, async () => {
    const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { ...STORE_OPTION, json: { type: "boolean" } } });
    return using(openStore(values.store, { create: false }), async (store) => {
      const v: VigyRow = await vigyRef(store, positionals[0]);
      let own: Runner | null = null;
      try {
        own = await Runner.start({ store, scope: { names: new Set() }, command: `tick-now ${v.name}`, reporter: { committed: () => {}, notice: (n, t) => io.err(`vigyc tick-now: ${n ?? ""}${n ? ": " : ""}${t}\n`) } });
      } catch (e) {
        if (!(e instanceof StoreLockedError)) throw e; // a runner is running: ask it
      }
      const request = await store.requestTick(v.id);
      if (own !== null) await own.refresh();
      const outcome = await waitFor(store, request, v.budgetMs + 10_000);
      if (own !== null) await own.stop();
      if (outcome.seq === null) {
        io.err(`vigyc tick-now: ${v.name}: ${outcome.error}\n`);
        return 1;
      }
      const run = (await store.journal(v.id, outcome.seq, outcome.seq))[0]!;
      io.out((values.json ? runJson({ ...run, name: v.name }) : runText({ ...run, name: v.name }, storedSummary(run))) + "\n");
      return 0;
    });
  });
}
