/** The runner's commands (runner/cli), loaded only when one is run; they parse their own options. */
import type { CommandSpec } from "./commands.js";
import { failure } from "./failure.js";
import type { Io } from "./io.js";

/** A runner command (runner/cli, loaded only for them; it parses its own options). */
export function runRunner(c: CommandSpec, args: readonly string[], io: Io): Promise<number> {
  return import("../../runner/cli/index.js")
    .then((m) => m.runnerCommand(c.name as Parameters<typeof m.runnerCommand>[0], args, io))
    .catch((e: unknown) => failure(c, e, io));
}

