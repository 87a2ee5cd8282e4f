/**
 * How a program reaches each global name it reads or writes, decided before any code is
 * written (emit-module.ts writes the run function's prologue from it; emit-globals.ts the reads
 * and writes): a name the program defines or assigns is a local of the run function, starting
 * from the native, the stdlib function or the environment's value of that name (and mirrored
 * into the environment when the linked stdlib reads it); a native it never defines is the
 * native; any other name is read from the tick's environment, as a stdlib function or as a
 * host intrinsic (or a name nobody defines).
 */
import { BUILTINS } from "../../runtime/stdlib/natives/index.js";
import type { Facts } from "./facts.js";
import type { StdlibLink } from "./stdlib-names.js";

export interface WrittenGlobal {
  readonly name: string;
  readonly initial: "native" | "stdlib" | "env";
  /** Also written to the environment `$P`, where the linked stdlib reads it. */
  readonly mirror: boolean;
}

export interface ReadGlobal {
  readonly name: string;
  readonly kind: "native" | "stdlib" | "dynamic";
}

export interface GlobalsPlan {
  /** In the order the prologue declares them. */
  readonly written: readonly WrittenGlobal[];
  /** Read and never written, in the order the prologue declares them. */
  readonly read: readonly ReadGlobal[];
  /** The natives the program calls as such (the module's info lists them). */
  readonly natives: readonly string[];
  /** Some definition is mirrored: the tick gets an environment of its own. */
  readonly freshEnv: boolean;
}

export function planGlobals(facts: Facts, lateBound: ReadonlySet<string>, stdlibDefines: ReadonlySet<string>, link: StdlibLink): GlobalsPlan {
  // The stdlib's definitions replace natives of the same name (`not=`), as they run after them.
  const isNative = (name: string): boolean => BUILTINS.has(name) && !lateBound.has(name) && !stdlibDefines.has(name);
  const written: WrittenGlobal[] = [];
  const read: ReadGlobal[] = [];
  const natives: string[] = [];
  for (const name of facts.globalsWritten) {
    const initial = isNative(name) ? "native" : stdlibDefines.has(name) ? "stdlib" : "env";
    // A definition the linked stdlib reads goes to its environment too, as late binding requires.
    written.push({ name, initial, mirror: link.reads.has(name) });
    if (initial === "native") natives.push(name);
  }
  for (const name of facts.globalsRead) {
    if (facts.globalsWritten.has(name)) continue;
    const kind = isNative(name) ? "native" : stdlibDefines.has(name) ? "stdlib" : "dynamic";
    read.push({ name, kind });
    if (kind === "native") natives.push(name);
  }
  return { written, read, natives, freshEnv: written.some((w) => w.mirror) };
}
