/**
 * Where a runner keeps its vigies: the registry, each vigy's kv (every version a tick wrote, so
 * that a replay can look up what an older tick read), and its runs, each of which is also its
 * journal entry. Everything is asynchronous, so a network database (Postgres, for several
 * machines) fits behind the same interface; the runner's only call on its hot path is
 * `commit`, which it never awaits inside a tick.
 *
 * Two implementations: SqliteStore (the embedded default) and MemoryStore (tests).
 */
import type { Labels } from "../registry/labels.js";

export interface VigySpec {
  readonly name: string;
  /** The program text. */
  readonly program: string;
  /** The file name positions are reported under (as given when registered). */
  readonly file: string;
  readonly intervalMs: number;
  /** How long one tick may run before it is stopped. */
  readonly budgetMs: number;
  readonly enabled: boolean;
  readonly labels: Labels;
}

export interface VigyRow extends VigySpec {
  /** BLAKE3(name ‖ 0 ‖ program), 16 hex. */
  readonly id: string;
  /** The program version (file name and text), 32 hex: the compile cache's key. */
  readonly digest: string;
  readonly createdMs: number;
  readonly updatedMs: number;
}

/** A kv value as stored: canonical JSON text, and the run that wrote it (its version). */
export interface KvVersion {
  readonly key: string;
  readonly text: string;
  readonly seq: number;
}

/** What a runner needs to take a vigy over. */
export interface VigyState {
  readonly kv: readonly KvVersion[];
  /** The last run (journal entry), if any. */
  readonly head: { readonly seq: number; readonly digest: string } | null;
  /** Failed runs at the end of the history (up to 8), for the failure backoff. */
  readonly failures: number;
}

export type Trigger = "schedule" | "manual";

/** One run: the record's columns, the journal entry that holds everything the tick did, and the kv versions it wrote. */
export interface RunRow {
  readonly vigyId: string;
  /** 1, 2, 3… per vigy: every run, ok or failed. */
  readonly seq: number;
  /** uuid v7. */
  readonly runId: string;
  /** The tick's ordinal as the program saw it (`vigy-tick-count`). */
  readonly tick: number;
  readonly trigger: Trigger;
  /** The schedule slot this run was due at (epoch ms); null for a manual run. */
  readonly slotMs: number | null;
  readonly startedMs: number;
  readonly endedMs: number;
  /** Start minus slot. */
  readonly lagMs: number;
  readonly durationMs: number;
  /** Slots that passed without a run since the previous one (overrun, backoff, a stalled worker). */
  readonly skipped: number;
  readonly result: "ok" | "failed";
  readonly error: string | null;
  /**
   * What a person is shown for a failed run's error (TickRecord.report: function, Lisp stack,
   * a host bug's JS stack); null for an ok run, a stopped one, and runs stored before it existed.
   */
  readonly report: string | null;
  /** The journal entry: canonical JSON. */
  readonly entry: string;
  /** SHA-256 of `entry` (hex); the entry names the previous one's. */
  readonly digest: string;
}

/**
 * A run to commit, with the kv versions it writes (null: the key is deleted). The runner's stamps
 * holding what it stamped are left out: they are the run's own tick and start (stamps.ts).
 */
export interface RunCommit extends RunRow {
  readonly writes: readonly (readonly [key: string, text: string | null])[];
}

export interface CommitBatch {
  readonly runs: readonly RunCommit[];
  /** Retention: drop runs of a vigy below `belowSeq` (and the kv versions no kept run can have read). */
  readonly prune: readonly { readonly vigyId: string; readonly belowSeq: number }[];
}

/** A run as history queries return it, with its position in the store's commit order. */
export interface StoredRun extends RunRow {
  /** Grows with every commit; `tail` follows it. */
  readonly cursor: number;
}

export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly command: string;
}

export interface TickRequest {
  readonly id: number;
  readonly vigyId: string;
  readonly createdMs: number;
}

export type RequestOutcome = { readonly done: false } | { readonly done: true; readonly seq: number | null; readonly error: string | null };

export type RegisterMode =
  /** `vigyc register`: the spec as given (enabled unless --disabled). */
  | "replace"
  /** `vigyc run FILES`: an existing registration of the same id keeps its enabled state. */
  | "keep-enabled";

export interface RegisterResult {
  readonly row: VigyRow;
  /** The registration of the same name that this one replaced (its runs and kv stay under its id). */
  readonly replaced: VigyRow | null;
  /** Nothing changed. */
  readonly unchanged: boolean;
}

export interface Store {
  /** The file (or `:memory:`), for messages. */
  readonly location: string;

  // ---- registry (names are unique; a vigy is found by name or id)
  register(spec: VigySpec, mode: RegisterMode): Promise<RegisterResult>;
  listVigies(): Promise<VigyRow[]>;
  findVigy(ref: string): Promise<VigyRow | undefined>;
  setEnabled(id: string, enabled: boolean): Promise<VigyRow | undefined>;
  /** Removes the registration only: runs and kv stay, and registering the same name and program again resumes them. */
  deleteVigy(id: string): Promise<boolean>;

  // ---- a runner's state
  loadState(vigyId: string): Promise<VigyState>;
  /** All runs and kv versions of the batch in one transaction, in order; rejects and changes nothing on failure. */
  commit(batch: CommitBatch): Promise<void>;
  /** kv written outside any tick (version 0, before every run): a vigy's starting state. */
  importKv(vigyId: string, entries: readonly (readonly [key: string, text: string])[]): Promise<void>;

  // ---- history
  /** Newest first. */
  runs(vigyId: string, limit: number): Promise<StoredRun[]>;
  /** Oldest first, seq in [from, to]. */
  journal(vigyId: string, from: number, to: number): Promise<StoredRun[]>;
  /** Runs committed after `cursor` (any vigy), oldest first. */
  runsAfter(cursor: number, limit: number): Promise<StoredRun[]>;
  /** The newest cursor (0 when empty). */
  lastCursor(): Promise<number>;
  /** The current kv. */
  kv(vigyId: string): Promise<KvVersion[]>;
  /** The kv as it stood before run `seq` (what a replay of that run starts from). */
  kvBefore(vigyId: string, seq: number): Promise<KvVersion[]>;
  /** One kv version: its text, null when that version is a deletion, undefined when it is not kept. */
  kvVersion(vigyId: string, key: string, seq: number): Promise<string | null | undefined>;

  // ---- one runner at a time, and commands talking to it
  /** Takes the runner lock or throws StoreLockedError naming the holder; a dead holder's lock is taken over. */
  acquireLock(holder: LockHolder): Promise<string>;
  /** Keeps the lock alive; throws StoreLockedError when another runner took it. */
  heartbeat(token: string): Promise<void>;
  releaseLock(token: string): Promise<void>;
  /** Changes when another connection changed the registry or asked for a tick (poll it). */
  changeMark(): Promise<number>;
  requestTick(vigyId: string): Promise<number>;
  pendingRequests(): Promise<TickRequest[]>;
  finishRequest(id: number, seq: number | null, error: string | null): Promise<void>;
  requestOutcome(id: number): Promise<RequestOutcome>;

  close(): Promise<void>;
}
