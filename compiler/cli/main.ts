/**
 * The `vigyc` command line. Subcommands: eval (run programs once). build, tick, run and bench
 * arrive with their issues; until then they report that they are not available.
 */
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { evalCommand } from "./eval-command.js";
import { processIo, type Io } from "./io.js";

const USAGE = `usage: vigyc <command> [options]

commands:
  eval [--engine interp|compiled] [--json] (<file.lisp>… | -e EXPR)
      Run each file as one program in a fresh environment and print its last value.
      --json prints one line per file: {file,status,display,type,tag,message,stdout}.
`;

export function main(argv: readonly string[], io: Io = processIo): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  try {
    switch (command) {
      case "eval": {
        const { values, positionals } = parseArgs({
          args: [...rest],
          allowPositionals: true,
          options: {
            engine: { type: "string", default: "interp" },
            json: { type: "boolean", default: false },
            expr: { type: "string", short: "e", multiple: true },
          },
        });
        const engine = values.engine;
        if (engine !== "interp" && engine !== "compiled") {
          io.err(`vigyc eval: unknown engine "${engine}" (expected interp or compiled)\n`);
          return 2;
        }
        const exprs = values.expr ?? [];
        if (exprs.length === 0 && positionals.length === 0) {
          io.err("vigyc eval: give one or more .lisp files or -e EXPR\n");
          return 2;
        }
        return evalCommand({ engine, json: values.json ?? false, exprs, files: positionals }, io);
      }
      default:
        io.err(`vigyc: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof TypeError && "code" in e && String((e as { code: unknown }).code).startsWith("ERR_PARSE_ARGS")) {
      io.err(`vigyc ${command}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = main(process.argv.slice(2));
}
