/** The runtime part compiled modules import natives from, each under its munged Lisp name (`$n`). */
export * from "../stdlib/natives/by-name.generated.js";
