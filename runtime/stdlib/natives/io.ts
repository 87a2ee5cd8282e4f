/** Output natives (spec §4.5). Everything prints Display text, so strings keep their quotes. */
import { writeOut } from "../../io/output.js";
import { display } from "../../values/printer.js";
import type { Native } from "../../values/types.js";
import { ANY, native } from "./define.js";

export const displayNative = /* @__PURE__ */ native("display", 1, 1, (v) => {
  writeOut(display(v));
  return null;
});

export const print = /* @__PURE__ */ native("print", 1, 1, (v) => {
  writeOut(display(v) + "\n");
  return null;
});

export const println = /* @__PURE__ */ native("println", 0, ANY, (...args) => {
  writeOut(args.map(display).join(" ") + "\n");
  return null;
});

export const newline = /* @__PURE__ */ native("newline", 0, 0, () => {
  writeOut("\n");
  return null;
});

/** This family's natives, in registration order. */
export const NATIVES: readonly Native[] = [displayNative, print, println, newline];
