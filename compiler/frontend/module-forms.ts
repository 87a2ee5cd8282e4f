/**
 * Top-level `provide` and `require` (spec §3.11). vigy-js installs no module loader, so a
 * well-formed require raises #<error :module-not-found …> when it runs, and provide is always
 * an error outside a module load; malformed requires report what was expected.
 */
import type { Expr } from "../../runtime/ir/nodes.js";
import type { Form } from "../../runtime/values/form.js";
import { badForm, pos, type Ctx } from "../analyze/context.js";

export function isModuleForm(f: Form): f is Extract<Form, { k: "list" }> {
  if (f.k !== "list" || f.items[0]?.k !== "sym") return false;
  const n = f.items[0].name;
  return n === "provide" || n === "require";
}

export function analyzeModuleForm(f: Extract<Form, { k: "list" }>, ctx: Ctx): Expr {
  const head = (f.items[0] as Extract<Form, { k: "sym" }>).name;
  if (head === "provide") {
    return badForm(ctx, f, "provide", "`provide` only valid at module top level — embedder evaluating top-level code has no current module");
  }
  const items = f.items;
  if (items.length < 2) return badForm(ctx, f, "require", 'expected (require "path" [:as alias] [:refer (...)])');
  const path = items[1]!;
  if (path.k !== "str") return badForm(ctx, path, "require", "first arg must be a string path");
  for (let i = 2; i < items.length; i += 2) {
    const kw = items[i]!;
    if (kw.k !== "kw") return badForm(ctx, kw, "require", "expected keyword (:as / :refer) after path");
    const val = items[i + 1];
    if (val === undefined) return badForm(ctx, kw, "require", "keyword without value");
    if (kw.name === "as") {
      if (val.k !== "sym") return badForm(ctx, val, "require", ":as needs a symbol alias");
    } else if (kw.name === "refer") {
      if (val.k !== "list") return badForm(ctx, val, "require", ":refer needs a parenthesized list of symbols");
      const bad = val.items.find((n) => n.k !== "sym");
      if (bad) return badForm(ctx, bad, "require", ":refer list must contain symbols only");
    } else return badForm(ctx, kw, "require", `unknown require option :${kw.name}`);
  }
  return { t: "require", path: path.v, s: pos(f) };
}
