/**
 * `vigyc` in-process: route the command line (route.ts), parse a compiler command's options
 * against the command table, and run it. The launcher (launch.ts) runs this in a worker thread
 * with a large stack; tests call it directly. Compiler commands run synchronously and return
 * their exit status; the bench, the REPL and the runner's commands (runner/cli) are loaded
 * when asked for and return a promise.
 */
import { parseCommand, type Parsed } from "./args.js";
import { failure } from "./failure.js";
import { runRunner } from "./run-runner.js";
import { processIo, type Io } from "./io.js";
import { route } from "./route.js";
import * as build from "./build-command.js";
import * as check from "./check-command.js";
import * as evalCmd from "./eval-command.js";
import * as tick from "./tick-command.js";

type Run = (p: Parsed, io: Io) => number | Promise<number>;

/** The compiler commands loaded with this module; others are imported when run. */
const LOADED: Record<string, Run> = { build: build.run, check: check.run, eval: evalCmd.run, tick: tick.run };

const LAZY: Record<string, () => Promise<Run>> = {
  bench: () => import("./bench-command.js").then((m) => m.run),
  repl: () => import("../repl/repl-command.js").then((m) => m.run),
};

export function main(argv: readonly string[], io: Io = processIo): number | Promise<number> {
  const r = route(argv);
  if (r.kind === "print") {
    if (r.out !== "") io.out(r.out);
    if (r.err !== "") io.err(r.err);
    return r.code;
  }
  const c = r.command;
  try {
    if (c.group === "runner") return runRunner(c, r.args, io);
    const parsed = parseCommand(c, r.args);
    const loaded = LOADED[c.name];
    if (loaded !== undefined) {
      const code = loaded(parsed, io);
      return typeof code === "number" ? code : code.catch((e: unknown) => failure(c, e, io));
    }
    return LAZY[c.name]!()
      .then((run) => run(parsed, io))
      .catch((e: unknown) => failure(c, e, io));
  } catch (e) {
    return failure(c, e, io);
  }
}
