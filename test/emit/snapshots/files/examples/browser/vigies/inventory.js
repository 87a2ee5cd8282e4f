import * as $r from "vigy-js/runtime/compiled";
import * as $b from "vigy-js/runtime/compiled/natives";
const $r_LList = $r.LList;
const $r_add2 = $r.add2;
const $r_callv = $r.callv;
const $r_div2 = $r.div2;
const $r_env = $r.env;
const $r_max2 = $r.max2;
const $r_numGe = $r.numGe;
const $r_numGt = $r.numGt;
const $r_numLt = $r.numLt;
const $r_positional = $r.positional;
const $r_program = $r.program;
const $r_rethrow = $r.rethrow;
const $r_spans = $r.spans;
const $r_sub2 = $r.sub2;
const $r_unbound = $r.unbound;
const $s = /* @__PURE__ */ $r_spans("examples/browser/vigies/inventory.lisp", [[6, 16, 291, 299], [6, 15, 290, 310], [7, 15, 326, 341], [7, 14, 325, 342], [10, 21, 419, 434], [10, 37, 435, 447], [10, 16, 414, 448], [11, 21, 470, 486], [11, 14, 463, 487], [14, 12, 507, 519], [14, 4, 499, 520], [15, 5, 525, 536], [15, 49, 569, 584], [15, 17, 537, 597], [15, 4, 524, 598], [16, 5, 603, 611], [16, 4, 602, 627], [17, 4, 632, 647], [18, 5, 652, 663], [18, 50, 697, 712], [18, 17, 664, 713], [18, 4, 651, 714], [19, 5, 719, 727], [19, 4, 718, 743], [21, 5, 757, 766], [21, 4, 756, 767], [22, 5, 772, 780], [22, 4, 771, 794], [24, 2, 799, 807], [24, 22, 819, 827], [24, 21, 818, 837], [24, 41, 838, 852], [24, 18, 815, 853], [24, 1, 798, 854], [25, 2, 856, 870], [25, 40, 894, 906], [25, 31, 885, 907], [25, 101, 955, 968], [25, 78, 932, 969], [25, 1, 855, 970], [26, 2, 972, 983], [26, 1, 971, 1002]]);
const $U = $r.U;
const modulo$n = $b.modulo;
const list$n = $b.list;
const nth$n = $b.nth;
const hash_map$n = $b.hash_map;
const string$n = $b.string;
const string_append$n = $b.string_append;
function run($X) {
  const $P = $r_env($X);
  let target$v = $P["target"] ?? $U;
  let stock$v = $P["stock"] ?? $U;
  let tick$v = $P["tick"] ?? $U;
  let demand$v = $P["demand"] ?? $U;
  let left$v = $P["left"] ?? $U;
  const vigy_get$x = $P["vigy-get"];
  const vigy_tick_count$x = $P["vigy-tick-count"];
  const vigy_create$x = $P["vigy-create"];
  const vigy_set$x = $P["vigy-set"];
  const vigy_update$x = $P["vigy-update"];
  const vigy_noop$x = $P["vigy-noop"];
  const vigy_condition$x = $P["vigy-condition"];
  const vigy_metric$x = $P["vigy-metric"];
  const vigy_get$x2 = $r_positional(vigy_get$x, 2);
  const vigy_tick_count$x0 = $r_positional(vigy_tick_count$x, 0);
  const vigy_create$x1 = $r_positional(vigy_create$x, 1);
  const vigy_set$x2 = $r_positional(vigy_set$x, 2);
  const vigy_update$x1 = $r_positional(vigy_update$x, 1);
  const vigy_noop$x0 = $r_positional(vigy_noop$x, 0);
  const vigy_metric$x2 = $r_positional(vigy_metric$x, 2);
  let $n;
  let $p = 0;
  try {
    target$v = 10;
    const $t1 = vigy_get$x2 !== undefined ? vigy_get$x2 : $r_unbound("vigy-get", $s[0]);
    stock$v = ($p = 1, $t1("stock", 4));
    const $t2 = vigy_tick_count$x0 !== undefined ? vigy_tick_count$x0 : $r_unbound("vigy-tick-count", $s[2]);
    tick$v = ($p = 3, $t2());
    const $t3 = ($p = 4, modulo$n.fn(tick$v, 3));
    const $t4 = ($p = 5, list$n.fn(0, 3, 1));
    demand$v = ($p = 6, typeof $t3 === "number" && $t4 instanceof $r_LList && $t3 >= 0 && $t3 < $t4.a.length - $t4.i ? $t4.a[$t4.i + $t3] : nth$n.fn($t3, $t4));
    const $t5 = stock$v;
    const $t6 = demand$v;
    const $t7 = ($p = 7, typeof $t5 === "number" && typeof $t6 === "number" && (($n = $t5 - $t6) | 0) === $n ? $n : $r_sub2($t5, $t6));
    left$v = ($p = 8, $r_max2(0, $t7));
    const $t8 = left$v;
    const $t9 = ($p = 9, $r_div2(target$v, 2));
    if (($p = 10, typeof $t8 === "number" && typeof $t9 === "number" ? $t8 < $t9 : $r_numLt($t8, $t9))) {
      const $t10 = vigy_create$x1 !== undefined ? vigy_create$x1 : $r_unbound("vigy-create", $s[11]);
      const $t11 = target$v;
      const $t12 = left$v;
      const $t13 = ($p = 12, typeof $t11 === "number" && typeof $t12 === "number" && (($n = $t11 - $t12) | 0) === $n ? $n : $r_sub2($t11, $t12));
      const $t14 = tick$v;
      const $t15 = ($p = 13, hash_map$n.fn("item", "widget", "qty", $t13, "tick", $t14));
      ($p = 14, $t10($t15));
      const $t16 = vigy_set$x2 !== undefined ? vigy_set$x2 : $r_unbound("vigy-set", $s[15]);
      ($p = 16, $t16("stock", target$v));
    } else {
      const $t17 = left$v;
      const $t18 = target$v;
      if (($p = 17, typeof $t17 === "number" && typeof $t18 === "number" ? $t17 > $t18 : $r_numGt($t17, $t18))) {
        const $t19 = vigy_update$x1 !== undefined ? vigy_update$x1 : $r_unbound("vigy-update", $s[18]);
        const $t20 = left$v;
        const $t21 = target$v;
        const $t22 = ($p = 19, typeof $t20 === "number" && typeof $t21 === "number" && (($n = $t20 - $t21) | 0) === $n ? $n : $r_sub2($t20, $t21));
        const $t23 = ($p = 20, hash_map$n.fn("item", "widget", "trim", $t22));
        ($p = 21, $t19($t23));
        const $t24 = vigy_set$x2 !== undefined ? vigy_set$x2 : $r_unbound("vigy-set", $s[22]);
        ($p = 23, $t24("stock", target$v));
      } else {
        const $t25 = vigy_noop$x0 !== undefined ? vigy_noop$x0 : $r_unbound("vigy-noop", $s[24]);
        ($p = 25, $t25());
        const $t26 = vigy_set$x2 !== undefined ? vigy_set$x2 : $r_unbound("vigy-set", $s[26]);
        ($p = 27, $t26("stock", left$v));
      }
    }
    const $t27 = vigy_set$x2 !== undefined ? vigy_set$x2 : $r_unbound("vigy-set", $s[28]);
    const $t28 = vigy_get$x2 !== undefined ? vigy_get$x2 : $r_unbound("vigy-get", $s[29]);
    const $t31 = ($p = 30, $t28("sold", 0));
    const $t29 = stock$v;
    const $t30 = left$v;
    const $t32 = ($p = 31, typeof $t29 === "number" && typeof $t30 === "number" && (($n = $t29 - $t30) | 0) === $n ? $n : $r_sub2($t29, $t30));
    const $t33 = ($p = 32, typeof $t31 === "number" && typeof $t32 === "number" && (($n = $t31 + $t32) | 0) === $n ? $n : $r_add2($t31, $t32));
    ($p = 33, $t27("sold", $t33));
    const $t36 = vigy_condition$x !== undefined ? vigy_condition$x : $r_unbound("vigy-condition", $s[34]);
    const $t34 = left$v;
    const $t35 = ($p = 35, $r_div2(target$v, 2));
    const $t39 = ($p = 36, typeof $t34 === "number" && typeof $t35 === "number" ? $t34 >= $t35 : $r_numGe($t34, $t35)) ? "true" : "false";
    const $t37 = left$v;
    const $t38 = ($p = 37, typeof $t37 === "string" ? $t37 : typeof $t37 === "number" ? "" + $t37 : string$n.fn($t37));
    const $t40 = ($p = 38, typeof $t38 === "string" ? "left " + $t38 : string_append$n.fn("left ", $t38));
    ($p = 39, $r_callv($t36, ["Stocked", $t39, "Level", $t40]));
    const $t41 = vigy_metric$x2 !== undefined ? vigy_metric$x2 : $r_unbound("vigy-metric", $s[40]);
    return ($p = 41, $t41("stock_left", left$v));
  } catch ($e) {
    $r_rethrow($e, $s[$p]);
  }
}
export default /* @__PURE__ */ $r_program("examples/browser/vigies/inventory.lisp", run, {
  "natives": ["+", "-", "/", "\u003c", ">", ">=", "hash-map", "list", "max", "modulo", "nth", "string", "string-append"]
});
//# sourceMappingURL=inventory.js.map
