/**
 * Starting the runner's workers: from dist/ the JavaScript entry itself; from the TypeScript
 * sources (tsx) through dev-worker.mjs, which registers tsx in the new thread first.
 */
import { Worker, type WorkerOptions } from "node:worker_threads";

export type WorkerEntry = "exec/worker-main" | "exec/compile-worker" | "store/sqlite/checkpoint-worker";

export function spawnWorker(entry: WorkerEntry, opts: WorkerOptions & { workerData: object }): Worker {
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    return new Worker(new URL("./dev-worker.mjs", here), { ...opts, workerData: { ...opts.workerData, entry: new URL(`../${entry}.ts`, here).href } });
  }
  return new Worker(new URL(`../${entry}.js`, here), opts);
}
