/** The runtime part compiled modules import the bound stdlib functions from, by munged Lisp name (`$f`). */
export * from "../stdlib/prelude-js-bound.generated.js";
