/**
 * The `vigyc` command line. Subcommands: build (compile to ES modules), eval (run programs
 * once). tick, run and bench arrive with their issues.
 */
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { buildCommand } from "./build-command.js";
import { evalCommand } from "./eval-command.js";
import { processIo, type Io } from "./io.js";

const USAGE = `usage: vigyc <command> [options]

commands:
  build <file.lisp|dir>… [-o DIR] [--sourcemap external|inline|none] [--runtime SPEC]
      Compile each .lisp file (directories recursively) to an ES module (+ .js.map).
      Writes beside the source, or under DIR keeping the layout. --runtime sets the
      module the output imports the runtime from (default vigy-js/runtime/compiled).
      Exit status 1 when a file has errors (its module is still written).
  eval [--engine compiled|interp] [--json] (<file.lisp>… | -e EXPR)
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
            engine: { type: "string", default: "compiled" },
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
      case "build": {
        const { values, positionals } = parseArgs({
          args: [...rest],
          allowPositionals: true,
          options: {
            out: { type: "string", short: "o" },
            sourcemap: { type: "string", default: "external" },
            runtime: { type: "string" },
          },
        });
        const sourcemap = values.sourcemap;
        if (sourcemap !== "external" && sourcemap !== "inline" && sourcemap !== "none") {
          io.err(`vigyc build: unknown --sourcemap "${sourcemap}" (expected external, inline or none)\n`);
          return 2;
        }
        if (positionals.length === 0) {
          io.err("vigyc build: give one or more .lisp files or directories\n");
          return 2;
        }
        return buildCommand({ inputs: positionals, outDir: values.out, sourcemap, runtime: values.runtime }, io);
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
