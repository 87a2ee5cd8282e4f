/**
 * Which store a command uses: `--store FILE`, else `$VIGY_DB`, else `vigy-js/vigy.db` under the
 * user's data directory (`$XDG_DATA_HOME`, else `~/.local/share`). The original's default was
 * `~/.local/share/vigy/vigy.db`; vigy-js keeps its own file, since the schemas differ.
 */
import { homedir } from "node:os";
import { join } from "node:path";

export function storePath(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (option !== undefined && option !== "") return option;
  if (env["VIGY_DB"]) return env["VIGY_DB"];
  const data = env["XDG_DATA_HOME"] || join(homedir(), ".local", "share");
  return join(data, "vigy-js", "vigy.db");
}
