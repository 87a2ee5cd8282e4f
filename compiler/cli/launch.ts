/**
 * Entry point of the `vigyc` binary. Runs the command in a worker thread with a large stack:
 * Lisp recursion in the interpreter costs several JS frames per call, and the main thread's
 * default stack (about 1 MB) would stop non-tail recursion far earlier than the reference.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { main } from "./main.js";

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
  const worker = new Worker(new URL(import.meta.url), {
    workerData: process.argv.slice(2),
    resourceLimits: { stackSizeMb: STACK_MB },
  });
  worker.on("message", (code: number) => {
    process.exitCode = code;
  });
  worker.on("error", (e) => {
    process.stderr.write(`vigyc: internal error: ${e.stack ?? e}\n`);
    process.exitCode = 70;
  });
} else {
  parentPort!.postMessage(main(workerData as string[]));
}
