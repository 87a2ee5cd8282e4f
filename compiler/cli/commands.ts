/**
 * The one table of vigyc's commands: what each is for, its usage, options and exit statuses.
 * Help (`vigyc help CMD`, `vigyc CMD --help`), option parsing and "did you mean" for
 * compiler commands all read it; the runner's commands parse their own options (runner/cli/),
 * and their entries here give their help and the options suggested when one is mistyped.
 * This module is light on purpose: the launcher reads it before loading anything else.
 */

export interface OptionSpec {
  /** The long name (`--out`). */
  readonly name: string;
  readonly short?: string;
  readonly type: "string" | "boolean";
  readonly multiple?: boolean;
  /** The value's placeholder in help (`DIR`). */
  readonly value?: string;
  readonly choices?: readonly string[];
  readonly default?: string | boolean;
  readonly help: string;
}

export interface CommandSpec {
  readonly name: string;
  readonly group: "compiler" | "runner";
  /** One line, for `vigyc --help`. */
  readonly summary: string;
  /** After `vigyc NAME`: arguments and the options' gist. */
  readonly usage: string;
  readonly description: string;
  readonly options: readonly OptionSpec[];
  /** What each exit status means. */
  readonly exit: string;
  /** A worker thread with a large stack (Lisp runs or compiles there), or the main thread. */
  readonly thread: "worker" | "main";
  readonly examples?: readonly string[];
}

const ENGINE: OptionSpec = { name: "engine", type: "string", value: "NAME", choices: ["compiled", "interp"], default: "compiled", help: "compiled (JS, the default) or interp (the reference interpreter)" };
const JSON_LINES = (what: string): OptionSpec => ({ name: "json", type: "boolean", help: what });
const STORE: OptionSpec = { name: "store", type: "string", value: "FILE", help: "the store (default $VIGY_DB, else a file under your data directory)" };
const GLOBAL: OptionSpec = { name: "global", type: "string", multiple: true, value: "NAME", help: "a global your host's extensions provide (not an unbound symbol); repeatable" };

const USAGE_EXIT = "2 bad command line or input (an unreadable file, a file that is not Lisp)";

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: "build",
    group: "compiler",
    summary: "compile .lisp files to ES modules with source maps",
    usage: "<file.lisp|dir>… [-o DIR] [--sourcemap external|inline|none] [--runtime SPEC] [--late-bound NAME]… [--ext .js|.mjs] [--global NAME]… [--json]",
    description:
      "Compiles each .lisp file (directories are searched recursively) to an ES module, written beside its source or under DIR keeping the layout below each named directory. Diagnostics (docs/diagnostics.md) go to stderr with a code frame; a file with errors is still written (its tick raises the same positioned error).",
    options: [
      { name: "out", short: "o", type: "string", value: "DIR", help: "write the modules under DIR (default: beside each source)" },
      { name: "sourcemap", type: "string", value: "MODE", choices: ["external", "inline", "none"], default: "external", help: "external (.js.map beside the module), inline (a data URL) or none" },
      { name: "runtime", type: "string", value: "SPEC", help: "where modules import the runtime from (default vigy-js/runtime/compiled)" },
      { name: "late-bound", type: "string", multiple: true, value: "NAME", help: "a builtin your host's extensions override: looked up per tick; repeatable" },
      { name: "ext", type: "string", value: "EXT", choices: [".js", ".mjs"], default: ".js", help: ".mjs names the modules .mjs (ES modules in any package)" },
      GLOBAL,
      JSON_LINES("print diagnostics and written files as JSON lines on stdout, then a summary line"),
    ],
    exit: `0 built, 1 a file has errors (its module is still written), ${USAGE_EXIT}`,
    thread: "worker",
    examples: ["vigyc build examples -o out", "vigyc build src/reconcile.lisp --sourcemap inline"],
  },
  {
    name: "check",
    group: "compiler",
    summary: "report diagnostics without writing anything",
    usage: "<file.lisp|dir>… [--strict] [--json] [--global NAME]…",
    description:
      "Reads, expands and analyses each .lisp file (directories recursively) and prints its diagnostics with a code frame: malformed syntax (errors), unbound symbols and calls with the wrong number of arguments (warnings), each with a suggestion where one helps. Nothing is written. Fast enough to run on every save.",
    options: [
      { name: "strict", type: "boolean", help: "exit 1 on warnings too" },
      GLOBAL,
      JSON_LINES("one JSON object per diagnostic, then a summary line {\"files\",\"errors\",\"warnings\"}"),
    ],
    exit: `0 no errors (warnings allowed without --strict), 1 errors (or warnings with --strict), ${USAGE_EXIT}`,
    thread: "worker",
    examples: ["vigyc check examples", "vigyc check --strict --json src/"],
  },
  {
    name: "eval",
    group: "compiler",
    summary: "run programs once and print their last value",
    usage: "[--engine compiled|interp] [--json] (<file.lisp>… | -e EXPR…)",
    description:
      "Runs each file (or each -e expression) as one program in a fresh environment with a default host, and prints the value of its last form as tatara-lisp displays it, after the output the program printed. A runtime error is shown with the function it happened in and a Lisp stack trace.",
    options: [
      ENGINE,
      JSON_LINES("one line per program: {file,status,display,type,tag,message,stdout} (the conformance corpus's fields)"),
      { name: "expr", short: "e", type: "string", multiple: true, value: "EXPR", help: "a program given on the command line; repeatable" },
    ],
    exit: `0 (even when a program fails: failures are results), ${USAGE_EXIT}`,
    thread: "worker",
    examples: ["vigyc eval -e '(+ 1 2)'", "vigyc eval --engine interp examples/fib-and-lists.lisp"],
  },
  {
    name: "tick",
    group: "compiler",
    summary: "run a vigy's ticks against an in-memory kv and print the records",
    usage: "[--engine compiled|interp] <file.lisp> [--kv FILE.json] [--now MS[,MS…]] [--every MS] [--ticks N] [--json] [--kv-out FILE.json]",
    description:
      "Runs N ticks of one vigy with the runner's semantics against an in-memory kv (loaded from --kv), starting at the --now times, then every --every ms. Failed ticks are records, not errors.",
    options: [
      ENGINE,
      { name: "kv", type: "string", value: "FILE.json", help: "the kv before the first tick, a JSON object" },
      { name: "now", type: "string", value: "MS[,MS…]", help: "tick start times, epoch ms (default: now)" },
      { name: "every", type: "string", value: "MS", default: "1000", help: "interval after the last --now time" },
      { name: "ticks", type: "string", value: "N", help: "how many ticks (default: one per --now time, else 1)" },
      JSON_LINES("one canonical tick record per line"),
      { name: "kv-out", type: "string", value: "FILE.json", help: "write the kv after the last tick" },
    ],
    exit: `0 (failed ticks are records), ${USAGE_EXIT}`,
    thread: "worker",
    examples: ["vigyc tick examples/hello-vigy.lisp --now 1000", "vigyc tick --json app.lisp --kv state.json --ticks 3"],
  },
  {
    name: "repl",
    group: "compiler",
    summary: "an interactive session (also scriptable through a pipe)",
    usage: "[--engine compiled|interp] [--history FILE]",
    description:
      "Reads forms (waiting for balanced parens across lines), evaluates them and prints their values as tatara-lisp displays them. Definitions persist across inputs and across engines. Commands: :help, :engine compiled|interp, :load FILE, :tick (runs everything entered so far as one tick against a scratch host and kv, and shows the record), :kv, :reset, :doc NAME, :quit. Tab completes names. History is kept between sessions.",
    options: [ENGINE, { name: "history", type: "string", value: "FILE", help: "the history file (default $VIGYC_HISTORY, else ~/.vigyc_history; \"\" keeps none)" }],
    exit: "0 at the end of input or :quit, 2 bad command line",
    thread: "main",
    examples: ["vigyc repl", "printf '(+ 1 2)\\n' | vigyc repl"],
  },
  {
    name: "bench",
    group: "compiler",
    summary: "benchmark programs' ticks (compiled, interpreter, hand-written JS)",
    usage: "<file.lisp>… [--kv FILE.json] [--now MS] [--hand MODULE] [--max-time S] [--quick] [--out FILE.json]",
    description:
      "Benchmarks each program's tick on identical host fixtures: the compiled module against the reference interpreter (and a hand-written JS tick, the default export of --hand). Prints a table and writes every figure to --out.",
    options: [
      { name: "kv", type: "string", value: "FILE.json", help: "the kv each tick starts from" },
      { name: "now", type: "string", value: "MS", default: "1700000000000", help: "the tick start time, epoch ms" },
      { name: "hand", type: "string", value: "MODULE", help: "a module whose default export is a hand-written (host) => void tick" },
      { name: "max-time", type: "string", value: "S", default: "2", help: "seconds per variant" },
      { name: "quick", type: "boolean", help: "one short iteration of everything (figures meaningless)" },
      { name: "out", type: "string", value: "FILE.json", default: "bench-results.json", help: "where the figures go" },
    ],
    exit: `0 measured, ${USAGE_EXIT}`,
    thread: "worker",
  },
  // ── the runner (runner/cli parses these; docs/runner.md has the details) ─────────────────
  {
    name: "register",
    group: "runner",
    summary: "register (or update) a vigy in the store",
    usage: "FILE [--name N] [--every D] [--budget D] [--label k=v]… [--disabled] [--store FILE]",
    description:
      "Registers a vigy, or updates the one of that name. A file may state these itself in leading comments: ;; @name N  ;; @every 2s  ;; @budget 500ms  ;; @label k=v  ;; @disabled. Durations: 500, 500ms, 2s, 1m.",
    options: [
      { name: "name", type: "string", value: "N", help: "its name (default: the file's base name)" },
      { name: "every", type: "string", value: "D", help: "its tick interval" },
      { name: "budget", type: "string", value: "D", help: "the longest a tick may run" },
      { name: "label", type: "string", multiple: true, value: "k=v", help: "a label; repeatable" },
      { name: "disabled", type: "boolean", help: "register it without ticking it" },
      STORE,
    ],
    exit: "0 registered, 1 the store failed, 2 bad command line or file",
    thread: "main",
  },
  {
    name: "run",
    group: "runner",
    summary: "tick every enabled vigy on its schedule until SIGINT/SIGTERM",
    usage: "[<files|dirs>…] [--workers N] [--json | --lines | --quiet] [--selector k=v,…] [--keep N] [--stall D] [--heap MB] [--every D] [--budget D] [--durability normal|full] [--for D] [--store FILE]",
    description:
      "Registers or updates every .lisp given, then ticks them (no arguments: every enabled vigy in the store) until SIGINT/SIGTERM, which finish the ticks in flight, commit and exit 0.",
    options: [
      { name: "workers", type: "string", value: "N", help: "tick worker threads" },
      JSON_LINES("one JSON run record per line"),
      { name: "lines", type: "boolean", help: "one text line per run" },
      { name: "quiet", type: "boolean", help: "print nothing while running" },
      { name: "selector", type: "string", value: "k=v,…", help: "only vigies with these labels" },
      { name: "keep", type: "string", value: "N", help: "runs kept per vigy" },
      { name: "stall", type: "string", value: "D", help: "how long a stalled tick may run before its worker is replaced" },
      { name: "heap", type: "string", value: "MB", help: "tick workers' heap limit" },
      { name: "every", type: "string", value: "D", help: "the interval of the files given" },
      { name: "budget", type: "string", value: "D", help: "the tick budget of the files given" },
      { name: "durability", type: "string", value: "MODE", help: "normal or full" },
      { name: "for", type: "string", value: "D", help: "stop after this long" },
      STORE,
    ],
    exit: "0 stopped by SIGINT/SIGTERM or --for, 1 the store failed or another runner holds it, 2 bad command line",
    thread: "main",
  },
  {
    name: "list",
    group: "runner",
    summary: "the registered vigies",
    usage: "[--selector k=v,…] [--json] [--store FILE]",
    description: "Lists the registered vigies with their schedule, labels and latest run.",
    options: [{ name: "selector", type: "string", value: "k=v,…", help: "only vigies with these labels" }, JSON_LINES("one JSON object per vigy"), STORE],
    exit: "0, 1 no store, 2 bad command line",
    thread: "main",
  },
  {
    name: "runs",
    group: "runner",
    summary: "a vigy's latest runs, newest first",
    usage: "<vigy> [--limit N] [--json] [--store FILE]",
    description: "Shows a vigy's (a name or an id) latest run records.",
    options: [{ name: "limit", type: "string", value: "N", help: "how many runs" }, JSON_LINES("one run record per line"), STORE],
    exit: "0, 1 no such vigy or store, 2 bad command line",
    thread: "main",
  },
  {
    name: "tail",
    group: "runner",
    summary: "follow the runs a running runner commits",
    usage: "[--vigy NAME] [--json] [--last N] [--store FILE]",
    description: "Prints runs as the runner commits them, until interrupted.",
    options: [{ name: "vigy", type: "string", value: "NAME", help: "only this vigy's runs" }, JSON_LINES("one run record per line"), { name: "last", type: "string", value: "N", help: "start with the last N runs" }, STORE],
    exit: "0 interrupted, 1 no store, 2 bad command line",
    thread: "main",
  },
  {
    name: "kv",
    group: "runner",
    summary: "a vigy's kv (or one key's value)",
    usage: "<vigy> [KEY] [--json] [--store FILE]",
    description: "Prints a vigy's committed kv, or the value of one key.",
    options: [JSON_LINES("canonical JSON"), STORE],
    exit: "0, 1 no such vigy, key or store, 2 bad command line",
    thread: "main",
  },
  ...(["enable", "disable", "delete"] as const).map(
    (name): CommandSpec => ({
      name,
      group: "runner",
      summary: name === "delete" ? "delete a vigy (its runs and kv are kept)" : `${name} a vigy's ticking`,
      usage: "<vigy> [--store FILE]",
      description: name === "delete" ? "Removes a vigy from the schedule; its runs and kv stay in the store." : `${name === "enable" ? "Resumes" : "Stops"} ticking a vigy (a running runner picks it up).`,
      options: [STORE],
      exit: "0, 1 no such vigy or store, 2 bad command line",
      thread: "main",
    }),
  ),
  {
    name: "tick-now",
    group: "runner",
    summary: "one tick of a vigy now (through the running runner, if any)",
    usage: "<vigy> [--json] [--store FILE]",
    description: "Ticks a vigy once, now, and prints its record.",
    options: [JSON_LINES("the run record as JSON"), STORE],
    exit: "0, 1 no such vigy or store, 2 bad command line",
    thread: "main",
  },
  {
    name: "replay",
    group: "runner",
    summary: "re-run recorded ticks on their recorded inputs and compare",
    usage: "<vigy> [--program FILE] [--from N] [--last N] [--json] [--store FILE]",
    description:
      "Re-runs a vigy's recorded ticks (or an edited --program) on their recorded inputs and reports what diverged. With --json the last line is {\"ticks\":N,\"diverged\":M,…}.",
    options: [
      { name: "program", type: "string", value: "FILE", help: "replay this program instead of the recorded one" },
      { name: "from", type: "string", value: "N", help: "start at tick N" },
      { name: "last", type: "string", value: "N", help: "only the last N ticks" },
      JSON_LINES("one line per tick, then the summary"),
      STORE,
    ],
    exit: "0 nothing diverged, 1 something did (or no such vigy), 2 bad command line",
    thread: "main",
  },
];

const BY_NAME = new Map(COMMANDS.map((c) => [c.name, c]));
export const commandNamed = (name: string): CommandSpec | undefined => BY_NAME.get(name);
