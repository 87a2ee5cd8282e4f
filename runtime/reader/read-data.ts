/**
 * Text → data, as read-string and read-all return it: the forms as Lisp values, without
 * positions (data carries none, and reader errors show only their text). Flat text (atoms
 * only) takes the shortcut of flat-data.ts.
 */
import { readerErr } from "../errors/lisp-error.js";
import { formToData } from "../values/convert.js";
import type { Value } from "../values/types.js";
import { flatData } from "./flat-data.js";
import { readAll } from "./read.js";
import { ReaderError } from "./reader-error.js";

export function readData(source: string): Value[] {
  try {
    return flatData(source) ?? readAll(source, "<read-string>", false).map(formToData);
  } catch (e) {
    if (e instanceof ReaderError) throw readerErr(e.text);
    throw e;
  }
}
