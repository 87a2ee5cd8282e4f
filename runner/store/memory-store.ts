/**
 * The store in memory, for tests and embedding: the same semantics as SqliteStore (ordering,
 * retention, versioned kv, the runner lock) without a file. Commits copy what they are given,
 * so a caller cannot change stored history afterwards.
 */
import { randomUUID } from "node:crypto";
import { holderAlive, lockedError, lostLockError, type LockRow } from "./lock-policy.js";
import { registration } from "./registration.js";
import { isStampKey, mergeStamps, stampText, STAMP_KEYS, type OkRun } from "./stamps.js";
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
} from "./store.js";

interface Version {
  readonly seq: number;
  readonly text: string | null;
}

interface Request extends TickRequest {
  done?: { seq: number | null; error: string | null };
}

export class MemoryStore implements Store {
  readonly location = ":memory:";
  private readonly vigies = new Map<string, VigyRow>();
  private readonly runsOf = new Map<string, StoredRun[]>();
  /** vigy → key → versions, oldest first. */
  private readonly kvOf = new Map<string, Map<string, Version[]>>();
  private cursor = 0;
  private lock: LockRow | null = null;
  private mark = 0;
  private readonly requests: Request[] = [];
  /** Set to make the next commits fail (tests of the commit path). */
  failCommits: Error | null = null;

  register(spec: VigySpec, mode: RegisterMode): Promise<RegisterResult> {
    return this.guard(() => {
      const old = [...this.vigies.values()].find((v) => v.name === spec.name);
      const plan = registration(spec, mode, old, Date.now());
      if (plan.replaced !== null) this.vigies.delete(plan.replaced.id);
      this.vigies.set(plan.row.id, plan.row);
      if (!plan.unchanged) this.mark++;
      return { row: plan.row, replaced: plan.replaced, unchanged: plan.unchanged };
    });
  }

  listVigies(): Promise<VigyRow[]> {
    return this.guard(() => [...this.vigies.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
  }

  findVigy(ref: string): Promise<VigyRow | undefined> {
    return this.guard(() => {
      for (const v of this.vigies.values()) if (v.name === ref) return v;
      return this.vigies.get(ref) ?? [...this.vigies.values()].find((v) => v.id.toLowerCase() === ref.toLowerCase());
    });
  }

  setEnabled(id: string, enabled: boolean): Promise<VigyRow | undefined> {
    return this.guard(() => {
      const v = this.vigies.get(id);
      if (v === undefined) return undefined;
      const row = { ...v, enabled, updatedMs: Date.now() };
      this.vigies.set(id, row);
      this.mark++;
      return row;
    });
  }

  deleteVigy(id: string): Promise<boolean> {
    return this.guard(() => {
      const had = this.vigies.delete(id);
      if (had) this.mark++;
      return had;
    });
  }

  /** The kv as it stood before run `before`: explicit versions merged with the stamps (stamps.ts). */
  private current(vigyId: string, before = Infinity): KvVersion[] {
    const explicit = new Map<string, { text: string | null; seq: number }>();
    for (const [key, versions] of this.kvOf.get(vigyId) ?? []) {
      const last = versions.filter((v) => v.seq < before).at(-1);
      if (last !== undefined) explicit.set(key, { text: last.text, seq: last.seq });
    }
    return mergeStamps(explicit, this.lastOk(vigyId, before));
  }

  private lastOk(vigyId: string, before: number): OkRun | null {
    const r = (this.runsOf.get(vigyId) ?? []).filter((x) => x.seq < before && x.result === "ok").at(-1);
    return r === undefined ? null : { seq: r.seq, tick: r.tick, startedMs: r.startedMs };
  }

  kvBefore(vigyId: string, seq: number): Promise<KvVersion[]> {
    return this.guard(() => this.current(vigyId, seq));
  }

  importKv(vigyId: string, entries: readonly (readonly [string, string])[]): Promise<void> {
    return this.guard(() => {
      for (const [key, text] of entries) this.addVersion(vigyId, key, { seq: 0, text });
    });
  }

  private addVersion(vigyId: string, key: string, v: Version): void {
    let kv = this.kvOf.get(vigyId);
    if (kv === undefined) this.kvOf.set(vigyId, (kv = new Map()));
    const versions = kv.get(key) ?? [];
    const at = versions.findIndex((x) => x.seq >= v.seq);
    if (at < 0) versions.push(v);
    else if (versions[at]!.seq === v.seq) versions[at] = v;
    else versions.splice(at, 0, v);
    kv.set(key, versions);
  }

  loadState(vigyId: string): Promise<VigyState> {
    return this.guard(() => {
      const runs = this.runsOf.get(vigyId) ?? [];
      const last = runs[runs.length - 1];
      let failures = 0;
      for (let i = runs.length - 1; i >= 0 && failures < 8 && runs[i]!.result === "failed"; i--) failures++;
      return { kv: this.current(vigyId), head: last === undefined ? null : { seq: last.seq, digest: last.digest }, failures };
    });
  }

  commit(batch: CommitBatch): Promise<void> {
    return this.guard(() => {
      if (this.failCommits !== null) throw this.failCommits;
      // Check first, so a failing batch changes nothing (as a rolled-back transaction).
      for (const r of batch.runs) {
        const runs = this.runsOf.get(r.vigyId) ?? [];
        if (runs.some((x) => x.seq === r.seq) || batch.runs.some((x) => x !== r && x.vigyId === r.vigyId && x.seq === r.seq)) {
          throw new Error(`UNIQUE constraint failed: runs.vigy_id, runs.seq (${r.vigyId} #${r.seq})`);
        }
      }
      for (const r of batch.runs) {
        const { writes, ...row } = r;
        let runs = this.runsOf.get(r.vigyId);
        if (runs === undefined) this.runsOf.set(r.vigyId, (runs = []));
        runs.push({ ...row, cursor: ++this.cursor });
        for (const [key, text] of writes) this.addVersion(r.vigyId, key, { seq: r.seq, text });
      }
      for (const p of batch.prune) this.prune(p.vigyId, p.belowSeq);
    });
  }

  private prune(vigyId: string, below: number): void {
    // As SqliteStore: the stamps of the newest ok run dropped become ordinary versions first.
    const ok = this.lastOk(vigyId, below);
    if (ok !== null) {
      for (const key of STAMP_KEYS) {
        const newest = (this.kvOf.get(vigyId)?.get(key) ?? []).filter((v) => v.seq < below).at(-1);
        if (newest === undefined || newest.seq < ok.seq) this.addVersion(vigyId, key, { seq: ok.seq, text: stampText(key, ok) });
      }
    }
    const runs = this.runsOf.get(vigyId);
    if (runs !== undefined) this.runsOf.set(vigyId, runs.filter((r) => r.seq >= below));
    for (const [key, versions] of this.kvOf.get(vigyId) ?? []) {
      // As SqliteStore: every version from `below` on, and the newest before it unless a deletion.
      const before = versions.filter((v) => v.seq < below);
      const keep = versions.filter((v) => v.seq >= below);
      const newest = before[before.length - 1];
      if (newest !== undefined && newest.text !== null) keep.unshift(newest);
      if (keep.length === 0) this.kvOf.get(vigyId)!.delete(key);
      else this.kvOf.get(vigyId)!.set(key, keep);
    }
  }

  runs(vigyId: string, limit: number): Promise<StoredRun[]> {
    return this.guard(() => [...(this.runsOf.get(vigyId) ?? [])].reverse().slice(0, limit));
  }

  journal(vigyId: string, from: number, to: number): Promise<StoredRun[]> {
    return this.guard(() => (this.runsOf.get(vigyId) ?? []).filter((r) => r.seq >= from && r.seq <= to));
  }

  runsAfter(cursor: number, limit: number): Promise<StoredRun[]> {
    return this.guard(() =>
      [...this.runsOf.values()]
        .flat()
        .filter((r) => r.cursor > cursor)
        .sort((a, b) => a.cursor - b.cursor)
        .slice(0, limit),
    );
  }

  lastCursor(): Promise<number> {
    return this.guard(() => this.cursor);
  }

  kv(vigyId: string): Promise<KvVersion[]> {
    return this.guard(() => this.current(vigyId));
  }

  kvVersion(vigyId: string, key: string, seq: number): Promise<string | null | undefined> {
    return this.guard(() => {
      const v = this.kvOf.get(vigyId)?.get(key)?.find((x) => x.seq === seq);
      if (v !== undefined || !isStampKey(key)) return v?.text;
      const run = this.runsOf.get(vigyId)?.find((r) => r.seq === seq);
      return run?.result === "ok" ? stampText(key, { seq, tick: run.tick, startedMs: run.startedMs }) : undefined;
    });
  }

  acquireLock(holder: LockHolder): Promise<string> {
    return this.guard(() => {
      const now = Date.now();
      if (this.lock !== null && holderAlive(this.lock, now)) throw lockedError(this.location, this.lock, now);
      const token = randomUUID();
      this.lock = { ...holder, token, startedMs: now, heartbeatMs: now };
      return token;
    });
  }

  heartbeat(token: string): Promise<void> {
    return this.guard(() => {
      if (this.lock?.token !== token) throw lostLockError(this.location);
      this.lock = { ...this.lock, heartbeatMs: Date.now() };
    });
  }

  releaseLock(token: string): Promise<void> {
    return this.guard(() => {
      if (this.lock?.token === token) this.lock = null;
    });
  }

  changeMark(): Promise<number> {
    return this.guard(() => this.mark);
  }

  requestTick(vigyId: string): Promise<number> {
    return this.guard(() => {
      this.requests.push({ id: this.requests.length + 1, vigyId, createdMs: Date.now() });
      this.mark++;
      return this.requests.length;
    });
  }

  pendingRequests(): Promise<TickRequest[]> {
    return this.guard(() => this.requests.filter((r) => r.done === undefined).map(({ id, vigyId, createdMs }) => ({ id, vigyId, createdMs })));
  }

  finishRequest(id: number, seq: number | null, error: string | null): Promise<void> {
    return this.guard(() => {
      const r = this.requests[id - 1];
      if (r !== undefined) r.done = { seq, error };
    });
  }

  requestOutcome(id: number): Promise<RequestOutcome> {
    return this.guard(() => {
      const r = this.requests[id - 1];
      if (r === undefined) return { done: true, seq: null, error: `no tick request ${id}` };
      return r.done === undefined ? { done: false } : { done: true, ...r.done };
    });
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  private guard<T>(f: () => T): Promise<T> {
    try {
      return Promise.resolve(f());
    } catch (e) {
      return Promise.reject(e);
    }
  }
}
