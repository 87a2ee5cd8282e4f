/** Building a quasiquoted list (spec §3.5), shared by both engines. */
import { typeErr } from "../errors/lisp-error.js";
import { stamp } from "./call.js";
import { typeName } from "./type-name.js";
import { listOf } from "./list-storage.js";
import { LList, type SpanLike, type Value } from "./types.js";

/**
 * The list a template builds from its evaluated items; `splices[i]` is the position of item i
 * when it was `,@` (its list's elements are inserted: nil inserts nothing, a non-list is an
 * error), undefined otherwise. A template list with no resulting items is nil (spec §2.3).
 */
export function qqList(items: readonly Value[], splices: readonly (SpanLike | null | undefined)[]): Value {
  const out: Value[] = [];
  for (let i = 0; i < items.length; i++) {
    const v = items[i]!;
    const sp = splices[i];
    if (sp == null) out.push(v);
    else if (v === null) continue;
    else if (!(v instanceof LList)) throw stamp(typeErr("list", typeName(v)), sp);
    else for (let k = v.i; k < v.a.length; k++) out.push(v.a[k]!);
  }
  return out.length === 0 ? null : listOf(out);
}
