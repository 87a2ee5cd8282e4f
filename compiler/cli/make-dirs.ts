/**
 * `mkdir -p` that always returns: Node 20's `mkdirSync(dir, { recursive: true })` loops forever
 * on a path under a directory that refuses new entries with ENOENT (`/proc/x`), so `vigyc build
 * -o /proc/x` and `vigyc run --store /proc/x/db` hung. Here each missing level is made once,
 * from the nearest existing ancestor down, and the first refusal is thrown.
 */
import { mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";

export function makeDirs(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST" && statSync(dir).isDirectory()) return;
    const parent = dirname(dir);
    if (code !== "ENOENT" || parent === dir) throw e;
    makeDirs(parent);
    // The parent exists now; a second refusal is this directory's own and is thrown.
    mkdirSync(dir);
  }
}
