/** The one way results leave a benchmark run: the table on stdout, every figure as JSON in a file. */
import { writeFileSync } from "node:fs";
import type { SuiteResult } from "./suite.js";
import { formatTable } from "./table.js";

export function report(result: SuiteResult, file: string, io: { out(text: string): void; err(text: string): void }): void {
  io.out(formatTable(result));
  writeFileSync(file, JSON.stringify(result, null, 2) + "\n");
  io.err(`results written to ${file}\n`);
}
