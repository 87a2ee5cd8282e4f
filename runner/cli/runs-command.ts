/** `vigyc runs <vigy> [--limit N] [--json]`: its latest runs, newest first. */
import { parseArgs } from "node:util";
import type { Io } from "../../compiler/cli/io.js";
import { runJson, runText, storedSummary } from "../journal/record-text.js";
import { guarded, openStore, positiveInt, STORE_OPTION, using, vigyRef } from "./common.js";

export function runsCommand(args: readonly string[], io: Io): Promise<number> {
  return guarded("runs", io, async () => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { ...STORE_OPTION, limit: { type: "string" }, json: { type: "boolean" } },
    });
    const limit = positiveInt("--limit", values.limit, 20);
    return using(openStore(values.store, { create: false }), async (store) => {
      const v = await vigyRef(store, positionals[0]);
      const runs = await store.runs(v.id, limit);
      if (runs.length === 0 && !values.json) io.out(`${v.name}: no runs yet\n`);
      for (const r of runs) io.out((values.json ? runJson({ ...r, name: v.name }) : runText({ ...r, name: v.name }, storedSummary(r))) + "\n");
      return 0;
    });
  });
}
