/**
 * Group commit: finished runs queue up and go to the store together, one transaction per batch
 * (the next batch forms while one is being written), at most one every GROUP_MS. A run counts, and is reported, only once
 * its batch is committed. A failed commit changes nothing in the store; its runs stay at the
 * head of the queue and are retried (never dropped), so the kv a worker holds in memory and the
 * store never disagree about a committed tick.
 *
 * Retention: a vigy keeps its last `keep` runs (each its journal entry); older ones are pruned in
 * the same transactions, a tenth of `keep` at a time.
 */
import type { RunOutcome } from "../exec/protocol.js";
import type { Store } from "../store/store.js";

/** The shortest time between two commits. */
export const GROUP_MS = 5;

export interface CommitterOptions {
  readonly keep: number;
  readonly onCommitted: (runs: readonly RunOutcome[]) => void;
  /** A commit failed; it is retried after `retryMs`. */
  readonly onError: (e: unknown, attempt: number, retryMs: number) => void;
}

export class Committer {
  private queue: RunOutcome[] = [];
  private writing = false;
  private scheduled = false;
  private attempts = 0;
  private retry: NodeJS.Timeout | null = null;
  private readonly idle: (() => void)[] = [];
  private readonly step: number;
  private lastCommit = -Infinity;

  constructor(
    private readonly store: Store,
    private readonly opts: CommitterOptions,
  ) {
    this.step = Math.max(1, Math.ceil(opts.keep / 10));
  }

  /** Runs waiting or being written. */
  get backlog(): number {
    return this.queue.length;
  }

  enqueue(runs: readonly RunOutcome[]): void {
    for (const r of runs) this.queue.push(r);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.writing || this.retry !== null) return;
    this.scheduled = true;
    const run = (): void => {
      this.scheduled = false;
      void this.flush();
    };
    // At most one transaction per GROUP_MS: a commit's fixed cost (writing its WAL frames) is
    // then shared by the runs of a few milliseconds, which costs each run at most that much latency.
    const wait = this.lastCommit + GROUP_MS - performance.now();
    if (wait > 0) setTimeout(run, wait);
    else setImmediate(run);
  }

  private prunes(runs: readonly RunOutcome[]) {
    const out: { vigyId: string; belowSeq: number }[] = [];
    for (const r of runs) {
      if (r.seq >= this.opts.keep + this.step && r.seq % this.step === 0) out.push({ vigyId: r.vigyId, belowSeq: r.seq - this.opts.keep + 1 });
    }
    return out;
  }

  private async flush(): Promise<void> {
    if (this.writing || this.queue.length === 0) return this.settle();
    const runs = this.queue;
    this.queue = [];
    this.writing = true;
    try {
      await this.store.commit({ runs, prune: this.prunes(runs) });
      this.lastCommit = performance.now();
      this.attempts = 0;
      this.writing = false;
      this.opts.onCommitted(runs);
    } catch (e) {
      this.writing = false;
      this.queue = runs.concat(this.queue);
      this.attempts++;
      const wait = Math.min(100 * 2 ** (this.attempts - 1), 5000);
      this.opts.onError(e, this.attempts, wait);
      this.retry = setTimeout(() => {
        this.retry = null;
        void this.flush();
      }, wait);
      return;
    }
    if (this.queue.length > 0) this.schedule();
    else this.settle();
  }

  private settle(): void {
    if (this.queue.length > 0 || this.writing) return;
    for (const f of this.idle.splice(0)) f();
  }

  /** Resolves once everything enqueued so far is committed; false if that took longer than `ms`. */
  drain(ms = Infinity): Promise<boolean> {
    if (this.queue.length === 0 && !this.writing) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = ms === Infinity ? null : setTimeout(() => resolve(false), ms);
      this.idle.push(() => {
        if (timer !== null) clearTimeout(timer);
        resolve(true);
      });
      if (this.retry !== null) {
        // A stop does not wait out the backoff: try again now.
        clearTimeout(this.retry);
        this.retry = null;
        void this.flush();
      } else this.schedule();
    });
  }

  /** Stop retrying (after a failed final drain). */
  abandon(): number {
    if (this.retry !== null) clearTimeout(this.retry);
    this.retry = null;
    const n = this.queue.length;
    this.queue = [];
    return n;
  }
}
