/** `vigyc list [--selector k=v,…] [--json]`: the registered vigies, with their last run. */
import { parseArgs } from "node:util";
import type { Io } from "../../compiler/cli/io.js";
import { rfc3339 } from "../../runtime/vigy/host.js";
import { labelsText, matchesSelector, parseSelector } from "../registry/labels.js";
import { guarded, openStore, STORE_OPTION, using } from "./common.js";

export function listCommand(args: readonly string[], io: Io): Promise<number> {
  return guarded("list", io, async () => {
    const { values } = parseArgs({ args: [...args], options: { ...STORE_OPTION, selector: { type: "string" }, json: { type: "boolean" } } });
    const selector = parseSelector(values.selector ?? "");
    return using(openStore(values.store, { create: false }), async (store) => {
      const rows = (await store.listVigies()).filter((v) => matchesSelector(v.labels, selector));
      if (rows.length === 0 && !values.json) io.out("no vigies registered\n");
      for (const v of rows) {
        const last = (await store.runs(v.id, 1))[0];
        if (values.json) {
          io.out(
            JSON.stringify({
              id: v.id,
              name: v.name,
              file: v.file,
              enabled: v.enabled,
              tick_interval_ms: v.intervalMs,
              budget_ms: v.budgetMs,
              labels: Object.fromEntries(v.labels),
              created_at: rfc3339(v.createdMs),
              updated_at: rfc3339(v.updatedMs),
              last_run: last === undefined ? null : { seq: last.seq, result: last.result, started_at: rfc3339(last.startedMs), error: last.error },
            }) + "\n",
          );
          continue;
        }
        const lastText = last === undefined ? "no runs yet" : `last run #${last.seq} ${last.result} at ${rfc3339(last.startedMs)}`;
        io.out(`${v.enabled ? "■" : "□"} ${v.id}  ${v.name}  (${v.intervalMs} ms)  ${v.file}  ${lastText}\n`);
        if (v.labels.size > 0) io.out(`    labels: ${labelsText(v.labels)}\n`);
      }
      return 0;
    });
  });
}
