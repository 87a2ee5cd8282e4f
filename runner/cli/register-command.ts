/** `vigyc register FILE [--name N] [--every D] [--budget D] [--label k=v]… [--disabled]`. */
import type { Io } from "../../compiler/cli/io.js";
import { durationOption } from "../registry/interval.js";
import { parseLabel, labelsText } from "../registry/labels.js";
import { specFromFile } from "../registry/spec-from-file.js";
import type { RegisterResult } from "../store/store.js";
import { guarded, openStore, STORE_OPTION, UsageError, using } from "./common.js";
import { parseArgs } from "node:util";

export function registeredText(r: RegisterResult): string {
  const v = r.row;
  let s = `✓ ${v.id}  ${v.name}${r.unchanged ? "  (unchanged)" : ""}\n`;
  if (r.replaced !== null) s += `  replaces ${r.replaced.id} (the previous program; its runs and kv stay under that id)\n`;
  s += v.enabled ? `  ticking every ${v.intervalMs} ms, budget ${v.budgetMs} ms\n` : "  registered disabled\n";
  if (v.labels.size > 0) s += `  labels ${labelsText(v.labels)}\n`;
  return s;
}

export function registerCommand(args: readonly string[], io: Io): Promise<number> {
  return guarded("register", io, async () => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        ...STORE_OPTION,
        name: { type: "string" },
        every: { type: "string" },
        budget: { type: "string" },
        label: { type: "string", multiple: true },
        disabled: { type: "boolean" },
      },
    });
    if (positionals.length !== 1) throw new UsageError("give exactly one .lisp file");
    // Everything is checked before the store is opened, so a bad command line creates nothing.
    const spec = specFromFile(positionals[0]!, {
      name: values.name,
      everyMs: values.every === undefined ? undefined : durationOption("--every", values.every),
      budgetMs: values.budget === undefined ? undefined : durationOption("--budget", values.budget),
      labels: (values.label ?? []).map(parseLabel),
      disabled: values.disabled,
    });
    return using(openStore(values.store, { create: true }), async (store) => {
      io.out(registeredText(await store.register(spec, "replace")));
      return 0;
    });
  });
}
