// Runs a worker from the TypeScript sources (bench scripts and tests under tsx): registers tsx in
// the worker's thread, then loads the entry the supervisor named. The built package never uses
// this file: dist/ holds the workers as JavaScript.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.entry);
