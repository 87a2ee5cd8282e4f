/** The package's version, from the nearest package.json named vigy-js above this file. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export function version(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "vigy-js" && pkg.version !== undefined) return pkg.version;
    } catch {
      // not here: look further up
    }
    dir = dirname(dir);
  }
  return "unknown";
}
