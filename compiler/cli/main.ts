/**
 * The `vigyc` command line. Subcommands: build (compile to ES modules), eval (run programs
 * once), tick (run a vigy's ticks with the runner's semantics), bench (the benchmark suite),
 * and the runner's commands (register, run, list, runs, tail, kv, …), which live in runner/cli.
 */
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { buildCommand } from "./build-command.js";
import { benchCommand } from "./bench-command.js";
import { evalCommand } from "./eval-command.js";
import { parseTimes, tickCommand } from "./tick-command.js";
import { processIo, type Io } from "./io.js";
import { isRunnerCommand, RUNNER_USAGE } from "../../runner/cli/names.js";
import type { EngineName } from "../engine.js";

const USAGE = `usage: vigyc <command> [options]

commands:
  build <file.lisp|dir>… [-o DIR] [--sourcemap external|inline|none] [--runtime SPEC]
        [--late-bound NAME]… [--ext .js|.mjs]
      Compile each .lisp file (directories recursively) to an ES module (+ .js.map).
      --ext .mjs names the modules .mjs, which Node loads as ES modules in any package.
      Writes beside the source, or under DIR keeping the layout. --runtime sets the
      module the output imports the runtime from (default vigy-js/runtime/compiled).
      --late-bound NAME: a builtin your host's extensions override; the module looks
      it up per tick instead of calling the builtin directly.
      Exit status 1 when a file has errors (its module is still written).
  eval [--engine compiled|interp] [--json] (<file.lisp>… | -e EXPR)
      Run each file as one program in a fresh environment and print its last value.
      --json prints one line per file: {file,status,display,type,tag,message,stdout}.
  tick [--engine compiled|interp] <file.lisp> [--kv FILE.json] [--now MS[,MS…]] [--every MS]
       [--ticks N] [--json] [--kv-out FILE.json]
      Run N ticks (default: one per --now entry, else 1) against an in-memory kv loaded
      from --kv (a JSON object). Ticks start at the --now times, then every --every ms
      (default 1000); without --now, at the current time. --json prints one canonical
      record per line: tick, tick_start_ms, previous_tick_ms, result, error, actions,
      desired, observed, conditions, log, trace, metrics, events, stdout, kv, dirty,
      deleted. --kv-out writes the kv after the last tick. Failed ticks are records,
      not errors: the exit status is 0 unless the command line or a file is bad.
  bench <file.lisp>… [--kv FILE.json] [--now MS] [--hand MODULE] [--max-time S] [--quick]
        [--out FILE.json]
      Benchmark each program's tick on identical host fixtures (kv from --kv, start
      --now): compiled vs the reference interpreter (vs a hand-written JS tick, the
      default export of --hand). Prints a table and writes JSON (default
      bench-results.json). --max-time: seconds per variant (default 2).
${RUNNER_USAGE}`;

function parseEngine(command: string, engine: string, io: Io): EngineName | undefined {
  if (engine === "interp" || engine === "compiled") return engine;
  io.err(`vigyc ${command}: unknown engine "${engine}" (expected interp or compiled)\n`);
  return undefined;
}

export function main(argv: readonly string[], io: Io = processIo): number | Promise<number> {
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
        const engine = parseEngine("eval", values.engine!, io);
        if (engine === undefined) return 2;
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
            "late-bound": { type: "string", multiple: true },
            ext: { type: "string", default: ".js" },
          },
        });
        const sourcemap = values.sourcemap;
        if (values.ext !== ".js" && values.ext !== ".mjs") {
          io.err(`vigyc build: unknown --ext "${values.ext}" (expected .js or .mjs)\n`);
          return 2;
        }
        if (sourcemap !== "external" && sourcemap !== "inline" && sourcemap !== "none") {
          io.err(`vigyc build: unknown --sourcemap "${sourcemap}" (expected external, inline or none)\n`);
          return 2;
        }
        if (positionals.length === 0) {
          io.err("vigyc build: give one or more .lisp files or directories\n");
          return 2;
        }
        return buildCommand({ inputs: positionals, outDir: values.out, sourcemap, runtime: values.runtime, lateBound: values["late-bound"], ext: values.ext }, io);
      }
      case "tick": {
        const { values, positionals } = parseArgs({
          args: [...rest],
          allowPositionals: true,
          options: {
            engine: { type: "string", default: "compiled" },
            kv: { type: "string" },
            now: { type: "string" },
            every: { type: "string", default: "1000" },
            ticks: { type: "string" },
            json: { type: "boolean", default: false },
            "kv-out": { type: "string" },
          },
        });
        const engine = parseEngine("tick", values.engine!, io);
        if (engine === undefined) return 2;
        if (positionals.length !== 1) {
          io.err("vigyc tick: give exactly one .lisp file\n");
          return 2;
        }
        const now = values.now === undefined ? undefined : parseTimes(values.now);
        if (values.now !== undefined && now === undefined) {
          io.err(`vigyc tick: --now expects epoch milliseconds, comma-separated (got "${values.now}")\n`);
          return 2;
        }
        const every = parseTimes(values.every!);
        if (every === undefined || every.length !== 1 || every[0]! < 0) {
          io.err(`vigyc tick: --every expects a non-negative number of milliseconds (got "${values.every}")\n`);
          return 2;
        }
        const ticks = values.ticks === undefined ? undefined : Number(values.ticks);
        if (ticks !== undefined && !(Number.isSafeInteger(ticks) && ticks >= 0)) {
          io.err(`vigyc tick: --ticks expects a whole number (got "${values.ticks}")\n`);
          return 2;
        }
        return tickCommand({ engine, file: positionals[0]!, kv: values.kv, now, every: every[0]!, ticks, json: values.json ?? false, kvOut: values["kv-out"] }, io);
      }
      case "bench": {
        const { values, positionals } = parseArgs({
          args: [...rest],
          allowPositionals: true,
          options: {
            kv: { type: "string" },
            now: { type: "string", default: "1700000000000" },
            hand: { type: "string" },
            "max-time": { type: "string", default: "2" },
            quick: { type: "boolean", default: false },
            out: { type: "string", default: "bench-results.json" },
          },
        });
        const now = parseTimes(values.now!);
        const maxTime = Number(values["max-time"]);
        if (now === undefined || now.length !== 1 || !(maxTime > 0)) {
          io.err("vigyc bench: --now expects epoch milliseconds and --max-time a positive number of seconds\n");
          return 2;
        }
        if (positionals.length === 0) {
          io.err("vigyc bench: give one or more .lisp files\n");
          return 2;
        }
        return benchCommand({ files: positionals, kv: values.kv, now: now[0]!, hand: values.hand, maxTime, quick: values.quick ?? false, out: values.out! }, io);
      }
      case "register":
      case "run":
      case "list":
      case "runs":
      case "tail":
      case "kv":
      case "enable":
      case "disable":
      case "delete":
      case "tick-now":
      case "replay":
        if (!isRunnerCommand(command)) break;
        // The runner (runner/cli) is loaded only for its commands; its failures end as ours do.
        return import("../../runner/cli/index.js")
          .then((r) => r.runnerCommand(command, rest, io))
          .catch((e: unknown) => failure(command, e, io));
      default:
        io.err(`vigyc: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    return failure(command, e, io);
  }
  return 2;
}

/** A bad command line exits 2; anything else a command throws is an internal error. */
function failure(command: string, e: unknown, io: Io): number {
  if (e instanceof TypeError && "code" in e && String((e as { code: unknown }).code).startsWith("ERR_PARSE_ARGS")) {
    io.err(`vigyc ${command}: ${e.message}\n`);
    return 2;
  }
  return internalError(command, e, io);
}

/**
 * Anything else thrown out of a command is a bug in vigy-js (a program's own errors are results,
 * and bad input gets positioned diagnostics): one clear line instead of a stack dump, the
 * stack with VIGYC_DEBUG=1, and exit status 70 (EX_SOFTWARE).
 */
function internalError(command: string, e: unknown, io: Io): number {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  io.err(`vigyc ${command}: internal error: ${what}\n`);
  io.err("  This is a bug in vigy-js, not in your program: please report it with the input that caused it.\n");
  if (process.env["VIGYC_DEBUG"] && e instanceof Error && e.stack !== undefined) io.err(e.stack + "\n");
  else io.err("  Run with VIGYC_DEBUG=1 to see where it happened.\n");
  return 70;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  void Promise.resolve(main(process.argv.slice(2))).then((code) => (process.exitCode = code));
}
