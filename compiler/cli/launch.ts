/**
 * Entry point of the `vigyc` binary, on the main thread. It loads only the command table and
 * what routing needs, so help, the version and mistakes answer at once; a command then loads
 * what it needs. Compiler commands run in a worker thread with a large stack (Lisp recursion in
 * the interpreter and the analyzer's walk of deeply nested source cost several JS frames per
 * level, and the main thread's stack of about 1 MB would stop non-tail recursion far earlier
 * than the reference); the runner's commands and the REPL's terminal stay on this thread
 * (signals reach `vigyc run` only here; their Lisp runs in workers of their own).
 */
import { existsSync } from "node:fs";
import { parseCommand } from "./args.js";
import { colorFor, processIo } from "./io.js";
import { route } from "./route.js";

const STACK_MB = 256;

// A reader that stops early (`vigyc tick … | head`) closes the pipe: stop quietly, as Unix
// tools do, instead of dying on the unhandled EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(process.exitCode ?? 0);
  });
}

/** A CLI module: the bundled build (dist/pkg, few files to load) when there is one. */
function cliModule(name: string): URL {
  const bundled = new URL(`../../pkg/compiler/cli/${name}`, import.meta.url);
  return bundled.protocol === "file:" && existsSync(bundled) ? bundled : new URL(`./${name}`, import.meta.url);
}

/** Commands answered on this thread first (see in-thread.ts). */
const IN_THREAD = new Set(["eval"]);
/** Commands whose code finds files next to itself (the bench harness's child): tsc's tree only. */
const FROM_TREE = new Set(["bench"]);

async function launch(argv: string[]): Promise<number> {
  const r = route(argv);
  if (r.kind === "print") {
    process.stdout.write(r.out);
    process.stderr.write(r.err);
    return r.code;
  }
  const c = r.command;
  if (c.group === "runner") {
    const { runRunner } = await import("./run-runner.js");
    return runRunner(c, r.args, processIo);
  }
  if (c.thread === "main") {
    // The REPL: its terminal here, its engine in a worker of its own.
    const { failure } = await import("./failure.js");
    try {
      const parsed = parseCommand(c, r.args);
      const { run } = await import("../repl/repl-command.js");
      return await run(parsed, processIo);
    } catch (e) {
      return failure(c, e, processIo);
    }
  }
  // A bad command line is reported here, before a worker starts.
  try {
    parseCommand(c, r.args);
  } catch (e) {
    const { failure } = await import("./failure.js");
    return failure(c, e, processIo);
  }
  if (IN_THREAD.has(c.name)) {
    const { runInThread } = (await import(cliModule("in-thread.js").href)) as typeof import("./in-thread.js");
    const r = await runInThread(argv);
    if (r !== undefined) {
      process.stdout.write(r.out);
      process.stderr.write(r.err);
      return r.code;
    }
  }
  const { Worker } = await import("node:worker_threads");
  return new Promise<number>((done) => {
    const worker = new Worker(FROM_TREE.has(c.name) ? new URL("./worker.js", import.meta.url) : cliModule("worker.js"), {
      workerData: { argv, color: { out: colorFor(process.stdout), err: colorFor(process.stderr) } },
      resourceLimits: { stackSizeMb: STACK_MB },
    });
    let code = 70;
    worker.on("message", (m: import("./worker.js").WorkerMessage) => {
      if (typeof m === "number") code = m;
      else if ("out" in m) process.stdout.write(m.out);
      else process.stderr.write(m.err);
    });
    worker.on("error", (e) => {
      process.stderr.write(`vigyc: internal error: ${e.stack ?? e}\n`);
      code = 70;
    });
    worker.on("exit", () => done(code));
  });
}

void launch(process.argv.slice(2)).then((code) => (process.exitCode = code));
