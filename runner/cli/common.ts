/** What the runner's commands share: the store option, finding a vigy, and how failures exit. */
import { existsSync } from "node:fs";
import type { Io } from "../../compiler/cli/io.js";
import { closest, orList } from "../../compiler/diagnostics/closest.js";
import { RegistryError } from "../registry/interval.js";
import { storePath } from "../store/default-path.js";
import { StoreError } from "../store/errors.js";
import { SqliteStore, type Durability } from "../store/sqlite/sqlite-store.js";
import type { Store, VigyRow } from "../store/store.js";

export const STORE_OPTION = { store: { type: "string" } } as const;

/** A command-line or input mistake: printed as `vigyc CMD: message`, exit status 2. */
export class UsageError extends Error {}

/** Something the user asked for is not there: exit status 1. */
export class NotFound extends Error {}

export interface OpenOptions {
  /** Commands that only look do not create a store that is not there. */
  readonly create: boolean;
  readonly durability?: Durability;
  readonly backgroundCheckpoints?: boolean;
}

export function openStore(option: string | undefined, opts: OpenOptions): Store {
  const file = storePath(option);
  if (!opts.create && !existsSync(file)) throw new NotFound(`no store at ${file} (register a vigy first, or give --store FILE)`);
  return SqliteStore.open(file, { durability: opts.durability, backgroundCheckpoints: opts.backgroundCheckpoints });
}

export async function vigyRef(store: Store, ref: string | undefined): Promise<VigyRow> {
  if (ref === undefined) throw new UsageError("give a vigy (its name or id)");
  const v = await store.findVigy(ref);
  if (v === undefined) {
    const near = closest(ref, (await store.listVigies()).map((r) => r.name));
    const hint = near.length > 0 ? `did you mean ${orList(near)}?` : "see `vigyc list`";
    throw new NotFound(`no vigy named or with id ${JSON.stringify(ref)} in ${store.location} (${hint})`);
  }
  return v;
}

export function positiveInt(what: string, text: string | undefined, dflt: number): number {
  if (text === undefined) return dflt;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`${what} expects a whole number of at least 1 (got ${JSON.stringify(text)})`);
  return n;
}

/** A command's body, with the failures users can act on turned into exit statuses. */
export async function guarded(command: string, io: Io, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    return failed(command, e, io);
  }
}

/** Use a store and close it after. */
export async function using<T>(store: Store, body: (store: Store) => Promise<T>): Promise<T> {
  try {
    return await body(store);
  } finally {
    await store.close().catch(() => {});
  }
}

/** The exit status of a failure users can act on; anything else is rethrown (an internal error). */
export function failed(command: string, e: unknown, io: Io): number {
  if (e instanceof UsageError || e instanceof RegistryError) {
    io.err(`vigyc ${command}: ${e.message}\n`);
    return 2;
  }
  if (e instanceof StoreError || e instanceof NotFound) {
    io.err(`vigyc ${command}: ${e.message}\n`);
    return 1;
  }
  throw e;
}
