/**
 * The worker thread the launcher (launch.ts) runs compiler commands in: main() with a large
 * stack. Output goes to the launcher as messages on one port, so what a command writes to
 * stdout and stderr reaches the terminal in the order it wrote it (a worker's own
 * process.stdout and process.stderr are forwarded separately, and interleave at random).
 */
import { parentPort, workerData } from "node:worker_threads";
import { main } from "./main.js";
import type { Io } from "./io.js";

/** A message to the launcher: text for a stream, or the exit status (the last message). */
export type WorkerMessage = { readonly out: string } | { readonly err: string } | number;

const { argv, color } = workerData as { argv: string[]; color: { out: boolean; err: boolean } };
const post = (m: WorkerMessage): void => parentPort!.postMessage(m);
const io: Io = { out: (t) => post({ out: t }), err: (t) => post({ err: t }), color };
void Promise.resolve(main(argv, io)).then((code) => post(code));
