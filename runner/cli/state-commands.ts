/** `vigyc enable|disable|delete <vigy>`; a running runner sees the change within a second. */
import { parseArgs } from "node:util";
import type { Io } from "../../compiler/cli/io.js";
import { guarded, openStore, STORE_OPTION, using, vigyRef } from "./common.js";

export function stateCommand(command: "enable" | "disable" | "delete", args: readonly string[], io: Io): Promise<number> {
  return guarded(command, io, async () => {
    const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { ...STORE_OPTION } });
    return using(openStore(values.store, { create: false }), async (store) => {
      const v = await vigyRef(store, positionals[0]);
      if (command === "delete") {
        await store.deleteVigy(v.id);
        io.out(`✓ ${v.id} deleted (${v.name}; its runs and kv are kept: registering the same name and program again resumes them)\n`);
      } else {
        await store.setEnabled(v.id, command === "enable");
        io.out(`✓ ${v.id} ${command}d (${v.name})\n`);
      }
      return 0;
    });
  });
}
