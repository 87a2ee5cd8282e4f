/**
 * Helpers of the runner tests: the built CLI (these tests run `vigyc` as a user does, so
 * `npm run build` must have run: `npm test` does), temporary stores, and reading a store file
 * directly to check what it holds.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = join(ROOT, "bin", "vigyc.js");

export interface Result {
  readonly status: number | null;
  readonly out: string;
  readonly err: string;
}

export function vigyc(args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}): Result {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, ...opts.env },
    encoding: "utf8",
    timeout: opts.timeout ?? 60_000,
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

/** `vigyc …` in the background (a runner). */
export function vigycBackground(args: readonly string[], opts: { cwd?: string } = {}): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, stdio: ["ignore", "pipe", "pipe"] });
}

export function tempDir(prefix = "vigy-runner-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Write `files` (name → text) under a new directory; returns it. */
export function vigyDir(files: Record<string, string>): string {
  const dir = tempDir();
  mkdirSync(join(dir, "v"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "v", name), text);
  return dir;
}

export function openDb(file: string): Database.Database {
  return new Database(file, { readonly: true });
}

/** Resolves when `child` has printed `n` lines on stdout (or exited). */
export function linesOf(child: ChildProcess): { lines: string[]; until: (n: number) => Promise<void> } {
  const lines: string[] = [];
  let buf = "";
  const waiters: { n: number; resolve: () => void }[] = [];
  const wake = (): void => {
    for (const w of waiters.splice(0)) (lines.length >= w.n ? w.resolve : () => waiters.push(w))();
  };
  child.stdout!.setEncoding("utf8");
  child.stdout!.on("data", (d: string) => {
    buf += d;
    const parts = buf.split("\n");
    buf = parts.pop()!;
    lines.push(...parts);
    wake();
  });
  child.on("exit", () => {
    for (const w of waiters.splice(0)) w.resolve();
  });
  return {
    lines,
    until: (n) => new Promise((resolve) => (lines.length >= n ? resolve() : (waiters.push({ n, resolve }), undefined))),
  };
}

export const exited = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on("exit", (code) => resolve(code))));

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
