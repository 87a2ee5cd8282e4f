/**
 * Error-object natives (spec §3.7, §4.6): `error` and `ex-info` build LErrorValue objects (they
 * do not raise), `throw` raises any value as a user error, and the accessors read them back.
 * `error?` is defined with the other type predicates (predicates.ts).
 */
import { nativeErr, typeErr, userErr } from "../../errors/lisp-error.js";
import { equal } from "../../values/equality.js";
import { typeName } from "../../values/type-name.js";
import { listOf } from "../../values/list-storage.js";
import { Kw, LErrorValue, LList, Sym, type Native, type Value } from "../../values/types.js";
import { native } from "./define.js";

/** Validate an error's data argument: a plist, i.e. nil or an even-length list. */
function plist(v: Value): readonly Value[] {
  if (v === null) return [];
  if (!(v instanceof LList)) throw typeErr("plist (list)", typeName(v));
  if (v.length % 2 !== 0) throw nativeErr("plist", "plist must have even number of elements (k v k v ...)");
  return v.toArray();
}

function message(v: Value): string {
  if (typeof v === "string") return v;
  throw typeErr("string", typeName(v));
}

function errorArg(v: Value): LErrorValue {
  if (v instanceof LErrorValue) return v;
  throw typeErr("error", typeName(v));
}

export const error = /* @__PURE__ */ native("error", 2, 3, (...args) => {
  const t = args[0];
  let tag: string;
  if (t instanceof Kw || t instanceof Sym) tag = t.name;
  else if (typeof t === "string") tag = t;
  else throw typeErr("keyword/symbol/string", typeName(t));
  const msg = message(args[1]);
  return new LErrorValue(tag, msg, args.length === 3 ? plist(args[2]) : []);
});

export const exInfo = /* @__PURE__ */ native("ex-info", 1, 2, (...args) => {
  const msg = message(args[0]);
  return new LErrorValue("ex-info", msg, args.length === 2 ? plist(args[1]) : []);
});

export const throwNative = /* @__PURE__ */ native("throw", 1, 1, (v) => {
  throw userErr(v);
});

export const errorTag = /* @__PURE__ */ native("error-tag", 1, 1, (e) => Kw.of(errorArg(e).tag));

export const errorMessage = /* @__PURE__ */ native("error-message", 1, 1, (e) => errorArg(e).message);

// A fresh flat plist (an empty list, not nil, when there is no data).
export const errorData = /* @__PURE__ */ native("error-data", 1, 1, (e) => listOf(errorArg(e).data.slice()));

export const errorDataGet = /* @__PURE__ */ native("error-data-get", 2, 2, (e, key) => {
  const d = errorArg(e).data;
  for (let i = 0; i + 1 < d.length; i += 2) if (equal(d[i], key)) return d[i + 1];
  return null;
});

/** This family's natives, in registration order. */
export const NATIVES: readonly Native[] = [error, exInfo, throwNative, errorTag, errorMessage, errorData, errorDataGet];
