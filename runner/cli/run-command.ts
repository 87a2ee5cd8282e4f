/**
 * `vigyc run [<files|dirs>…]`: registers or updates every .lisp given (keeping a registration's
 * enabled state), then ticks them, or with no arguments every enabled vigy in the store, until
 * SIGINT/SIGTERM (or --for D): the ticks in flight finish, everything is committed, exit 0.
 */
import { parseArgs } from "node:util";
import { processIo, type Io } from "../../compiler/cli/io.js";
import { lispFiles } from "../registry/discover.js";
import { durationOption } from "../registry/interval.js";
import { parseSelector } from "../registry/labels.js";
import { specFromFile } from "../registry/spec-from-file.js";
import { DEFAULTS, Runner } from "../supervisor/runner.js";
import { guarded, openStore, positiveInt, STORE_OPTION, UsageError, using } from "./common.js";
import { registeredText } from "./register-command.js";
import { RunOutput, type OutputMode } from "./run-output.js";

export function runCommand(args: readonly string[], io: Io): Promise<number> {
  return guarded("run", io, async () => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        ...STORE_OPTION,
        workers: { type: "string" },
        json: { type: "boolean" },
        lines: { type: "boolean" },
        quiet: { type: "boolean" },
        selector: { type: "string" },
        keep: { type: "string" },
        stall: { type: "string" },
        heap: { type: "string" },
        every: { type: "string" },
        budget: { type: "string" },
        durability: { type: "string" },
        for: { type: "string" },
      },
    });
    const durability = values.durability ?? "normal";
    if (durability !== "normal" && durability !== "full") throw new UsageError(`--durability expects normal or full (got ${JSON.stringify(durability)})`);
    const mode: OutputMode = values.json ? "json" : values.quiet ? "quiet" : values.lines || !process.stdout.isTTY || io !== processIo ? "lines" : "status";
    const specs = lispFiles(positionals).map((f) =>
      specFromFile(f, {
        everyMs: values.every === undefined ? undefined : durationOption("--every", values.every),
        budgetMs: values.budget === undefined ? undefined : durationOption("--budget", values.budget),
      }),
    );
    if (positionals.length > 0 && specs.length === 0) throw new UsageError(`no .lisp files in ${positionals.join(", ")}`);
    const opts = {
      workers: positiveInt("--workers", values.workers, DEFAULTS.workers),
      keep: positiveInt("--keep", values.keep, DEFAULTS.keep),
      heapMb: positiveInt("--heap", values.heap, DEFAULTS.heapMb),
      stallMs: values.stall === undefined ? DEFAULTS.stallMs : durationOption("--stall", values.stall),
    };
    const forMs = values.for === undefined ? undefined : durationOption("--for", values.for);
    const selector = values.selector === undefined ? undefined : parseSelector(values.selector);

    return using(openStore(values.store, { create: true, durability, backgroundCheckpoints: true }), async (store) => {
      const header = `vigyc run · ${store.location} · ${opts.workers} worker${opts.workers === 1 ? "" : "s"}`;
      const output = new RunOutput(io, mode, header);
      let runner: Runner;
      try {
        runner = await Runner.start({
          store,
          scope: { selector },
          register: specs,
          onRegistered: (r) => {
            if (!r.unchanged && mode !== "json") io.err(registeredText(r));
          },
          ...opts,
          command: ["run", ...args].join(" "),
          reporter: output,
        });
      } catch (e) {
        output.dispose();
        throw e;
      }
      let fatal: unknown = null;
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off("SIGINT", onSignal);
          process.off("SIGTERM", onSignal);
          // A second Ctrl-C while stopping leaves at once.
          process.once("SIGINT", () => process.exit(130));
          resolve();
        };
        const onSignal = (): void => stop();
        process.on("SIGINT", onSignal);
        process.on("SIGTERM", onSignal);
        if (forMs !== undefined) setTimeout(stop, forMs).unref();
        runner.done.catch((e) => {
          fatal = e;
          stop();
        });
      });
      const { uncommitted } = await runner.stop();
      output.finish(uncommitted);
      if (fatal !== null) throw fatal;
      return uncommitted > 0 ? 1 : 0;
    });
  });
}
