/**
 * A registration from a .lisp file: its directives (directives.ts), overridden by command-line
 * options, with the defaults: the name is the file's base name, every 1000 ms, a 1000 ms budget.
 */
import { readFileSync } from "node:fs";
import { basename, isAbsolute, relative } from "node:path";
import type { VigySpec } from "../store/store.js";
import { readDirectives } from "./directives.js";
import { DEFAULT_TICK_INTERVAL_MS, RegistryError, tickInterval } from "./interval.js";

export const DEFAULT_BUDGET_MS = 1000;

export interface SpecOptions {
  readonly name?: string;
  readonly everyMs?: number;
  readonly budgetMs?: number;
  readonly labels?: readonly [string, string][];
  readonly disabled?: boolean;
}

/** Paths inside the working directory are kept relative (as error positions show them). */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return !isAbsolute(file) || (!rel.startsWith("..") && !isAbsolute(rel)) ? rel || file : file;
}

export function specFromSource(file: string, program: string, opts: SpecOptions = {}): VigySpec {
  const d = readDirectives(program, file);
  const budgetMs = opts.budgetMs ?? d.budgetMs ?? DEFAULT_BUDGET_MS;
  if (!(budgetMs > 0)) throw new RegistryError(`invalid budget ${budgetMs} ms: must be > 0`);
  return {
    name: opts.name ?? d.name ?? basename(file).replace(/\.lisp$/, ""),
    program,
    file,
    intervalMs: tickInterval(opts.everyMs ?? d.everyMs ?? DEFAULT_TICK_INTERVAL_MS),
    budgetMs,
    enabled: !(opts.disabled ?? d.disabled),
    labels: new Map([...d.labels, ...(opts.labels ?? [])]),
  };
}

export function specFromFile(path: string, opts: SpecOptions = {}): VigySpec {
  let program: string;
  try {
    program = readFileSync(path, "utf8");
  } catch (e) {
    throw new RegistryError(`cannot read ${path}: ${(e as Error).message}`);
  }
  return specFromSource(displayPath(path), program, opts);
}
