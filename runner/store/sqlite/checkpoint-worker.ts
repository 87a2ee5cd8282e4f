/**
 * Moves the WAL's pages into the database file off the runner's thread: the runner's own
 * connection never checkpoints (`wal_autocheckpoint = 0`), so its commits only append to the
 * WAL, and this thread runs a passive checkpoint (which never blocks the writer) every interval.
 */
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const { file, everyMs } = workerData as { file: string; everyMs: number };
const db = new Database(file, { timeout: 5000 });
const timer = setInterval(() => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch {
    // Busy or closing: the next interval tries again, and closing the store checkpoints anyway.
  }
}, everyMs);
parentPort!.on("message", () => {
  clearInterval(timer);
  db.close();
  parentPort!.postMessage("closed");
});
