/**
 * `vigyc tail [--vigy NAME] [--json] [--last N]`: follows the runs a runner commits (in this or
 * another process), polling the store; until interrupted.
 */
import { parseArgs } from "node:util";
import type { Io } from "../../compiler/cli/io.js";
import { runJson, runText, storedSummary } from "../journal/record-text.js";
import { guarded, openStore, positiveInt, STORE_OPTION, using, vigyRef } from "./common.js";

export const TAIL_POLL_MS = 200;

export function tailCommand(args: readonly string[], io: Io, until: Promise<void> = new Promise(() => {})): Promise<number> {
  return guarded("tail", io, async () => {
    const { values } = parseArgs({ args: [...args], options: { ...STORE_OPTION, vigy: { type: "string" }, json: { type: "boolean" }, last: { type: "string" } } });
    const last = values.last === undefined ? 0 : positiveInt("--last", values.last, 0);
    return using(openStore(values.store, { create: false }), async (store) => {
      const only = values.vigy === undefined ? undefined : (await vigyRef(store, values.vigy)).id;
      const names = new Map((await store.listVigies()).map((v) => [v.id, v.name]));
      let cursor = await store.lastCursor();
      if (last > 0) {
        const recent = only !== undefined ? await store.runs(only, last) : [];
        for (const r of recent.reverse()) io.out(show(r) + "\n");
      }
      function show(r: Parameters<typeof runJson>[0]): string {
        const named = { ...r, name: names.get(r.vigyId) ?? r.vigyId };
        return values.json ? runJson(named) : runText(named, storedSummary(r));
      }
      let done = false;
      void until.then(() => (done = true));
      while (!done) {
        for (;;) {
          const runs = await store.runsAfter(cursor, 1000);
          if (runs.length === 0) break;
          for (const r of runs) {
            cursor = r.cursor;
            if (only !== undefined && r.vigyId !== only) continue;
            if (!names.has(r.vigyId)) for (const v of await store.listVigies()) names.set(v.id, v.name);
            io.out(show(r) + "\n");
          }
        }
        await Promise.race([new Promise((res) => setTimeout(res, TAIL_POLL_MS)), until]);
      }
      return 0;
    });
  });
}
