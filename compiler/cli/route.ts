/**
 * What a command line asks for, decided from the command table alone (no command is loaded):
 * help, the version, a mistake (unknown command), or a command to run. The launcher routes
 * with it before starting anything, and main() (in-process, and in the worker) does the same.
 */
import { closest, orList } from "../diagnostics/closest.js";
import { wantsHelp } from "./args.js";
import { COMMANDS, commandNamed, type CommandSpec } from "./commands.js";
import { commandHelp, overview } from "./help.js";
import { version } from "./version.js";

export type Route =
  | { readonly kind: "print"; readonly out: string; readonly err: string; readonly code: number }
  | { readonly kind: "run"; readonly command: CommandSpec; readonly args: readonly string[] };

const unknown = (name: string): Route => {
  const near = closest(name, COMMANDS.map((c) => c.name).concat("help"));
  const hint = near.length > 0 ? ` (did you mean ${orList(near)}?)` : "";
  return { kind: "print", out: "", err: `vigyc: unknown command "${name}"${hint}\nRun 'vigyc --help' for the list of commands.\n`, code: 2 };
};

export function route(argv: readonly string[]): Route {
  const [first, ...rest] = argv;
  if (first === undefined) return { kind: "print", out: "", err: overview(version()), code: 2 };
  if (first === "--help" || first === "-h") return { kind: "print", out: overview(version()), err: "", code: 0 };
  if (first === "--version" || first === "-V" || first === "version") return { kind: "print", out: `vigyc ${version()}\n`, err: "", code: 0 };
  if (first === "help") {
    // `vigyc help` and `vigyc help help`: the overview, which says how help works.
    if (rest.length === 0 || rest[0] === "help") return { kind: "print", out: overview(version()), err: "", code: 0 };
    const c = commandNamed(rest[0]!);
    return c === undefined ? unknown(rest[0]!) : { kind: "print", out: commandHelp(c), err: "", code: 0 };
  }
  if (first.startsWith("-")) {
    return { kind: "print", out: "", err: `vigyc: ${first} is not a command (options come after the command)\nRun 'vigyc --help' for the list of commands.\n`, code: 2 };
  }
  const command = commandNamed(first);
  if (command === undefined) return unknown(first);
  if (wantsHelp(rest)) return { kind: "print", out: commandHelp(command), err: "", code: 0 };
  return { kind: "run", command, args: rest };
}
