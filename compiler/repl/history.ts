/**
 * The REPL's history between sessions: one entry a line in a file (default ~/.vigyc_history,
 * $VIGYC_HISTORY, or --history; "" keeps none), appended as each input is read so that a
 * session that dies keeps what was typed, and cut to the last HISTORY_SIZE entries at the end.
 * History is a convenience: a file that cannot be read or written never stops a session.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export const HISTORY_SIZE = 1000;

/** The history file, or undefined when history is off. */
export function historyFile(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const f = option ?? env["VIGYC_HISTORY"] ?? join(homedir(), ".vigyc_history");
  return f === "" ? undefined : f;
}

/** An entry as one line: a form typed over several lines is kept on one. */
export const historyEntry = (input: string): string => input.replaceAll("\n", " ");

/** The entries of earlier sessions, newest first (as readline's `history` option takes them). */
export function loadHistory(file: string): string[] {
  if (!existsSync(file)) return [];
  try {
    return readFileSync(file, "utf8").split("\n").filter((l) => l !== "").reverse().slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

export function appendHistory(file: string, input: string): void {
  try {
    appendFileSync(file, historyEntry(input) + "\n");
  } catch {
    // a read-only home does not stop the session
  }
}

/** Keep the last HISTORY_SIZE entries. */
export function trimHistory(file: string): void {
  try {
    const lines = readFileSync(file, "utf8").split("\n").filter((l) => l !== "");
    if (lines.length > HISTORY_SIZE) writeFileSync(file, lines.slice(-HISTORY_SIZE).join("\n") + "\n");
  } catch {
    // see appendHistory
  }
}
