/** The runtime part compiled modules import the late-bound stdlib installers from, by munged Lisp name (`$l`). */
export * from "../stdlib/prelude-js.generated.js";
