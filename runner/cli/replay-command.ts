/**
 * `vigyc replay <vigy> [--program FILE] [--from N] [--last N] [--json]`: re-runs the vigy's
 * recorded ticks on their recorded inputs (with FILE: an edited program) and reports, tick by
 * tick, what diverged. Exit status 0 when nothing diverged, 1 when something did (or the journal's
 * chain is broken). With --json: one line per tick, then the summary
 * `{"ticks":N,"diverged":M,"matched":K,"skipped":S,…}` as the last line.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Io } from "../../compiler/cli/io.js";
import { replayVigy, type TickReplay } from "../replay/replay.js";
import { guarded, openStore, positiveInt, STORE_OPTION, UsageError, using, vigyRef } from "./common.js";

const clip = (s: string | null, n = 300): string => (s === null ? "(absent)" : s.length > n ? s.slice(0, n) + "…" : s);

function tickText(t: TickReplay): string {
  if (t.verdict === "match") return "";
  if (t.verdict === "skipped") return `#${t.seq} tick ${t.tick}: skipped: ${t.note}\n`;
  let s = `#${t.seq} tick ${t.tick}: diverged in ${t.differences.map((d) => d.field).join(", ")}\n`;
  for (const d of t.differences) s += `    ${d.field}\n      recorded: ${clip(d.recorded)}\n      replayed: ${clip(d.replayed)}\n`;
  if (t.note !== undefined) s += `    note: ${t.note}\n`;
  return s;
}

function tickJson(t: TickReplay): string {
  return JSON.stringify({
    seq: t.seq,
    tick: t.tick,
    verdict: t.verdict,
    diverged: t.differences.map((d) => d.field),
    recorded: Object.fromEntries(t.differences.map((d) => [d.field, d.recorded === null ? null : JSON.parse(d.recorded)])),
    replayed: Object.fromEntries(t.differences.map((d) => [d.field, d.replayed === null ? null : JSON.parse(d.replayed)])),
    ...(t.note === undefined ? {} : { note: t.note }),
  });
}

export function replayCommand(args: readonly string[], io: Io): Promise<number> {
  return guarded("replay", io, async () => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { ...STORE_OPTION, program: { type: "string" }, from: { type: "string" }, last: { type: "string" }, json: { type: "boolean" } },
    });
    if (values.from !== undefined && values.last !== undefined) throw new UsageError("give --from or --last, not both");
    const from = values.from === undefined ? undefined : positiveInt("--from", values.from, 1);
    const last = values.last === undefined ? undefined : positiveInt("--last", values.last, 1);
    let program: string | undefined;
    if (values.program !== undefined) {
      try {
        program = readFileSync(values.program, "utf8");
      } catch (e) {
        throw new UsageError(`cannot read ${values.program}: ${(e as Error).message}`);
      }
    }
    return using(openStore(values.store, { create: false }), async (store) => {
      const v = await vigyRef(store, positionals[0]);
      const summary = await replayVigy(store, v, { program, programName: values.program, from, last }, (t) => {
        io.out(values.json ? tickJson(t) + "\n" : tickText(t));
      });
      if (values.json) io.out(JSON.stringify(summary) + "\n");
      else {
        const range = summary.from === null ? "no recorded ticks" : `#${summary.from}–#${summary.to}`;
        io.out(
          `replayed ${summary.ticks} ticks of ${v.name} (${range}) with the ${summary.program === "recorded" ? "recorded program" : summary.program}: ` +
            `${summary.diverged} diverged, ${summary.matched} matched, ${summary.skipped} skipped; journal chain ${summary.chain}\n`,
        );
      }
      return summary.diverged > 0 || summary.chain !== "ok" ? 1 : 0;
    });
  });
}
