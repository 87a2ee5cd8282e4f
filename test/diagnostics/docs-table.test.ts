/**
 * The one docs table (compiler/docs/table.ts) covers every name the language provides, with
 * the arity the definitions themselves have, parameters and a description; nothing in it is
 * stale; and the special forms' shapes are what malformed-form diagnostics suggest.
 */
import { describe, expect, it } from "vitest";
import { specialForm } from "../../compiler/analyze/special-forms.js";
import { docOf, docs, docText } from "../../compiler/docs/table.js";
import { INTRINSIC_DOCS } from "../../compiler/docs/intrinsics.js";
import { NATIVE_DOCS } from "../../compiler/docs/natives.js";
import { SPECIAL_FORM_DOCS } from "../../compiler/docs/special-forms.js";
import { STDLIB_DOCS } from "../../compiler/docs/stdlib.js";
import { BUILTINS } from "../../runtime/stdlib/natives/index.js";
import { prelude } from "../../runtime/stdlib/prelude-ir.generated.js";
import { STANDARD_EXTENSIONS } from "../../runtime/vigy/intrinsics/index.js";

const stdlibNames = prelude()
  .forms.filter((f) => f.t === "defg" || f.t === "defmacro")
  .map((f) => (f as { name: string }).name);
const intrinsics = STANDARD_EXTENSIONS.flatMap((e) => e.intrinsics);

describe("the docs table", () => {
  it("documents every native, with its arity", () => {
    for (const n of BUILTINS.values()) {
      expect(NATIVE_DOCS[n.name], n.name).toBeDefined();
      const d = docOf(n.name)!;
      // The stdlib's not= replaces the native's.
      if (d.kind === "native") expect([d.min, d.max], n.name).toEqual([n.min, n.max]);
    }
    expect(Object.keys(NATIVE_DOCS).filter((k) => !BUILTINS.has(k))).toEqual([]);
  });

  it("documents every stdlib function and macro, with its parameters", () => {
    for (const name of stdlibNames) expect(STDLIB_DOCS[name], name).toBeDefined();
    expect(Object.keys(STDLIB_DOCS).filter((k) => !stdlibNames.includes(k))).toEqual([]);
    expect(docOf("range")).toMatchObject({ kind: "function", params: "&rest args", min: 0, max: Infinity, signature: "(range &rest args)" });
    expect(docOf("when-let")).toMatchObject({ kind: "macro", params: "binding &rest body" });
  });

  it("documents every intrinsic, with its arity", () => {
    for (const i of intrinsics) {
      expect(INTRINSIC_DOCS[i.name], i.name).toBeDefined();
      expect(docOf(i.name)).toMatchObject({ kind: "intrinsic", min: i.min, max: i.max });
    }
    expect(Object.keys(INTRINSIC_DOCS).filter((k) => !intrinsics.some((i) => i.name === k))).toEqual([]);
  });

  it("documents every special form the analyzer knows", () => {
    const heads = ["quote", "quasiquote", "if", "cond", "when", "unless", "let", "let*", "letrec", "lambda", "define", "set!", "begin", "and", "or", "not", "try", "delay", "eval", "macroexpand", "macroexpand-1"];
    for (const h of heads) {
      expect(specialForm(h), h).toBeDefined();
      expect(SPECIAL_FORM_DOCS[h], h).toBeDefined();
    }
  });

  it("has a description for everything", () => {
    for (const d of docs().values()) expect(d.summary, d.name).not.toBe("");
    expect(docs().size).toBe(BUILTINS.size - 1 + stdlibNames.length + intrinsics.length + Object.keys(SPECIAL_FORM_DOCS).length);
  });

  it("reads as :doc shows it", () => {
    expect(docText(docOf("vigy-get")!)).toBe("(vigy-get key [default])\n  intrinsic, takes at least 1 argument\n  The kv value at key, or default (with exactly two arguments) or nil.\n");
    expect(docText(docOf("map")!)).toBe("(map f xs &rest more-lists)\n  native, takes at least 2 arguments\n  The list of (f x) for each element (several lists: in step, to the shortest).\n");
    expect(docText(docOf("let")!)).toBe("(let ((name value)…) body…)\n  special form\n  body with the names bound to values computed outside the new scope.\n");
  });
});
