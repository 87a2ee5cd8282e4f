/**
 * Replay (the tisyn kernel's model, made strict): every recorded tick of a vigy is run again on
 * its recorded inputs (the kv as it stood before it, its tick metadata, its clock readings and
 * gensym base) in a tick worker under the vigy's time budget, and what it gives back is compared
 * with the journal. With the recorded program every tick must match byte for byte; with an
 * edited one the differing ticks are reported field by field. The journal's chain is verified
 * on the way (each entry's digest, and its link to the one before).
 */
import { monoNow } from "../exec/running-slot.js";
import { entryDigest } from "../journal/entry.js";
import { programDigest } from "../registry/vigy-id.js";
import type { ReplayedMsg } from "../exec/protocol.js";
import type { Store, StoredRun, VigyRow } from "../store/store.js";
import { CompileService, type CompiledCode } from "../supervisor/compile-service.js";
import { TickWorker } from "../supervisor/tick-worker.js";
import { compareEntries, entryInput, type Difference } from "./compare.js";
import type { Json } from "../../runtime/vigy/json.js";

export interface ReplayOptions {
  /** An edited program (its text); positions are still reported under the vigy's file name. */
  readonly program?: string;
  /** What to call the edited program in the summary. */
  readonly programName?: string;
  readonly from?: number;
  readonly last?: number;
  readonly heapMb?: number;
}

export type Verdict = "match" | "diverged" | "skipped";

export interface TickReplay {
  readonly seq: number;
  readonly tick: number;
  readonly verdict: Verdict;
  readonly differences: readonly Difference[];
  /** Why it was skipped, or something worth knowing (extra clock reads). */
  readonly note?: string;
}

export interface ReplaySummary {
  readonly vigy: string;
  readonly name: string;
  readonly program: string;
  readonly ticks: number;
  readonly diverged: number;
  readonly matched: number;
  readonly skipped: number;
  readonly from: number | null;
  readonly to: number | null;
  /** "ok", or where the chain of digests is broken. */
  readonly chain: string;
}

async function selectRuns(store: Store, v: VigyRow, o: ReplayOptions): Promise<StoredRun[]> {
  if (o.last !== undefined) return (await store.runs(v.id, o.last)).reverse();
  return store.journal(v.id, o.from ?? 0, Number.MAX_SAFE_INTEGER);
}

/** Each entry's digest is its SHA-256, and each names the one before. */
function checkChain(runs: readonly StoredRun[]): string {
  let prev: string | null | undefined;
  for (const r of runs) {
    if (entryDigest(r.entry) !== r.digest) return `broken at #${r.seq}: its entry does not hash to its digest`;
    const named = JSON.parse(r.entry).prev as string | null;
    if (prev !== undefined && named !== prev) return `broken at #${r.seq}: it names ${named} as the previous entry, not ${prev}`;
    prev = r.digest;
  }
  return "ok";
}

class ReplayWorker {
  private w: TickWorker | null = null;
  constructor(
    private readonly code: CompiledCode,
    private readonly heapMb: number,
  ) {}

  /** The replayed entry, or the reason the tick was stopped. */
  run(msg: Parameters<TickWorker["post"]>[0] & { type: "replay" }, budgetMs: number): Promise<ReplayedMsg | { stopped: string }> {
    const w = (this.w ??= new TickWorker("general", this.heapMb));
    w.ensureProgram(this.code);
    return new Promise((resolve) => {
      const done = (r: ReplayedMsg | { stopped: string }): void => {
        clearInterval(watch);
        w.worker.off("message", onMessage);
        w.worker.off("error", onError);
        if ("stopped" in r) {
          void w.kill();
          this.w = null;
        }
        resolve(r);
      };
      const onMessage = (m: { type: string }): void => {
        if (m.type === "replayed" && (m as ReplayedMsg).seq === msg.seq) done(m as ReplayedMsg);
      };
      const onError = (e: Error & { code?: string }): void =>
        done({ stopped: e.code === "ERR_WORKER_OUT_OF_MEMORY" ? `stopped: the tick ran out of memory (a tick worker's heap is limited to ${this.heapMb} MB)` : `stopped: the tick worker failed: ${e.message}` });
      const watch = setInterval(() => {
        const t = w.slot.read();
        if (t !== null && monoNow() - t.startedAt > budgetMs) done({ stopped: `stopped: the tick ran longer than its budget of ${budgetMs} ms` });
      }, 20);
      w.worker.on("message", onMessage);
      w.worker.on("error", onError);
      w.post(msg);
    });
  }

  async close(): Promise<void> {
    await this.w?.kill();
  }
}

export async function replayVigy(store: Store, v: VigyRow, o: ReplayOptions, onTick: (t: TickReplay) => void): Promise<ReplaySummary> {
  const runs = await selectRuns(store, v, o);
  const source = o.program ?? v.program;
  const digest = programDigest(v.file, source);
  const compiler = new CompileService();
  const code = await compiler.compile(digest, v.file, source);
  await compiler.close();
  const worker = new ReplayWorker(code, o.heapMb ?? 512);
  let diverged = 0;
  let matched = 0;
  let skipped = 0;
  try {
    for (const r of runs) {
      const input = entryInput(r.entry);
      const recordedProgram = (JSON.parse(r.entry) as { program: string }).program;
      if (input.get("stopped") === true) {
        skipped++;
        onTick({ seq: r.seq, tick: r.tick, verdict: "skipped", differences: [], note: `the runner stopped this tick (${r.error}); there is nothing recorded to replay` });
        continue;
      }
      const kv = await store.kvBefore(v.id, r.seq);
      const clock = (input.get("clock") as Json[]).map(Number);
      // The recorded program's own gensym base is an input; an edited program starts from its own.
      const gensymBase = recordedProgram === digest ? Number(input.get("gensym")) : code.gensymBase;
      const prev = (JSON.parse(r.entry) as { prev: string | null }).prev;
      const result = await worker.run(
        { type: "replay", id: v.id, digest, seq: r.seq, prev, kv: kv.map((e) => [e.key, e.text, e.seq] as const), tickStartMs: Number(input.get("tick_start_ms")), clock, gensymBase },
        v.budgetMs,
      );
      let differences: Difference[];
      let note: string | undefined;
      if ("stopped" in result) {
        differences = [{ field: "error", recorded: r.error === null ? null : JSON.stringify(r.error), replayed: JSON.stringify(result.stopped) }];
      } else {
        differences = compareEntries(r.entry, result.entry);
        if (result.extraClockReads > 0) note = `read the clock ${result.extraClockReads} more time(s) than the recorded tick; those readings repeat the last recorded one`;
      }
      if (differences.length === 0) matched++;
      else diverged++;
      onTick({ seq: r.seq, tick: r.tick, verdict: differences.length === 0 ? "match" : "diverged", differences, ...(note === undefined ? {} : { note }) });
    }
  } finally {
    await worker.close();
  }
  return {
    vigy: v.id,
    name: v.name,
    program: o.program === undefined ? "recorded" : o.programName ?? "edited",
    ticks: matched + diverged,
    diverged,
    matched,
    skipped,
    from: runs[0]?.seq ?? null,
    to: runs[runs.length - 1]?.seq ?? null,
    chain: checkChain(runs),
  };
}
