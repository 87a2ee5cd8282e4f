/**
 * One runner writes a store at a time. The holder refreshes its heartbeat every second; a lock
 * is taken over when its holder is certainly gone: on this host a process that no longer
 * exists (a runner killed with -9 leaves its row behind), anywhere a heartbeat older than
 * STALE_MS.
 */
import { hostname } from "node:os";
import { StoreLockedError } from "./errors.js";
import type { LockHolder } from "./store.js";

export const HEARTBEAT_MS = 1000;
export const STALE_MS = 10_000;

export interface LockRow extends LockHolder {
  readonly token: string;
  readonly startedMs: number;
  readonly heartbeatMs: number;
}

export const thisHolder = (command: string): LockHolder => ({ pid: process.pid, host: hostname(), command });

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // exists, owned by someone else
  }
}

export function holderAlive(row: LockRow, now: number): boolean {
  if (now - row.heartbeatMs > STALE_MS) return false;
  if (row.host !== hostname()) return true;
  if (row.pid === process.pid) return false; // a previous runner whose pid this process now has
  return processExists(row.pid);
}

export function lockedError(location: string, row: LockRow, now: number): StoreLockedError {
  const since = new Date(row.startedMs).toISOString();
  const beat = ((now - row.heartbeatMs) / 1000).toFixed(1);
  return new StoreLockedError(
    `store ${location} is in use by another runner: \`vigyc ${row.command}\`, pid ${row.pid} on ${row.host}, ` +
      `running since ${since} (last heartbeat ${beat} s ago). Stop it first, or use another --store.`,
  );
}

export function lostLockError(location: string): StoreLockedError {
  return new StoreLockedError(`store ${location}: this runner's lock was taken over by another runner; stopping`);
}
