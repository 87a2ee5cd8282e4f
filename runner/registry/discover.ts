/** The .lisp files named on a command line: files as given, directories searched recursively (sorted). */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { RegistryError } from "./interval.js";

export function lispFiles(inputs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".lisp")) out.push(p);
    }
  };
  for (const input of inputs) {
    let st;
    try {
      st = statSync(input);
    } catch {
      throw new RegistryError(`no such file or directory: ${input}`);
    }
    if (st.isDirectory()) walk(input);
    else out.push(input);
  }
  return out;
}
