import * as $r from "vigy-js/runtime/compiled";
import * as $b from "vigy-js/runtime/compiled/natives";
import * as $f from "vigy-js/runtime/compiled/stdlib";
import * as $l from "vigy-js/runtime/compiled/stdlib-late";
const $r_LList = $r.LList;
const $r_add2 = $r.add2;
const $r_call1 = $r.call1;
const $r_div2 = $r.div2;
const $r_env = $r.env;
const $r_fn = $r.fn;
const $r_inlined = $r.inlined;
const $r_kw = $r.kw;
const $r_linked = $r.linked;
const $r_listOf = $r.listOf;
const $r_listView = $r.listView;
const $r_max2 = $r.max2;
const $r_mul2 = $r.mul2;
const $r_newArray = $r.newArray;
const $r_numLt = $r.numLt;
const $r_positional = $r.positional;
const $r_program = $r.program;
const $r_rethrow = $r.rethrow;
const $r_spans = $r.spans;
const $r_sub2 = $r.sub2;
const $r_truthy = $r.truthy;
const $r_unbound = $r.unbound;
const $r_updateCurrent = $r.updateCurrent;
const $r_updateResult = $r.updateResult;
const $b_$E = $b.$E;
const $b_$G = $b.$G;
const $b_$L = $b.$L;
const $b_$P = $b.$P;
const $b_car = $b.car;
const $b_cdr = $b.cdr;
const $b_cons = $b.cons;
const $b_display = $b.display;
const $b_foldl = $b.foldl;
const $b_hash_map = $b.hash_map;
const $b_hash_map_get = $b.hash_map_get;
const $b_hash_map_set = $b.hash_map_set;
const $b_hash_map_update = $b.hash_map_update;
const $b_length = $b.length;
const $b_newline = $b.newline;
const $b_null$Q = $b.null$Q;
const $f_assoc = $f.assoc;
const $f_first = $f.first;
const $f_frequencies = $f.frequencies;
const $f_get = $f.get;
const $f_negative$Q = $f.negative$Q;
const $f_range = $f.range;
const $f_second = $f.second;
const $f_unwrap_or = $f.unwrap_or;
const $l_assoc = $l.assoc;
const $l_error_msg = $l.error_msg;
const $l_first = $l.first;
const $l_frequencies = $l.frequencies;
const $l_get = $l.get;
const $l_negative$Q = $l.negative$Q;
const $l_range = $l.range;
const $l_range_impl = $l.range_impl;
const $l_second = $l.second;
const $l_third = $l.third;
const $l_unwrap_or = $l.unwrap_or;
const $s = /* @__PURE__ */ $r_spans("bench/programs/maps.lisp", [[8, 39, 439, 449], [8, 17, 417, 450], [8, 1, 401, 451], [9, 17, 468, 479], [10, 14, 494, 511], [14, 33, 639, 693], [14, 56, 662, 669], [14, 64, 670, 682], [14, 50, 656, 683], [14, 19, 625, 694], [14, 3, 609, 695], [13, 1, 576, 696], [15, 20, 716, 759], [16, 62, 822, 830], [16, 54, 814, 834], [16, 48, 808, 835], [16, 41, 801, 836], [16, 29, 789, 837], [16, 16, 776, 838], [17, 51, 890, 902], [17, 46, 885, 914], [17, 34, 873, 915], [17, 21, 860, 916], [19, 18, 936, 998], [20, 42, 1041, 1049], [20, 65, 1064, 1074], [20, 41, 1040, 1075], [20, 16, 1015, 1076], [22, 16, 1094, 1102], [22, 38, 1116, 1126], [22, 15, 1093, 1127], [23, 20, 1148, 1156], [23, 46, 1174, 1184], [23, 19, 1147, 1185], [24, 23, 1209, 1217], [24, 52, 1238, 1248], [24, 22, 1208, 1249], [32, 10, 1540, 1568], [28, 3, 1357, 1569], [29, 31, 1412, 1425], [29, 12, 1393, 1514], [30, 50, 1475, 1496], [30, 72, 1497, 1511], [30, 47, 1472, 1512], [39, 10, 1802, 1812], [36, 3, 1652, 1827], [37, 26, 1698, 1729], [38, 26, 1755, 1789], [37, 23, 1695, 1790], [37, 12, 1684, 1791], [42, 19, 1848, 1876], [43, 19, 1896, 1954], [43, 42, 1919, 1936], [43, 39, 1916, 1947], [44, 34, 1989, 2037], [44, 51, 2006, 2025], [44, 21, 1976, 2038], [45, 18, 2057, 2113], [45, 49, 2088, 2105], [45, 38, 2077, 2106], [50, 10, 2235, 2260], [48, 3, 2138, 2261], [48, 43, 2178, 2195], [48, 36, 2171, 2196], [48, 62, 2197, 2211], [48, 33, 2168, 2212], [48, 26, 2161, 2213], [52, 2, 2265, 2275], [53, 28, 2303, 2328], [53, 22, 2297, 2339], [54, 28, 2367, 2385], [58, 23, 2519, 2542], [59, 31, 2573, 2599], [53, 2, 2277, 2600], [52, 1, 2264, 2601], [61, 2, 2604, 2617], [61, 23, 2625, 2651], [61, 1, 2603, 2652], [62, 2, 2654, 2666], [62, 22, 2674, 2697], [62, 1, 2653, 2698], [63, 2, 2700, 2711], [63, 30, 2728, 2746], [63, 1, 2699, 2747], [64, 2, 2749, 2760], [64, 28, 2775, 2794], [64, 1, 2748, 2795], [65, 2, 2797, 2807], [65, 1, 2796, 2824], [66, 2, 2826, 2836], [66, 26, 2850, 2877], [66, 1, 2825, 2878], [68, 2, 2881, 2889], [68, 1, 2880, 2913], [69, 2, 2915, 2923], [69, 1, 2914, 2941]]);
const $U = $r.U;
const $D = /* @__PURE__ */ $r_linked({
  "range": $f_range,
  "first": $f_first,
  "unwrap-or": $f_unwrap_or,
  "second": $f_second,
  "assoc": $f_assoc,
  "get": $f_get,
  "frequencies": $f_frequencies,
  "negative?": $f_negative$Q
}, ["+", "\u003c", "=", ">", "car", "cdr", "cons", "display", "error-msg", "foldl", "hash-map", "hash-map-get", "hash-map-set", "hash-map-update", "length", "newline", "null?", "range-impl", "second", "third"], {
  "+": $b_$P,
  "\u003c": $b_$L,
  "=": $b_$E,
  ">": $b_$G,
  "car": $b_car,
  "cdr": $b_cdr,
  "cons": $b_cons,
  "display": $b_display,
  "foldl": $b_foldl,
  "hash-map": $b_hash_map,
  "hash-map-get": $b_hash_map_get,
  "hash-map-set": $b_hash_map_set,
  "hash-map-update": $b_hash_map_update,
  "length": $b_length,
  "newline": $b_newline,
  "null?": $b_null$Q
}, [$l_first, $l_second, $l_third, $l_error_msg, $l_range_impl, $l_range, $l_negative$Q, $l_assoc, $l_get, $l_frequencies, $l_unwrap_or]);
const string$n = $b.string;
const string_append$n = $b.string_append;
const $a = ["i"];
const hash_map$n = $b.hash_map;
const append$n = $b.append;
const list$n = $b.list;
const apply$n = $b.apply;
const $a$1 = ["value-of"];
const tools$k = /* @__PURE__ */ $r_kw("tools");
const garden$k = /* @__PURE__ */ $r_kw("garden");
const kitchen$k = /* @__PURE__ */ $r_kw("kitchen");
const toys$k = /* @__PURE__ */ $r_kw("toys");
const books$k = /* @__PURE__ */ $r_kw("books");
const modulo$n = $b.modulo;
const nth$n = $b.nth;
const hash_map_merge$n = $b.hash_map_merge;
const hash_map_entries$n = $b.hash_map_entries;
const hash_map_get_or$n = $b.hash_map_get_or;
const hash_map_keys$n = $b.hash_map_keys;
const take$n = $b.take;
const length$n = $b.length;
const hash_map_count$n = $b.hash_map_count;
function run($X) {
  const $P = $r_env($X, $D);
  let sku$v = $P["sku"] ?? $U;
  let sku_ids$v = $P["sku-ids"] ?? $U;
  let skus$v = $P["skus"] ?? $U;
  let catalog_map$v = $P["catalog-map"] ?? $U;
  let categories$v = $P["categories"] ?? $U;
  let prices$v = $P["prices"] ?? $U;
  let category_of$v = $P["category-of"] ?? $U;
  let defaults$v = $P["defaults"] ?? $U;
  let config$v = $P["config"] ?? $U;
  let stock$v = $P["stock"] ?? $U;
  let shipments$v = $P["shipments"] ?? $U;
  let reservations$v = $P["reservations"] ?? $U;
  let restocked$v = $P["restocked"] ?? $U;
  let available$v = $P["available"] ?? $U;
  let threshold$v = $P["threshold"] ?? $U;
  let low_stock$v = $P["low-stock"] ?? $U;
  let by_category$v = $P["by-category"] ?? $U;
  let oversold$v = $P["oversold"] ?? $U;
  let stock_value$v = $P["stock-value"] ?? $U;
  const range$p = $P["range"];
  const vigy_get$x = $P["vigy-get"];
  const first$p = $P["first"];
  const unwrap_or$p = $P["unwrap-or"];
  const second$p = $P["second"];
  const assoc$p = $P["assoc"];
  const get$p = $P["get"];
  const frequencies$p = $P["frequencies"];
  const negative$Q$p = $P["negative?"];
  const vigy_apply$x = $P["vigy-apply"];
  const vigy_observed$x = $P["vigy-observed"];
  const vigy_desired$x = $P["vigy-desired"];
  const vigy_metric$x = $P["vigy-metric"];
  const vigy_trace$x = $P["vigy-trace"];
  const vigy_set$x = $P["vigy-set"];
  const vigy_del$x = $P["vigy-del"];
  const range$p1 = $r_positional(range$p, 1);
  const vigy_get$x2 = $r_positional(vigy_get$x, 2);
  const first$p1 = $r_positional(first$p, 1);
  const unwrap_or$p2 = $r_positional(unwrap_or$p, 2);
  const second$p1 = $r_positional(second$p, 1);
  const assoc$p3 = $r_positional(assoc$p, 3);
  const get$p2 = $r_positional(get$p, 2);
  const frequencies$p1 = $r_positional(frequencies$p, 1);
  const negative$Q$p1 = $r_positional(negative$Q$p, 1);
  const vigy_apply$x1 = $r_positional(vigy_apply$x, 1);
  const vigy_observed$x2 = $r_positional(vigy_observed$x, 2);
  const vigy_desired$x2 = $r_positional(vigy_desired$x, 2);
  const vigy_metric$x2 = $r_positional(vigy_metric$x, 2);
  const vigy_trace$x2 = $r_positional(vigy_trace$x, 2);
  const vigy_set$x2 = $r_positional(vigy_set$x, 2);
  const vigy_del$x1 = $r_positional(vigy_del$x, 1);
  let $n;
  let $p = 0;
  try {
    function sku(i) {
      let $p = 2;
      try {
        const $t1 = ($p = 0, typeof i === "string" ? i : typeof i === "number" ? "" + i : string$n.fn(i));
        return ($p = 1, typeof $t1 === "string" ? "sku-" + $t1 : string_append$n.fn("sku-", $t1));
      } catch ($e) {
        $r_rethrow($e, $s[$p]);
      }
    }
    sku$v = $r_fn(sku, $a, null, "sku", true);
    sku_ids$v = ($p = 3, range$p1(200));
    const $t2 = ($p = 4, $r_listView(sku_ids$v));
    const $t3 = $t2.a;
    const $t4 = $t2.i;
    const $t5 = $t3.length - $t4;
    const $t7 = $r_newArray($t5);
    try {
      for (let $t6 = 0; $t6 < $t5; $t6++) {
        let arg0 = $t3[$t4 + $t6];
        $t7[$t6] = ($p = 4, sku(arg0));
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[4]);
      $p = 4;
      throw $e;
    }
    skus$v = $r_listOf($t7);
    function catalog_map(value_of) {
      let $p = 11;
      try {
        const $t8 = ($p = 5, $r_listView(sku_ids$v));
        const $t9 = $t8.a;
        const $t10 = $t8.i;
        const $t11 = $t9.length - $t10;
        const $t15 = $r_newArray($t11);
        try {
          for (let $t12 = 0; $t12 < $t11; $t12++) {
            let i$1 = $t9[$t10 + $t12];
            const $t13 = ($p = 6, sku(i$1));
            const $t14 = ($p = 7, $r_call1(value_of, i$1));
            $t15[$t12] = ($p = 8, list$n.fn($t13, $t14));
          }
        } catch ($e) {
          $e = $r_inlined($e, $s[$p], $s[5]);
          $p = 5;
          throw $e;
        }
        const $t16 = $r_listOf($t15);
        const $t17 = ($p = 9, apply$n.fn(append$n, $t16));
        return ($p = 10, apply$n.fn(hash_map$n, $t17));
      } catch ($e) {
        $r_rethrow($e, $s[$p]);
      }
    }
    catalog_map$v = $r_fn(catalog_map, $a$1, null, "catalog-map", true);
    categories$v = ($p = 12, list$n.fn(tools$k, garden$k, kitchen$k, toys$k, books$k));
    prices$v = ($p = 18, catalog_map($r_fn(function (i$2) {
      let $n;
      let $p = 17;
      try {
        const $t18 = ($p = 13, typeof i$2 === "number" && (($n = i$2 * 37) | 0) === $n ? $n + 0 : $r_mul2(i$2, 37));
        const $t19 = ($p = 14, modulo$n.fn($t18, 80));
        const $t20 = ($p = 15, typeof $t19 === "number" && (($n = 25 * $t19) | 0) === $n ? $n + 0 : $r_mul2(25, $t19));
        return ($p = 16, typeof $t20 === "number" && (($n = 199 + $t20) | 0) === $n ? $n : $r_add2(199, $t20));
      } catch ($e) {
        $r_rethrow($e, $s[$p]);
      }
    }, $a, null, null, true)));
    category_of$v = ($p = 22, catalog_map($r_fn(function (i$3) {
      let $p = 21;
      try {
        const $t21 = ($p = 19, modulo$n.fn(i$3, 5));
        const $t22 = categories$v;
        return ($p = 20, typeof $t21 === "number" && $t22 instanceof $r_LList && $t21 >= 0 && $t21 < $t22.a.length - $t22.i ? $t22.a[$t22.i + $t21] : nth$n.fn($t21, $t22));
      } catch ($e) {
        $r_rethrow($e, $s[$p]);
      }
    }, $a, null, null, true)));
    defaults$v = ($p = 23, hash_map$n.fn("reorder_below", 10, "max_listed", 12, "currency", "EUR"));
    const $t25 = defaults$v;
    const $t23 = vigy_get$x2 !== undefined ? vigy_get$x2 : $r_unbound("vigy-get", $s[24]);
    const $t24 = ($p = 25, hash_map$n.fn());
    const $t26 = ($p = 26, $t23("maps/config", $t24));
    config$v = ($p = 27, hash_map_merge$n.fn($t25, $t26));
    const $t27 = vigy_get$x2 !== undefined ? vigy_get$x2 : $r_unbound("vigy-get", $s[28]);
    const $t28 = ($p = 29, hash_map$n.fn());
    stock$v = ($p = 30, $t27("maps/stock", $t28));
    const $t29 = vigy_get$x2 !== undefined ? vigy_get$x2 : $r_unbound("vigy-get", $s[31]);
    const $t30 = ($p = 32, hash_map$n.fn());
    shipments$v = ($p = 33, $t29("maps/shipments", $t30));
    const $t31 = vigy_get$x2 !== undefined ? vigy_get$x2 : $r_unbound("vigy-get", $s[34]);
    const $t32 = ($p = 35, hash_map$n.fn());
    reservations$v = ($p = 36, $t31("maps/reservations", $t32));
    const $t33 = stock$v;
    const $t34 = ($p = 37, hash_map_entries$n.fn(shipments$v));
    let $t35 = $t33;
    const $t36 = ($p = 38, $r_listView($t34));
    const $t37 = $t36.a;
    const $t38 = $t36.i;
    const $t39 = $t37.length - $t38;
    try {
      for (let $t40 = 0; $t40 < $t39; $t40++) {
        let m = $t35;
        let entry = $t37[$t38 + $t40];
        const $t41 = ($p = 39, first$p1(entry));
        let on_hand = ($p = 40, $r_updateCurrent(m, $t41));
        let $t44;
        try {
          const $t42 = ($p = 41, unwrap_or$p2(on_hand, 0));
          const $t43 = ($p = 42, second$p1(entry));
          $t44 = $r_updateResult(m, $t41, ($p = 43, typeof $t42 === "number" && typeof $t43 === "number" && (($n = $t42 + $t43) | 0) === $n ? $n : $r_add2($t42, $t43)), $t40 > 0);
        } catch ($e) {
          $e = $r_inlined($e, $s[$p], $s[40]);
          $p = 40;
          throw $e;
        }
        $t35 = $t44;
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[38]);
      $p = 38;
      throw $e;
    }
    restocked$v = $t35;
    const $t45 = ($p = 44, hash_map$n.fn());
    const $t46 = skus$v;
    let $t47 = $t45;
    const $t48 = ($p = 45, $r_listView($t46));
    const $t49 = $t48.a;
    const $t50 = $t48.i;
    const $t51 = $t49.length - $t50;
    try {
      for (let $t52 = 0; $t52 < $t51; $t52++) {
        let m$1 = $t47;
        let k = $t49[$t50 + $t52];
        const $t53 = ($p = 46, hash_map_get_or$n.fn(restocked$v, k, 0));
        const $t54 = ($p = 47, hash_map_get_or$n.fn(reservations$v, k, 0));
        const $t55 = ($p = 48, typeof $t53 === "number" && typeof $t54 === "number" && (($n = $t53 - $t54) | 0) === $n ? $n : $r_sub2($t53, $t54));
        $t47 = ($p = 49, assoc$p3(m$1, k, $t55));
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[45], [$s[49]]);
      $p = 45;
      throw $e;
    }
    available$v = $t47;
    threshold$v = ($p = 50, get$p2(config$v, "reorder_below"));
    const $t56 = ($p = 51, $r_listView(skus$v));
    const $t57 = $t56.a;
    const $t58 = $t56.i;
    const $t59 = $t57.length - $t58;
    const $t63 = [];
    try {
      for (let $t60 = 0; $t60 < $t59; $t60++) {
        let k$1 = $t57[$t58 + $t60];
        const $t61 = ($p = 52, get$p2(available$v, k$1));
        const $t62 = threshold$v;
        if (($p = 53, typeof $t61 === "number" && typeof $t62 === "number" ? $t61 < $t62 : $r_numLt($t61, $t62))) {
          $t63.push($t57[$t58 + $t60]);
        }
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[51]);
      $p = 51;
      throw $e;
    }
    low_stock$v = $r_listOf($t63);
    const $t64 = ($p = 54, $r_listView(low_stock$v));
    const $t65 = $t64.a;
    const $t66 = $t64.i;
    const $t67 = $t65.length - $t66;
    const $t69 = $r_newArray($t67);
    try {
      for (let $t68 = 0; $t68 < $t67; $t68++) {
        let k$2 = $t65[$t66 + $t68];
        $t69[$t68] = ($p = 55, get$p2(category_of$v, k$2));
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[54], [$s[55]]);
      $p = 54;
      throw $e;
    }
    const $t70 = $r_listOf($t69);
    by_category$v = ($p = 56, frequencies$p1($t70));
    const $t71 = ($p = 57, $r_listView(skus$v));
    const $t72 = $t71.a;
    const $t73 = $t71.i;
    const $t74 = $t72.length - $t73;
    const $t77 = [];
    try {
      for (let $t75 = 0; $t75 < $t74; $t75++) {
        let k$3 = $t72[$t73 + $t75];
        const $t76 = ($p = 58, get$p2(available$v, k$3));
        if ($r_truthy(($p = 59, negative$Q$p1($t76)))) {
          $t77.push($t72[$t73 + $t75]);
        }
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[57], [$s[59]]);
      $p = 57;
      throw $e;
    }
    oversold$v = $r_listOf($t77);
    const $t78 = ($p = 60, hash_map_keys$n.fn(available$v));
    let $t79 = 0;
    const $t80 = ($p = 61, $r_listView($t78));
    const $t81 = $t80.a;
    const $t82 = $t80.i;
    const $t83 = $t81.length - $t82;
    try {
      for (let $t84 = 0; $t84 < $t83; $t84++) {
        let acc = $t79;
        let k$4 = $t81[$t82 + $t84];
        const $t85 = ($p = 62, get$p2(available$v, k$4));
        const $t86 = ($p = 63, $r_max2(0, $t85));
        const $t87 = ($p = 64, get$p2(prices$v, k$4));
        const $t88 = ($p = 65, typeof $t86 === "number" && typeof $t87 === "number" && (($n = $t86 * $t87) | 0) === $n ? $n + 0 : $r_mul2($t86, $t87));
        $t79 = ($p = 66, typeof acc === "number" && typeof $t88 === "number" && (($n = acc + $t88) | 0) === $n ? $n : $r_add2(acc, $t88));
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[61]);
      $p = 61;
      throw $e;
    }
    stock_value$v = $t79;
    const $t89 = vigy_apply$x1 !== undefined ? vigy_apply$x1 : $r_unbound("vigy-apply", $s[67]);
    const $t90 = ($p = 68, get$p2(config$v, "max_listed"));
    const $t91 = low_stock$v;
    const $t92 = ($p = 69, take$n.fn($t90, $t91));
    const $t93 = ($p = 70, length$n.fn(low_stock$v));
    const $t94 = by_category$v;
    const $t95 = oversold$v;
    const $t96 = stock_value$v;
    const $t97 = ($p = 71, get$p2(config$v, "currency"));
    const $t98 = ($p = 72, hash_map_count$n.fn(shipments$v));
    const $t99 = ($p = 73, hash_map$n.fn("reorder", $t92, "reorder_count", $t93, "by_category", $t94, "oversold", $t95, "stock_value_cents", $t96, "currency", $t97, "shipments_booked", $t98));
    ($p = 74, $t89($t99));
    const $t100 = vigy_observed$x2 !== undefined ? vigy_observed$x2 : $r_unbound("vigy-observed", $s[75]);
    const $t101 = ($p = 76, hash_map_count$n.fn(restocked$v));
    ($p = 77, $t100("skus", $t101));
    const $t102 = vigy_desired$x2 !== undefined ? vigy_desired$x2 : $r_unbound("vigy-desired", $s[78]);
    const $t103 = ($p = 79, hash_map_count$n.fn(prices$v));
    ($p = 80, $t102("skus", $t103));
    const $t104 = vigy_metric$x2 !== undefined ? vigy_metric$x2 : $r_unbound("vigy-metric", $s[81]);
    const $t105 = ($p = 82, length$n.fn(low_stock$v));
    ($p = 83, $t104("reorder_count", $t105));
    const $t106 = vigy_metric$x2 !== undefined ? vigy_metric$x2 : $r_unbound("vigy-metric", $s[84]);
    const $t107 = ($p = 85, $r_div2(stock_value$v, 100));
    ($p = 86, $t106("stock_value", $t107));
    const $t108 = vigy_trace$x2 !== undefined ? vigy_trace$x2 : $r_unbound("vigy-trace", $s[87]);
    ($p = 88, $t108("config", config$v));
    const $t109 = vigy_trace$x2 !== undefined ? vigy_trace$x2 : $r_unbound("vigy-trace", $s[89]);
    const $t110 = ($p = 90, hash_map_keys$n.fn(by_category$v));
    ($p = 91, $t109("categories", $t110));
    const $t111 = vigy_set$x2 !== undefined ? vigy_set$x2 : $r_unbound("vigy-set", $s[92]);
    ($p = 93, $t111("maps/stock", restocked$v));
    const $t112 = vigy_del$x1 !== undefined ? vigy_del$x1 : $r_unbound("vigy-del", $s[94]);
    return ($p = 95, $t112("maps/shipments"));
  } catch ($e) {
    $r_rethrow($e, $s[$p]);
  }
}
export default /* @__PURE__ */ $r_program("bench/programs/maps.lisp", run, {
  "natives": ["*", "+", "-", "/", "\u003c", "append", "apply", "filter", "foldl", "hash-map", "hash-map-count", "hash-map-entries", "hash-map-get-or", "hash-map-keys", "hash-map-merge", "hash-map-update", "length", "list", "map", "max", "modulo", "nth", "string", "string-append", "take"]
});
//# sourceMappingURL=maps.js.map
