/**
 * What `vigyc run` shows: on a terminal a live status (per vigy: ticks, failures, last result,
 * lag), redrawn twice a second; otherwise one line per committed tick; with --json one run
 * record per line (journal/record-text.ts); with --quiet nothing but notices and the summary.
 * Notices (a tick stopped, a commit retried) go to stderr, or into the status view.
 */
import type { Io } from "../../compiler/cli/io.js";
import { runJson, runLine } from "../journal/record-text.js";
import type { CommittedRun, Reporter } from "../supervisor/runner.js";

export type OutputMode = "status" | "lines" | "json" | "quiet";

interface VigyStats {
  ok: number;
  failed: number;
  last: CommittedRun | null;
  maxLag: number;
}

export class RunOutput implements Reporter {
  private readonly stats = new Map<string, VigyStats>();
  private readonly notices: string[] = [];
  private readonly started = Date.now();
  private drawn = 0;
  private timer: NodeJS.Timeout | null = null;
  total = 0;
  failed = 0;

  constructor(
    private readonly io: Io,
    private readonly mode: OutputMode,
    private readonly header: string,
  ) {
    if (mode === "status") this.timer = setInterval(() => this.draw(), 500);
  }

  committed(runs: readonly CommittedRun[]): void {
    let text = "";
    for (const r of runs) {
      this.total++;
      if (r.result === "failed") this.failed++;
      let s = this.stats.get(r.name);
      if (s === undefined) this.stats.set(r.name, (s = { ok: 0, failed: 0, last: null, maxLag: 0 }));
      if (r.result === "ok") s.ok++;
      else s.failed++;
      s.last = r;
      if (r.lagMs > s.maxLag) s.maxLag = r.lagMs;
      if (this.mode === "json") text += runJson(r) + "\n";
      else if (this.mode === "lines") text += runLine(r, r.summary, 16) + "\n";
    }
    if (text !== "") this.io.out(text);
  }

  notice(vigy: string | null, text: string): void {
    const line = `${new Date().toISOString().slice(11, 19)} ${vigy === null ? "" : vigy + ": "}${text}`;
    if (this.mode === "status") {
      this.notices.push(line);
      if (this.notices.length > 6) this.notices.shift();
    } else this.io.err(`vigyc run: ${vigy === null ? "" : vigy + ": "}${text}\n`);
  }

  private draw(): void {
    const secs = ((Date.now() - this.started) / 1000).toFixed(0);
    const lines = [`${this.header} · ${secs} s · ${this.total} ticks committed · Ctrl-C stops`, ""];
    lines.push(`${"VIGY".padEnd(20)} ${"TICKS".padStart(7)} ${"FAILED".padStart(7)}  ${"LAST".padEnd(6)} ${"LAG".padStart(9)} ${"MAX LAG".padStart(9)}  WHAT IT DID`);
    const cols = process.stdout.columns ?? 120;
    for (const [name, s] of [...this.stats].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const last = s.last!;
      const row =
        `${name.slice(0, 20).padEnd(20)} ${String(s.ok).padStart(7)} ${String(s.failed).padStart(7)}  ${(last.result === "ok" ? "ok" : "FAILED").padEnd(6)} ` +
        `${last.lagMs.toFixed(1).padStart(6)} ms ${s.maxLag.toFixed(1).padStart(6)} ms  ${last.summary}`;
      lines.push(row.slice(0, cols - 1));
    }
    if (this.notices.length > 0) lines.push("", ...this.notices.map((n) => n.slice(0, cols - 1)));
    const up = this.drawn > 0 ? `\x1b[${this.drawn}F\x1b[J` : "";
    this.io.out(up + lines.join("\n") + "\n");
    this.drawn = lines.length;
  }

  /** Stop redrawing without a summary (the runner did not start). */
  dispose(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  /** The last status, then one line of totals (stderr). */
  finish(uncommitted: number): void {
    if (this.timer !== null) {
      clearInterval(this.timer);
      this.draw();
    }
    const secs = ((Date.now() - this.started) / 1000).toFixed(1);
    let s = `vigyc run: stopped after ${secs} s: ${this.total} ticks committed (${this.failed} failed)`;
    if (uncommitted > 0) s += `; ${uncommitted} finished ticks could not be committed (the store kept failing) and did not happen`;
    this.io.err(s + "\n");
  }
}
