/** `vigyc kv <vigy> [KEY] [--json]`: its kv as committed (canonical JSON values), or one key's value. */
import { parseArgs } from "node:util";
import type { Io } from "../../compiler/cli/io.js";
import { guarded, NotFound, openStore, STORE_OPTION, using, vigyRef } from "./common.js";

export function kvCommand(args: readonly string[], io: Io): Promise<number> {
  return guarded("kv", io, async () => {
    const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { ...STORE_OPTION, json: { type: "boolean" } } });
    return using(openStore(values.store, { create: false }), async (store) => {
      const v = await vigyRef(store, positionals[0]);
      const kv = await store.kv(v.id);
      const key = positionals[1];
      if (key !== undefined) {
        const found = kv.find((e) => e.key === key);
        if (found === undefined) throw new NotFound(`${v.name} has no kv key ${JSON.stringify(key)}`);
        io.out(found.text + "\n");
        return 0;
      }
      if (values.json) io.out("{" + kv.map((e) => JSON.stringify(e.key) + ":" + e.text).join(",") + "}\n");
      else if (kv.length === 0) io.out(`${v.name}: kv is empty\n`);
      else for (const e of kv) io.out(`${e.key} = ${e.text}\n`);
      return 0;
    });
  });
}
