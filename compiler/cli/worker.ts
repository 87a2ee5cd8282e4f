/** The worker thread the launcher (launch.ts) runs compiler commands in: main() with a large stack. */
import { parentPort, workerData } from "node:worker_threads";
import { main } from "./main.js";
import type { Io } from "./io.js";

const { argv, color } = workerData as { argv: string[]; color: { out: boolean; err: boolean } };
const io: Io = { out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t), color };
void Promise.resolve(main(argv, io)).then((code) => parentPort!.postMessage(code));
