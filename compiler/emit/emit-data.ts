/**
 * Literal data in emitted code. Lists are built afresh on every evaluation (a quoted list is a
 * new list each time, which `eq?` can observe: `$r.listOf` of a new array); atoms that never
 * compare by identity (floats, symbols, keywords, source forms) are module constants.
 */
import type * as ES from "estree";
import type { Datum } from "../../runtime/ir/nodes.js";
import { arr, bigint, call, lit, member, num, str } from "./estree.js";
import type { ModuleCtx } from "./context.js";
import { mangle } from "./munge.js";

function floatExpr(v: number | "inf" | "-inf" | "nan" | "-0"): ES.Expression {
  if (v === "inf") return { type: "Identifier", name: "Infinity" };
  if (v === "-inf") return { type: "UnaryExpression", operator: "-", prefix: true, argument: { type: "Identifier", name: "Infinity" } };
  if (v === "nan") return { type: "Identifier", name: "NaN" };
  if (v === "-0") return num(-0);
  return num(v);
}

/**
 * A string longer than this is a module constant joined from literals of this length: V8 parses
 * one huge string literal in superlinear time (30 MB: 1.7 s, 60 MB: 6.6 s), pieces in linear
 * time (0.3 s, 0.56 s). Strings are values, so one constant serves every evaluation.
 */
const PIECE = 65536;

function joined(s: string): ES.Expression {
  const pieces: ES.Expression[] = [];
  for (let i = 0; i < s.length; i += PIECE) pieces.push(str(s.slice(i, i + PIECE)));
  return call(member(arr(pieces), "join"), [str("")]);
}

export function datumExpr(d: Datum, mod: ModuleCtx): ES.Expression {
  if (d === null || typeof d === "boolean") return lit(d);
  if (typeof d === "number") return num(d);
  if (typeof d === "string") return d.length <= PIECE ? str(d) : mod.constant("t:" + d, "$t", () => joined(d));
  if (Array.isArray(d)) return mod.rt("listOf", [arr(d.map((x) => datumExpr(x, mod)))]);
  const o = d as Exclude<Datum, null | boolean | number | string | readonly Datum[]>;
  if ("int" in o) return bigint(o.int);
  if ("float" in o) return mod.constant("f:" + String(o.float), "$f", () => mod.rt("flt", [floatExpr(o.float)]));
  if ("sym" in o) return mod.constant("s:" + o.sym, mangle(o.sym) + "$s", () => mod.rt("sym", [str(o.sym)]));
  if ("kw" in o) return mod.constant("k:" + o.kw, mangle(o.kw) + "$k", () => mod.rt("kw", [str(o.kw)]));
  if ("sexp" in o) return mod.constant("x:" + JSON.stringify(o.sexp), "$x", () => mod.rt("sexp", [mod.json(o.sexp), str(mod.file)]));
  // err/opaque data only occur inside `fail` nodes, which are emitted as JSON.
  throw new Error(`datum ${JSON.stringify(d)} cannot be a literal`);
}
