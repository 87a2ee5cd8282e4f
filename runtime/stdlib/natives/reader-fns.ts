/**
 * read-string, read-all (spec §4.5) and gensym (§3.12). The readers only read data, with the
 * runtime's reader; the whole source is read before the first form is taken, so a reader error
 * anywhere in it is raised (as a `reader error: …`).
 */
import { nativeErr, typeErr } from "../../errors/lisp-error.js";
import { readData } from "../../reader/read-data.js";
import { listOf } from "../../values/list-storage.js";
import { typeName } from "../../values/type-name.js";
import { Sym, type Native, type Value } from "../../values/types.js";
import { native } from "./define.js";

function asSource(v: Value): string {
  if (typeof v === "string") return v;
  throw typeErr("string", typeName(v));
}

/** Process-global, like the reference's: names never repeat within a process. */
let gensymCounter = 0;

/**
 * The number the next gensym takes. A runner sets it before each tick (to a value that depends
 * only on the program), so that the names a tick makes do not depend on what ran before it in
 * the process and a replay of the tick makes the same ones.
 */
export function nextGensym(): number {
  return gensymCounter;
}

export function setNextGensym(n: number): void {
  gensymCounter = n;
}

export const readString = /* @__PURE__ */ native("read-string", 1, 1, (src) => {
  const data = readData(asSource(src));
  if (data.length === 0) throw nativeErr("read-string", "empty source");
  return data[0]!;
});

export const readAll = /* @__PURE__ */ native("read-all", 1, 1, (src) => listOf(readData(asSource(src))));

export const gensym = /* @__PURE__ */ native("gensym", 0, 1, (...args) => {
  const n = gensymCounter++; // taken before the argument check, as in the reference
  let prefix = "g";
  if (args.length === 1) {
    const p = args[0]!;
    if (typeof p === "string") prefix = p;
    else if (p instanceof Sym) prefix = p.name;
    else throw typeErr("string or symbol", typeName(p));
  }
  return Sym.of(`${prefix}__${n}__auto`);
});

/** This family's natives, in registration order. */
export const NATIVES: readonly Native[] = [readString, readAll, gensym];
