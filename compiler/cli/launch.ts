/**
 * Entry point of the `vigyc` binary. Runs the command in a worker thread with a large stack:
 * Lisp recursion in the interpreter costs several JS frames per call, and the main thread's
 * default stack (about 1 MB) would stop non-tail recursion far earlier than the reference.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { main } from "./main.js";
import { isRunnerCommand } from "../../runner/cli/names.js";

const STACK_MB = 256;

if (isMainThread) {
  // A reader that stops early (`vigyc tick … | head`) closes the pipe: stop quietly, as Unix
  // tools do, instead of dying on the unhandled EPIPE.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
      process.exit(process.exitCode ?? 0);
    });
  }
  const argv = process.argv.slice(2);
  if (isRunnerCommand(argv[0])) {
    // The runner's commands stay on this thread: signals reach `vigyc run` only here, and their
    // Lisp runs in tick workers that have large stacks of their own.
    void Promise.resolve(main(argv)).then((code) => (process.exitCode = code));
  } else {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: argv,
      resourceLimits: { stackSizeMb: STACK_MB },
    });
    worker.on("message", (code: number) => {
      process.exitCode = code;
    });
    worker.on("error", (e) => {
      process.stderr.write(`vigyc: internal error: ${e.stack ?? e}\n`);
      process.exitCode = 70;
    });
  }
} else {
  void Promise.resolve(main(workerData as string[])).then((code) => parentPort!.postMessage(code));
}
