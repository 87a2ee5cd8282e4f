/**
 * The embedded store: one SQLite file through better-sqlite3, in WAL mode (readers such as
 * `vigyc tail` never block the runner), migrated on open and refused when written by a newer
 * vigy-js. A commit is one transaction however many runs it holds (group commit). Durability:
 * `synchronous=NORMAL` by default, which keeps every committed transaction through a crash of
 * the process (kill -9) and may lose the last ones on power loss; `full` syncs every commit.
 */
import { existsSync } from "node:fs";
import { makeDirs } from "../../../compiler/cli/make-dirs.js";
import { fileProblem } from "../../../compiler/cli/inputs.js";
import { dirname } from "node:path";
import { randomUUID } from "node:crypto";
import type { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import { spawnWorker } from "../../exec/spawn.js";
import { labelsFromJson, labelsJson } from "../../registry/labels.js";
import { StoreError } from "../errors.js";
import { holderAlive, lockedError, lostLockError, type LockRow } from "../lock-policy.js";
import { registration } from "../registration.js";
import { isStampKey, mergeStamps, stampText, STAMP_KEYS, type OkRun } from "../stamps.js";
import type {
  CommitBatch,
  KvVersion,
  LockHolder,
  RegisterMode,
  RegisterResult,
  RequestOutcome,
  Store,
  StoredRun,
  TickRequest,
  VigyRow,
  VigySpec,
  VigyState,
} from "../store.js";
import { APPLICATION_ID, LATEST, MIGRATIONS } from "./migrations.js";
import { storeError } from "./sqlite-errors.js";

export type Durability = "normal" | "full";

/** How often the background checkpointer moves the WAL into the database file. */
const CHECKPOINT_MS = 500;

export interface SqliteOptions {
  readonly durability?: Durability;
  /** Checkpoint the WAL from a thread of its own (the runner), so commits only append. */
  readonly backgroundCheckpoints?: boolean;
  /** Open for reading only (commands that only look): no migration, no creation. */
  readonly readonly?: boolean;
}

type Row = Record<string, any>;

const vigyOf = (r: Row): VigyRow => ({
  id: r.id,
  name: r.name,
  program: r.program,
  file: r.file,
  digest: r.digest,
  intervalMs: r.tick_interval_ms,
  budgetMs: r.budget_ms,
  enabled: r.enabled === 1,
  labels: labelsFromJson(r.labels_json),
  createdMs: r.created_ms,
  updatedMs: r.updated_ms,
});

const runOf = (r: Row): StoredRun => ({
  cursor: r.cursor,
  vigyId: r.vigy_id,
  seq: r.seq,
  runId: r.run_id,
  tick: r.tick,
  trigger: r.trigger,
  slotMs: r.slot_ms,
  startedMs: r.started_ms,
  endedMs: r.ended_ms,
  lagMs: r.lag_ms,
  durationMs: r.duration_ms,
  skipped: r.skipped,
  result: r.result,
  error: r.error,
  report: r.report,
  entry: r.entry,
  digest: r.digest,
});

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly st: ReturnType<SqliteStore["prepare"]>;

  private checkpointer: Worker | null = null;

  private constructor(readonly location: string, db: Database.Database) {
    this.db = db;
    this.st = this.prepare();
  }

  static open(file: string, opts: SqliteOptions = {}): SqliteStore {
    if (opts.readonly && !existsSync(file)) throw new StoreError(`no store at ${file} (nothing has been registered there yet)`);
    if (!opts.readonly) {
      try {
        makeDirs(dirname(file));
      } catch (e) {
        throw new StoreError(`cannot create the directory of store ${file}: ${fileProblem(e)}`);
      }
    }
    let db: Database.Database | undefined;
    try {
      db = new Database(file, { readonly: opts.readonly === true, timeout: 5000 });
      prepareFile(db, file, opts);
      const store = new SqliteStore(file, db);
      if (opts.backgroundCheckpoints && !opts.readonly) {
        db.pragma("wal_autocheckpoint = 0");
        store.checkpointer = spawnWorker("store/sqlite/checkpoint-worker", { workerData: { file, everyMs: CHECKPOINT_MS } });
        store.checkpointer.unref();
      }
      return store;
    } catch (e) {
      db?.close();
      throw storeError(file, e);
    }
  }

  private prepare() {
    const db = this.db;
    return {
      insertVigy: db.prepare(
        `INSERT INTO vigies (id, name, program, file, digest, tick_interval_ms, budget_ms, enabled, labels_json, created_ms, updated_ms)
         VALUES (@id, @name, @program, @file, @digest, @intervalMs, @budgetMs, @enabled, @labels, @createdMs, @updatedMs)`,
      ),
      updateVigy: db.prepare(
        `UPDATE vigies SET file = @file, digest = @digest, tick_interval_ms = @intervalMs, budget_ms = @budgetMs, enabled = @enabled,
         labels_json = @labels, updated_ms = @updatedMs WHERE id = @id`,
      ),
      vigyByName: db.prepare("SELECT * FROM vigies WHERE name = ?"),
      vigyById: db.prepare("SELECT * FROM vigies WHERE id = ?"),
      vigyByIdCi: db.prepare("SELECT * FROM vigies WHERE lower(id) = lower(?)"),
      allVigies: db.prepare("SELECT * FROM vigies ORDER BY name"),
      setEnabled: db.prepare("UPDATE vigies SET enabled = ?, updated_ms = ? WHERE id = ?"),
      deleteVigy: db.prepare("DELETE FROM vigies WHERE id = ?"),
      explicitKv: db.prepare("SELECT key, value_json, max(seq) AS seq FROM kv WHERE vigy_id = ? AND seq < ? GROUP BY key"),
      lastOk: db.prepare("SELECT seq, tick, started_ms FROM runs WHERE vigy_id = ? AND seq < ? AND result = 'ok' ORDER BY seq DESC LIMIT 1"),
      runResult: db.prepare("SELECT seq, tick, started_ms, result FROM runs WHERE vigy_id = ? AND seq = ?"),
      kvVersion: db.prepare("SELECT value_json FROM kv WHERE vigy_id = ? AND key = ? AND seq = ?"),
      head: db.prepare("SELECT seq, digest FROM runs WHERE vigy_id = ? ORDER BY seq DESC LIMIT 1"),
      lastResults: db.prepare("SELECT result FROM runs WHERE vigy_id = ? ORDER BY seq DESC LIMIT 8").pluck(),
      insertRun: db.prepare(
        `INSERT INTO runs (vigy_id, seq, run_id, tick, trigger, slot_ms, started_ms, ended_ms, lag_ms, duration_ms, skipped, result, error, report, entry, digest)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertKv: db.prepare("INSERT OR REPLACE INTO kv (vigy_id, key, seq, value_json) VALUES (?, ?, ?, ?)"),
      pruneRuns: db.prepare("DELETE FROM runs WHERE vigy_id = ? AND seq < ?"),
      // Keep, per key, every version from `belowSeq` on and the newest one before it (what a kept
      // run may have read); a deletion is never read, so an old one goes too.
      pruneSuperseded: db.prepare(
        `DELETE FROM kv WHERE vigy_id = @vigy AND seq < @below AND EXISTS
           (SELECT 1 FROM kv AS n WHERE n.vigy_id = @vigy AND n.key = kv.key AND n.seq > kv.seq AND n.seq < @below)`,
      ),
      pruneDeletions: db.prepare("DELETE FROM kv WHERE vigy_id = ? AND seq < ? AND value_json IS NULL"),
      runsNewest: db.prepare("SELECT * FROM runs WHERE vigy_id = ? ORDER BY seq DESC LIMIT ?"),
      journal: db.prepare("SELECT * FROM runs WHERE vigy_id = ? AND seq BETWEEN ? AND ? ORDER BY seq"),
      runsAfter: db.prepare("SELECT * FROM runs WHERE cursor > ? ORDER BY cursor LIMIT ?"),
      lastCursor: db.prepare("SELECT coalesce(max(cursor), 0) FROM runs").pluck(),
      lockRow: db.prepare("SELECT * FROM runner_lock WHERE id = 1"),
      putLock: db.prepare(
        "INSERT OR REPLACE INTO runner_lock (id, token, pid, host, command, started_ms, heartbeat_ms) VALUES (1, ?, ?, ?, ?, ?, ?)",
      ),
      beat: db.prepare("UPDATE runner_lock SET heartbeat_ms = ? WHERE id = 1 AND token = ?"),
      dropLock: db.prepare("DELETE FROM runner_lock WHERE id = 1 AND token = ?"),
      dataVersion: db.prepare("PRAGMA data_version").pluck(),
      addRequest: db.prepare("INSERT INTO requests (vigy_id, created_ms) VALUES (?, ?)"),
      pending: db.prepare("SELECT id, vigy_id, created_ms FROM requests WHERE done_ms IS NULL ORDER BY id"),
      finish: db.prepare("UPDATE requests SET done_ms = ?, seq = ?, error = ? WHERE id = ?"),
      request: db.prepare("SELECT * FROM requests WHERE id = ?"),
    };
  }

  private guard<T>(f: () => T): Promise<T> {
    try {
      return Promise.resolve(f());
    } catch (e) {
      return Promise.reject(storeError(this.location, e));
    }
  }

  private find(ref: string): VigyRow | undefined {
    const r = (this.st.vigyByName.get(ref) ?? this.st.vigyById.get(ref) ?? this.st.vigyByIdCi.get(ref)) as Row | undefined;
    return r === undefined ? undefined : vigyOf(r);
  }

  register(spec: VigySpec, mode: RegisterMode): Promise<RegisterResult> {
    return this.guard(() =>
      this.db.transaction(() => {
        const old = this.st.vigyByName.get(spec.name) as Row | undefined;
        const plan = registration(spec, mode, old === undefined ? undefined : vigyOf(old), Date.now());
        if (plan.replaced !== null) this.st.deleteVigy.run(plan.replaced.id);
        const row = plan.row;
        const params = { ...row, enabled: row.enabled ? 1 : 0, labels: labelsJson(row.labels) };
        if (plan.insert) this.st.insertVigy.run(params);
        else if (!plan.unchanged) this.st.updateVigy.run(params);
        return { row, replaced: plan.replaced, unchanged: plan.unchanged };
      }).immediate(),
    );
  }

  listVigies(): Promise<VigyRow[]> {
    return this.guard(() => (this.st.allVigies.all() as Row[]).map(vigyOf));
  }

  findVigy(ref: string): Promise<VigyRow | undefined> {
    return this.guard(() => this.find(ref));
  }

  setEnabled(id: string, enabled: boolean): Promise<VigyRow | undefined> {
    return this.guard(() => {
      this.st.setEnabled.run(enabled ? 1 : 0, Date.now(), id);
      return this.find(id);
    });
  }

  deleteVigy(id: string): Promise<boolean> {
    return this.guard(() => this.st.deleteVigy.run(id).changes > 0);
  }

  /** The kv as it stood before run `before` (Infinity: now): explicit versions merged with the stamps. */
  private kvAt(vigyId: string, before: number): KvVersion[] {
    const bound = Number.isFinite(before) ? before : Number.MAX_SAFE_INTEGER;
    const explicit = new Map<string, { text: string | null; seq: number }>();
    for (const r of this.st.explicitKv.all(vigyId, bound) as Row[]) explicit.set(r.key, { text: r.value_json, seq: r.seq });
    return mergeStamps(explicit, this.lastOk(vigyId, bound));
  }

  private lastOk(vigyId: string, before: number): OkRun | null {
    const r = this.st.lastOk.get(vigyId, before) as Row | undefined;
    return r === undefined ? null : { seq: r.seq, tick: r.tick, startedMs: r.started_ms };
  }

  private currentKv(vigyId: string): KvVersion[] {
    return this.kvAt(vigyId, Infinity);
  }

  kvBefore(vigyId: string, seq: number): Promise<KvVersion[]> {
    return this.guard(() => this.kvAt(vigyId, seq));
  }

  importKv(vigyId: string, entries: readonly (readonly [string, string])[]): Promise<void> {
    return this.guard(() =>
      this.db.transaction(() => {
        for (const [key, text] of entries) this.st.insertKv.run(vigyId, key, 0, text);
      })(),
    );
  }

  loadState(vigyId: string): Promise<VigyState> {
    return this.guard(() =>
      this.db.transaction(() => {
        const head = this.st.head.get(vigyId) as Row | undefined;
        const results = this.st.lastResults.all(vigyId) as string[];
        const failures = results.findIndex((r) => r !== "failed");
        return {
          kv: this.currentKv(vigyId),
          head: head === undefined ? null : { seq: head.seq, digest: head.digest },
          failures: failures < 0 ? results.length : failures,
        };
      })(),
    );
  }

  commit(batch: CommitBatch): Promise<void> {
    return this.guard(() => this.commitNow(batch));
  }

  private readonly commitNow = (batch: CommitBatch): void => {
    this.db.transaction(() => {
      const { insertRun, insertKv } = this.st;
      for (const r of batch.runs) {
        insertRun.run(r.vigyId, r.seq, r.runId, r.tick, r.trigger, r.slotMs, r.startedMs, r.endedMs, r.lagMs, r.durationMs, r.skipped, r.result, r.error, r.report ?? null, r.entry, r.digest);
        for (const [key, text] of r.writes) insertKv.run(r.vigyId, key, r.seq, text);
      }
      for (const p of batch.prune) {
        // The stamps of the newest ok run being dropped become ordinary versions, unless a program wrote them later.
        const ok = this.lastOk(p.vigyId, p.belowSeq);
        if (ok !== null) {
          const explicit = new Map((this.st.explicitKv.all(p.vigyId, p.belowSeq) as Row[]).map((r) => [r.key as string, r.seq as number]));
          for (const key of STAMP_KEYS) if ((explicit.get(key) ?? -1) < ok.seq) this.st.insertKv.run(p.vigyId, key, ok.seq, stampText(key, ok));
        }
        this.st.pruneRuns.run(p.vigyId, p.belowSeq);
        this.st.pruneSuperseded.run({ vigy: p.vigyId, below: p.belowSeq });
        this.st.pruneDeletions.run(p.vigyId, p.belowSeq);
      }
    })();
  };

  runs(vigyId: string, limit: number): Promise<StoredRun[]> {
    return this.guard(() => (this.st.runsNewest.all(vigyId, limit) as Row[]).map(runOf));
  }

  journal(vigyId: string, from: number, to: number): Promise<StoredRun[]> {
    return this.guard(() => (this.st.journal.all(vigyId, from, to) as Row[]).map(runOf));
  }

  runsAfter(cursor: number, limit: number): Promise<StoredRun[]> {
    return this.guard(() => (this.st.runsAfter.all(cursor, limit) as Row[]).map(runOf));
  }

  lastCursor(): Promise<number> {
    return this.guard(() => this.st.lastCursor.get() as number);
  }

  kv(vigyId: string): Promise<KvVersion[]> {
    return this.guard(() => this.currentKv(vigyId));
  }

  kvVersion(vigyId: string, key: string, seq: number): Promise<string | null | undefined> {
    return this.guard(() => {
      const r = this.st.kvVersion.get(vigyId, key, seq) as Row | undefined;
      if (r !== undefined || !isStampKey(key)) return r?.value_json;
      const run = this.st.runResult.get(vigyId, seq) as Row | undefined;
      return run?.result === "ok" ? stampText(key, { seq, tick: run.tick, startedMs: run.started_ms }) : undefined;
    });
  }

  acquireLock(holder: LockHolder): Promise<string> {
    return this.guard(() =>
      this.db.transaction(() => {
        const now = Date.now();
        const r = this.st.lockRow.get() as Row | undefined;
        if (r !== undefined) {
          const row: LockRow = { token: r.token, pid: r.pid, host: r.host, command: r.command, startedMs: r.started_ms, heartbeatMs: r.heartbeat_ms };
          if (holderAlive(row, now)) throw lockedError(this.location, row, now);
        }
        const token = randomUUID();
        this.st.putLock.run(token, holder.pid, holder.host, holder.command, now, now);
        return token;
      }).immediate(),
    );
  }

  heartbeat(token: string): Promise<void> {
    return this.guard(() => {
      if (this.st.beat.run(Date.now(), token).changes === 0) throw lostLockError(this.location);
    });
  }

  releaseLock(token: string): Promise<void> {
    return this.guard(() => void this.st.dropLock.run(token));
  }

  changeMark(): Promise<number> {
    return this.guard(() => this.st.dataVersion.get() as number);
  }

  requestTick(vigyId: string): Promise<number> {
    return this.guard(() => Number(this.st.addRequest.run(vigyId, Date.now()).lastInsertRowid));
  }

  pendingRequests(): Promise<TickRequest[]> {
    return this.guard(() => (this.st.pending.all() as Row[]).map((r) => ({ id: r.id, vigyId: r.vigy_id, createdMs: r.created_ms })));
  }

  finishRequest(id: number, seq: number | null, error: string | null): Promise<void> {
    return this.guard(() => void this.st.finish.run(Date.now(), seq, error, id));
  }

  requestOutcome(id: number): Promise<RequestOutcome> {
    return this.guard(() => {
      const r = this.st.request.get(id) as Row | undefined;
      if (r === undefined) return { done: true, seq: null, error: `no tick request ${id}` };
      return r.done_ms === null ? { done: false } : { done: true, seq: r.seq, error: r.error };
    });
  }

  async close(): Promise<void> {
    const c = this.checkpointer;
    this.checkpointer = null;
    if (c !== null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 1000);
        c.once("message", () => (clearTimeout(timer), resolve()));
        c.postMessage("close");
      });
      await c.terminate();
    }
    return this.guard(() => {
      if (this.db.open) this.db.close(); // the last connection out checkpoints what is left
    });
  }
}

/** Pragmas, identity and schema version: migrate an older store, refuse a foreign or newer one. */
function prepareFile(db: Database.Database, file: string, opts: SqliteOptions): void {
  const app = db.pragma("application_id", { simple: true }) as number;
  const version = db.pragma("user_version", { simple: true }) as number;
  const tables = db.prepare("SELECT count(*) FROM sqlite_master").pluck().get() as number;
  if (app !== APPLICATION_ID && (app !== 0 || tables > 0)) {
    throw new StoreError(`${file} is not a vigy store (an SQLite database of another application); give another --store`);
  }
  if (version > LATEST) {
    throw new StoreError(
      `store ${file} has schema version ${version}, newer than this vigy-js understands (${LATEST}); upgrade vigy-js to use it`,
    );
  }
  db.pragma("busy_timeout = 5000");
  if (opts.readonly) {
    if (version < LATEST) throw new StoreError(`store ${file} has schema version ${version}; run a vigy-js command that writes to it (such as \`vigyc list\`) to upgrade it`);
    return;
  }
  db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${opts.durability === "full" ? "FULL" : "NORMAL"}`);
  for (let v = version; v < LATEST; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}

