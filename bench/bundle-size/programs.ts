/** The vigies whose bundles bench/bundle-size measures. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { stdlibNames } from "../../compiler/emit/stdlib-names.js";
import { BUILTINS } from "../../runtime/stdlib/natives/index.js";

const example = (name: string): string => readFileSync(fileURLToPath(new URL(`../../examples/${name}.lisp`, import.meta.url)), "utf8");

/** A vigy that refers to every stdlib function and every native (as values), so its bundle holds all of them. */
export function wholeStdlib(): string {
  const names = [...stdlibNames().defines, ...BUILTINS.keys()].sort();
  return `(define all (list ${names.join(" ")}))\n(vigy-set "count" (length all))\n(vigy-log "info" "every stdlib function")\n`;
}

export const SIZE_PROGRAMS: readonly { readonly name: string; readonly source: () => string; readonly about: string }[] = [
  { name: "hello", source: () => example("hello-vigy"), about: "examples/hello-vigy.lisp: a log line and a noop" },
  { name: "tear-mirror", source: () => example("tear-mirror-fixed"), about: "examples/tear-mirror-fixed.lisp: intrinsics of every kind, a little stdlib" },
  { name: "fleet", source: () => readFileSync(fileURLToPath(new URL("../programs/fleet.lisp", import.meta.url)), "utf8"), about: "bench/programs/fleet.lisp: maps, hash-map natives, get/frequencies" },
  { name: "whole-stdlib", source: wholeStdlib, about: "every stdlib function and native referenced" },
  { name: "reflective", source: () => '(vigy-set "x" (eval (read-string "(+ 1 2)")))', about: "eval of read-string: the interpreter, the stdlib IR and the front end" },
];
