/** The runner's commands (names.ts lists them), as `vigyc` dispatches them. */
import type { Io } from "../../compiler/cli/io.js";
import { kvCommand } from "./kv-command.js";
import { listCommand } from "./list-command.js";
import type { RunnerCommandName } from "./names.js";
import { registerCommand } from "./register-command.js";
import { replayCommand } from "./replay-command.js";
import { runCommand } from "./run-command.js";
import { runsCommand } from "./runs-command.js";
import { stateCommand } from "./state-commands.js";
import { tailCommand } from "./tail-command.js";
import { tickNowCommand } from "./tick-now-command.js";

export function runnerCommand(name: RunnerCommandName, args: readonly string[], io: Io): Promise<number> {
  switch (name) {
    case "register":
      return registerCommand(args, io);
    case "run":
      return runCommand(args, io);
    case "list":
      return listCommand(args, io);
    case "runs":
      return runsCommand(args, io);
    case "tail":
      return tailCommand(args, io);
    case "kv":
      return kvCommand(args, io);
    case "enable":
    case "disable":
    case "delete":
      return stateCommand(name, args, io);
    case "tick-now":
      return tickNowCommand(args, io);
    case "replay":
      return replayCommand(args, io);
  }
}
