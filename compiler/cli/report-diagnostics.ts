/** How build and check print diagnostics: code frames for people, JSON lines with --json. */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { diagnosticJson, formatDiagnostic } from "../diagnostics/format.js";
import { SourceLines } from "../diagnostics/source-lines.js";

export interface Tally {
  errors: number;
  warnings: number;
}

export const newTally = (): Tally => ({ errors: 0, warnings: 0 });

/** Print one file's diagnostics (`write` is stdout for check, stderr for build) and count them. */
export function reportDiagnostics(diags: readonly Diagnostic[], source: string, json: boolean, color: boolean, write: (t: string) => void, tally: Tally): void {
  if (diags.length === 0) return;
  const lines = json ? undefined : new SourceLines(source);
  for (const d of diags) {
    if (d.severity === "error") tally.errors++;
    else tally.warnings++;
    write(json ? JSON.stringify(diagnosticJson(d)) + "\n" : formatDiagnostic(d, lines, { color }));
  }
}
