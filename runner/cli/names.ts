/**
 * The runner's commands, known to the CLI launcher without loading them: they run on the main
 * thread (signals reach `vigyc run`; their ticks run in workers of their own).
 */
export const RUNNER_COMMANDS = ["register", "run", "list", "runs", "tail", "kv", "enable", "disable", "delete", "tick-now", "replay"] as const;

export type RunnerCommandName = (typeof RUNNER_COMMANDS)[number];

export const isRunnerCommand = (name: string | undefined): name is RunnerCommandName => (RUNNER_COMMANDS as readonly string[]).includes(name ?? "");

export const RUNNER_USAGE = `
runner (store: --store FILE, else $VIGY_DB, else ~/.local/share/vigy-js/vigy.db; <vigy> is a name or an id;
        durations: 500, 500ms, 2s, 1m; see docs/runner.md):
  register FILE [--name N] [--every D] [--budget D] [--label k=v]… [--disabled]
      Register (or update) a vigy. A file may state these itself in leading comments:
      ;; @name N   ;; @every 2s   ;; @budget 500ms   ;; @label k=v   ;; @disabled
  run [<files|dirs>…] [--workers N] [--json | --lines | --quiet] [--selector k=v,…] [--keep N]
      [--stall D] [--heap MB] [--durability normal|full] [--for D]
      Register or update every .lisp given, then tick them (no arguments: every enabled vigy
      in the store) until SIGINT/SIGTERM, which finish the ticks in flight, commit and exit 0.
  list [--selector k=v,…] [--json]          the registered vigies
  runs <vigy> [--limit N] [--json]          its latest runs, newest first
  tail [--vigy NAME] [--json] [--last N]    follow the runs a running runner commits
  kv <vigy> [KEY] [--json]                  its kv (or one key's value)
  enable|disable|delete <vigy>              (delete keeps its runs and kv)
  tick-now <vigy> [--json]                  one tick now (through the running runner, if any)
  replay <vigy> [--program FILE] [--from N] [--last N] [--json]
      Re-run recorded ticks on their recorded inputs; exit 0 when nothing diverged, 1 when
      something did. With --json the last line is {"ticks":N,"diverged":M,…}.
`;
