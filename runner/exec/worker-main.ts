/**
 * A tick worker's entry point: the front end for reflective programs (eval at tick time), an
 * executor over the shared running slot, and the message loop. An exception here is a bug in
 * vigy-js (a program's errors are failed runs): it ends the worker, and the supervisor reports it.
 */
import { parentPort, workerData } from "node:worker_threads";
import { installHook } from "../../compiler/frontend/hook.js";
import { Executor } from "./executor.js";
import type { ToWorker, WorkerInit } from "./protocol.js";
import { RunningSlot } from "./running-slot.js";

installHook();
const port = parentPort!;
const init = workerData as WorkerInit;
const executor = new Executor((m) => port.postMessage(m), new RunningSlot(init.slot));
port.on("message", (m: ToWorker) => {
  executor.handle(m);
  if (m.type === "stop") port.close(); // nothing is left to do: the thread ends by itself
});
port.postMessage({ type: "ready" });
