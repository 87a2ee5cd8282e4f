/** better-sqlite3's errors in words a user can act on (StoreError), naming the store file. */
import { StoreError } from "../errors.js";

function code(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e && typeof e.code === "string" ? e.code : undefined;
}

export function storeError(location: string, e: unknown): unknown {
  if (e instanceof StoreError) return e;
  const c = code(e);
  if (c === undefined || !c.startsWith("SQLITE_")) return e;
  const msg = e instanceof Error ? e.message : String(e);
  if (c === "SQLITE_NOTADB" || c.startsWith("SQLITE_CORRUPT")) {
    return new StoreError(`store ${location} is damaged or is not a vigy store (${msg}); nothing was read from it. Move it aside or restore a backup.`);
  }
  if (c.startsWith("SQLITE_BUSY") || c.startsWith("SQLITE_LOCKED")) {
    return new StoreError(`store ${location} stayed busy for more than 5 s (${msg}); another process is writing it`);
  }
  if (c.startsWith("SQLITE_CANTOPEN") || c.startsWith("SQLITE_READONLY") || c.startsWith("SQLITE_PERM") || c.startsWith("SQLITE_IOERR") || c === "SQLITE_FULL") {
    return new StoreError(`cannot use store ${location}: ${msg} (${c})`);
  }
  return new StoreError(`store ${location}: ${msg} (${c})`);
}
