import * as $r from "vigy-js/runtime/compiled";
import * as $b from "vigy-js/runtime/compiled/natives";
import * as $f from "vigy-js/runtime/compiled/stdlib";
import * as $l from "vigy-js/runtime/compiled/stdlib-late";
const $r_add2 = $r.add2;
const $r_callv = $r.callv;
const $r_div2 = $r.div2;
const $r_env = $r.env;
const $r_equal = $r.equal;
const $r_fn = $r.fn;
const $r_inlined = $r.inlined;
const $r_kw = $r.kw;
const $r_linked = $r.linked;
const $r_listOf = $r.listOf;
const $r_listView = $r.listView;
const $r_max2 = $r.max2;
const $r_newArray = $r.newArray;
const $r_numEq = $r.numEq;
const $r_positional = $r.positional;
const $r_program = $r.program;
const $r_rethrow = $r.rethrow;
const $r_setAcc = $r.setAcc;
const $r_spans = $r.spans;
const $r_truthy = $r.truthy;
const $r_unbound = $r.unbound;
const $b_$P = $b.$P;
const $b_foldl = $b.foldl;
const $b_hash_map = $b.hash_map;
const $b_hash_map_get = $b.hash_map_get;
const $b_hash_map_update = $b.hash_map_update;
const $b_null$Q = $b.null$Q;
const $f_frequencies = $f.frequencies;
const $f_get = $f.get;
const $f_not_empty$Q = $f.not_empty$Q;
const $l_empty$Q = $l.empty$Q;
const $l_frequencies = $l.frequencies;
const $l_get = $l.get;
const $l_not_empty$Q = $l.not_empty$Q;
const $s = /* @__PURE__ */ $r_spans("bench/programs/fleet.lisp", [[11, 18, 587, 595], [11, 43, 612, 618], [11, 17, 586, 619], [12, 19, 639, 647], [12, 45, 665, 675], [12, 18, 638, 676], [15, 24, 725, 746], [15, 54, 755, 773], [15, 3, 704, 774], [14, 1, 679, 775], [19, 11, 898, 923], [18, 3, 814, 924], [18, 40, 851, 867], [18, 57, 868, 884], [18, 32, 843, 885], [17, 1, 777, 925], [23, 16, 1028, 1045], [24, 16, 1062, 1081], [26, 8, 1101, 1113], [27, 9, 1122, 1133], [28, 42, 1197, 1218], [29, 39, 1257, 1275], [27, 21, 1134, 1276], [27, 8, 1121, 1277], [31, 20, 1314, 1340], [31, 8, 1302, 1341], [32, 9, 1350, 1361], [33, 41, 1424, 1450], [35, 36, 1528, 1542], [32, 21, 1362, 1543], [32, 8, 1349, 1544], [22, 1, 988, 1588], [39, 31, 1620, 1643], [39, 18, 1607, 1644], [43, 70, 1786, 1796], [43, 3, 1719, 1805], [43, 47, 1763, 1780], [43, 29, 1745, 1784], [44, 67, 1873, 1897], [44, 15, 1821, 1898], [44, 38, 1844, 1871], [45, 1, 1900, 2020], [46, 14, 1938, 1956], [46, 33, 1957, 2001], [46, 13, 1937, 2002], [49, 17, 2038, 2075], [50, 17, 2093, 2130], [51, 17, 2148, 2162], [52, 15, 2178, 2205], [54, 43, 2250, 2293], [54, 60, 2267, 2285], [54, 32, 2239, 2294], [54, 1, 2208, 2295], [56, 2, 2298, 2310], [56, 29, 2325, 2341], [56, 1, 2297, 2342], [57, 2, 2344, 2356], [57, 26, 2368, 2392], [57, 1, 2343, 2393], [58, 2, 2395, 2408], [58, 30, 2423, 2448], [58, 1, 2394, 2449], [59, 2, 2451, 2464], [59, 43, 2492, 2518], [59, 27, 2476, 2519], [59, 1, 2450, 2520], [61, 5, 2526, 2537], [63, 8, 2556, 2565], [63, 7, 2555, 2566], [64, 8, 2574, 2593], [64, 7, 2573, 2602], [65, 8, 2610, 2624], [65, 7, 2609, 2685], [67, 8, 2705, 2714], [67, 7, 2704, 2734], [68, 8, 2742, 2756], [69, 38, 2824, 2840], [70, 38, 2893, 2909], [71, 38, 2962, 2978], [69, 23, 2809, 2992], [68, 7, 2741, 2993], [73, 2, 2998, 3009], [73, 1, 2997, 3034], [74, 2, 3036, 3047], [74, 1, 3035, 3072], [75, 2, 3074, 3085], [75, 1, 3073, 3110], [76, 2, 3112, 3123], [76, 50, 3160, 3176], [76, 43, 3153, 3177], [76, 34, 3144, 3178], [76, 1, 3111, 3179], [77, 2, 3181, 3191], [78, 43, 3306, 3345], [77, 21, 3200, 3346], [77, 1, 3180, 3347], [81, 2, 3415, 3423], [83, 18, 3547, 3557], [82, 11, 3451, 3583], [82, 55, 3495, 3512], [82, 73, 3513, 3527], [82, 37, 3477, 3528], [81, 1, 3414, 3584]]);
const $U = $r.U;
const $D = /* @__PURE__ */ $r_linked({
  "get": $f_get,
  "not-empty?": $f_not_empty$Q,
  "frequencies": $f_frequencies
}, ["+", "empty?", "foldl", "hash-map", "hash-map-get", "hash-map-update", "null?"], {
  "+": $b_$P,
  "foldl": $b_foldl,
  "hash-map": $b_hash_map,
  "hash-map-get": $b_hash_map_get,
  "hash-map-update": $b_hash_map_update,
  "null?": $b_null$Q
}, [$l_empty$Q, $l_not_empty$Q, $l_get, $l_frequencies]);
const list$n = $b.list;
const hash_map$n = $b.hash_map;
const $a = ["item"];
const $a$1 = ["want", "have"];
const null$Q$n = $b.null$Q;
const created$k = /* @__PURE__ */ $r_kw("created");
const updated$k = /* @__PURE__ */ $r_kw("updated");
const unchanged$k = /* @__PURE__ */ $r_kw("unchanged");
const hash_map_keys$n = $b.hash_map_keys;
const hash_map_has$Q$n = $b.hash_map_has$Q;
const not_desired$k = /* @__PURE__ */ $r_kw("not-desired");
const hash_map_get_or$n = $b.hash_map_get_or;
const length$n = $b.length;
const $P$n = $b.$P;
const $a$2 = ["specs"];
const hash_map_count$n = $b.hash_map_count;
const hash_map_values$n = $b.hash_map_values;
const string$n = $b.string;
const string_append$n = $b.string_append;
function run($X) {
  const $P = $r_env($X, $D);
  let desired$v = $P["desired"] ?? $U;
  let observed$v = $P["observed"] ?? $U;
  let spec_of$v = $P["spec-of"] ?? $U;
  let changed_fields$v = $P["changed-fields"] ?? $U;
  let reconcile$v = $P["reconcile"] ?? $U;
  let outcomes$v = $P["outcomes"] ?? $U;
  let wanted$v = $P["wanted"] ?? $U;
  let extra$v = $P["extra"] ?? $U;
  let created$v = $P["created"] ?? $U;
  let updated$v = $P["updated"] ?? $U;
  let deleted$v = $P["deleted"] ?? $U;
  let drift$v = $P["drift"] ?? $U;
  let total_replicas$v = $P["total-replicas"] ?? $U;
  const vigy_get$x = $P["vigy-get"];
  const get$p = $P["get"];
  const name$x = $P["name"];
  const have$x = $P["have"];
  const vigy_create$x = $P["vigy-create"];
  const not_empty$Q$p = $P["not-empty?"];
  const vigy_update$x = $P["vigy-update"];
  const frequencies$p = $P["frequencies"];
  const vigy_delete_action$x = $P["vigy-delete-action"];
  const vigy_desired$x = $P["vigy-desired"];
  const vigy_observed$x = $P["vigy-observed"];
  const vigy_noop$x = $P["vigy-noop"];
  const vigy_mark_converged$x = $P["vigy-mark-converged"];
  const vigy_condition$x = $P["vigy-condition"];
  const vigy_incr$x = $P["vigy-incr"];
  const vigy_metric$x = $P["vigy-metric"];
  const vigy_trace$x = $P["vigy-trace"];
  const vigy_set$x = $P["vigy-set"];
  const vigy_get$x2 = $r_positional(vigy_get$x, 2);
  const get$p2 = $r_positional(get$p, 2);
  const vigy_create$x1 = $r_positional(vigy_create$x, 1);
  const not_empty$Q$p1 = $r_positional(not_empty$Q$p, 1);
  const vigy_update$x1 = $r_positional(vigy_update$x, 1);
  const frequencies$p1 = $r_positional(frequencies$p, 1);
  const vigy_delete_action$x1 = $r_positional(vigy_delete_action$x, 1);
  const vigy_desired$x2 = $r_positional(vigy_desired$x, 2);
  const vigy_observed$x2 = $r_positional(vigy_observed$x, 2);
  const vigy_noop$x0 = $r_positional(vigy_noop$x, 0);
  const vigy_mark_converged$x1 = $r_positional(vigy_mark_converged$x, 1);
  const vigy_incr$x1 = $r_positional(vigy_incr$x, 1);
  const vigy_metric$x2 = $r_positional(vigy_metric$x, 2);
  const vigy_trace$x2 = $r_positional(vigy_trace$x, 2);
  const vigy_set$x2 = $r_positional(vigy_set$x, 2);
  let $p = 0;
  try {
    const $t1 = vigy_get$x2 !== undefined ? vigy_get$x2 : $r_unbound("vigy-get", $s[0]);
    const $t2 = ($p = 1, list$n.fn());
    desired$v = ($p = 2, $t1("fleet/desired", $t2));
    const $t3 = vigy_get$x2 !== undefined ? vigy_get$x2 : $r_unbound("vigy-get", $s[3]);
    const $t4 = ($p = 4, hash_map$n.fn());
    observed$v = ($p = 5, $t3("fleet/observed", $t4));
    function spec_of(item) {
      let $p = 9;
      try {
        const $t5 = ($p = 6, get$p2(item, "replicas"));
        const $t6 = ($p = 7, get$p2(item, "image"));
        return ($p = 8, hash_map$n.fn("replicas", $t5, "image", $t6));
      } catch ($e) {
        $r_rethrow($e, $s[$p]);
      }
    }
    spec_of$v = $r_fn(spec_of, $a, null, "spec-of", true);
    function changed_fields(want, have) {
      let $p = 15;
      try {
        const $t7 = ($p = 10, list$n.fn("replicas", "image"));
        const $t8 = ($p = 11, $r_listView($t7));
        const $t9 = $t8.a;
        const $t10 = $t8.i;
        const $t11 = $t9.length - $t10;
        const $t15 = [];
        try {
          for (let $t12 = 0; $t12 < $t11; $t12++) {
            let field = $t9[$t10 + $t12];
            const $t13 = ($p = 12, get$p2(want, field));
            const $t14 = ($p = 13, get$p2(have, field));
            if (!($p = 14, $r_equal($t13, $t14))) {
              $t15.push($t9[$t10 + $t12]);
            }
          }
        } catch ($e) {
          $e = $r_inlined($e, $s[$p], $s[11]);
          $p = 11;
          throw $e;
        }
        return $r_listOf($t15);
      } catch ($e) {
        $r_rethrow($e, $s[$p]);
      }
    }
    changed_fields$v = $r_fn(changed_fields, $a$1, null, "changed-fields", true);
    function reconcile(item$1) {
      let $p = 31;
      try {
        let name = $U;
        let have$1 = $U;
        name = ($p = 16, get$p2(item$1, "name"));
        have$1 = ($p = 17, get$p2(observed$v, name));
        if (($p = 18, null$Q$n.fn(have$1))) {
          const $t16 = vigy_create$x1 !== undefined ? vigy_create$x1 : $r_unbound("vigy-create", $s[19]);
          const $t17 = name;
          const $t18 = ($p = 20, get$p2(item$1, "replicas"));
          const $t19 = ($p = 21, get$p2(item$1, "image"));
          const $t20 = ($p = 22, hash_map$n.fn("name", $t17, "replicas", $t18, "image", $t19));
          ($p = 23, $t16($t20));
          return created$k;
        } else {
          const $t21 = ($p = 24, changed_fields(item$1, have$1));
          if ($r_truthy(($p = 25, not_empty$Q$p1($t21)))) {
            const $t22 = vigy_update$x1 !== undefined ? vigy_update$x1 : $r_unbound("vigy-update", $s[26]);
            const $t23 = name;
            const $t24 = ($p = 27, changed_fields(item$1, have$1));
            const $t25 = have$1;
            const $t26 = ($p = 28, spec_of(item$1));
            const $t27 = ($p = 29, hash_map$n.fn("name", $t23, "changes", $t24, "from", $t25, "to", $t26));
            ($p = 30, $t22($t27));
            return updated$k;
          } else {
            return unchanged$k;
          }
        }
      } catch ($e) {
        $r_rethrow($e, $s[$p]);
      }
    }
    reconcile$v = $r_fn(reconcile, $a, null, "reconcile", true);
    const $t28 = ($p = 32, $r_listView(desired$v));
    const $t29 = $t28.a;
    const $t30 = $t28.i;
    const $t31 = $t29.length - $t30;
    const $t33 = $r_newArray($t31);
    try {
      for (let $t32 = 0; $t32 < $t31; $t32++) {
        let arg0 = $t29[$t30 + $t32];
        $t33[$t32] = ($p = 32, reconcile(arg0));
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[32]);
      $p = 32;
      throw $e;
    }
    const $t34 = $r_listOf($t33);
    outcomes$v = ($p = 33, frequencies$p1($t34));
    const $t35 = ($p = 34, hash_map$n.fn());
    const $t36 = desired$v;
    let $t37 = $t35;
    const $t38 = ($p = 35, $r_listView($t36));
    const $t39 = $t38.a;
    const $t40 = $t38.i;
    const $t41 = $t39.length - $t40;
    try {
      for (let $t42 = 0; $t42 < $t41; $t42++) {
        let acc = $t37;
        let item$2 = $t39[$t40 + $t42];
        const $t43 = ($p = 36, get$p2(item$2, "name"));
        $t37 = ($p = 37, $r_setAcc(acc, $t43, true, $t42 > 0));
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[35]);
      $p = 35;
      throw $e;
    }
    wanted$v = $t37;
    const $t44 = ($p = 38, hash_map_keys$n.fn(observed$v));
    const $t45 = ($p = 39, $r_listView($t44));
    const $t46 = $t45.a;
    const $t47 = $t45.i;
    const $t48 = $t46.length - $t47;
    const $t50 = [];
    try {
      for (let $t49 = 0; $t49 < $t48; $t49++) {
        let name$1 = $t46[$t47 + $t49];
        if (!$r_truthy(($p = 40, hash_map_has$Q$n.fn(wanted$v, name$1)))) {
          $t50.push($t46[$t47 + $t49]);
        }
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[39]);
      $p = 39;
      throw $e;
    }
    extra$v = $r_listOf($t50);
    const $t51 = ($p = 41, $r_listView(extra$v));
    const $t52 = $t51.a;
    const $t53 = $t51.i;
    const $t54 = $t52.length - $t53;
    try {
      for (let $t55 = 0; $t55 < $t54; $t55++) {
        let name$2 = $t52[$t53 + $t55];
        const $t56 = vigy_delete_action$x1 !== undefined ? vigy_delete_action$x1 : $r_unbound("vigy-delete-action", $s[42]);
        const $t57 = ($p = 43, hash_map$n.fn("name", name$2, "reason", not_desired$k));
        ($p = 44, $t56($t57));
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[41], [$s[44]]);
      $p = 41;
      throw $e;
    }
    created$v = ($p = 45, hash_map_get_or$n.fn(outcomes$v, created$k, 0));
    updated$v = ($p = 46, hash_map_get_or$n.fn(outcomes$v, updated$k, 0));
    deleted$v = ($p = 47, length$n.fn(extra$v));
    drift$v = ($p = 48, $P$n.fn(created$v, updated$v, deleted$v));
    function total_replicas(specs) {
      let $n;
      let $p = 52;
      try {
        const $t58 = ($p = 49, $r_listView(specs));
        const $t59 = $t58.a;
        const $t60 = $t58.i;
        const $t61 = $t59.length - $t60;
        const $t63 = $r_newArray($t61);
        try {
          for (let $t62 = 0; $t62 < $t61; $t62++) {
            let s = $t59[$t60 + $t62];
            $t63[$t62] = ($p = 50, get$p2(s, "replicas"));
          }
        } catch ($e) {
          $e = $r_inlined($e, $s[$p], $s[49], [$s[50]]);
          $p = 49;
          throw $e;
        }
        const $t64 = $r_listOf($t63);
        let $t65 = 0;
        const $t66 = ($p = 51, $r_listView($t64));
        const $t67 = $t66.a;
        const $t68 = $t66.i;
        const $t69 = $t67.length - $t68;
        try {
          for (let $t70 = 0; $t70 < $t69; $t70++) {
            let arg0$1 = $t65;
            let arg1 = $t67[$t68 + $t70];
            $t65 = ($p = 51, typeof arg0$1 === "number" && typeof arg1 === "number" && (($n = arg0$1 + arg1) | 0) === $n ? $n : $r_add2(arg0$1, arg1));
          }
        } catch ($e) {
          $e = $r_inlined($e, $s[$p], $s[51]);
          $p = 51;
          throw $e;
        }
        return $t65;
      } catch ($e) {
        $r_rethrow($e, $s[$p]);
      }
    }
    total_replicas$v = $r_fn(total_replicas, $a$2, null, "total-replicas", true);
    const $t71 = vigy_desired$x2 !== undefined ? vigy_desired$x2 : $r_unbound("vigy-desired", $s[53]);
    const $t72 = ($p = 54, length$n.fn(desired$v));
    ($p = 55, $t71("deployments", $t72));
    const $t73 = vigy_desired$x2 !== undefined ? vigy_desired$x2 : $r_unbound("vigy-desired", $s[56]);
    const $t74 = ($p = 57, total_replicas(desired$v));
    ($p = 58, $t73("replicas", $t74));
    const $t75 = vigy_observed$x2 !== undefined ? vigy_observed$x2 : $r_unbound("vigy-observed", $s[59]);
    const $t76 = ($p = 60, hash_map_count$n.fn(observed$v));
    ($p = 61, $t75("deployments", $t76));
    const $t77 = vigy_observed$x2 !== undefined ? vigy_observed$x2 : $r_unbound("vigy-observed", $s[62]);
    const $t78 = ($p = 63, hash_map_values$n.fn(observed$v));
    const $t79 = ($p = 64, total_replicas($t78));
    ($p = 65, $t77("replicas", $t79));
    const $t80 = drift$v;
    if (($p = 66, typeof $t80 === "number" ? $t80 === 0 : $r_numEq($t80, 0))) {
      const $t81 = vigy_noop$x0 !== undefined ? vigy_noop$x0 : $r_unbound("vigy-noop", $s[67]);
      ($p = 68, $t81());
      const $t82 = vigy_mark_converged$x1 !== undefined ? vigy_mark_converged$x1 : $r_unbound("vigy-mark-converged", $s[69]);
      ($p = 70, $t82("fleet"));
      ($p = 72, $r_callv(vigy_condition$x !== undefined ? vigy_condition$x : $r_unbound("vigy-condition", $s[71]), ["FleetInSync", "true", "Converged", "every deployment matches"]));
    } else {
      const $t83 = vigy_incr$x1 !== undefined ? vigy_incr$x1 : $r_unbound("vigy-incr", $s[73]);
      ($p = 74, $t83("fleet/generation"));
      const $t90 = vigy_condition$x !== undefined ? vigy_condition$x : $r_unbound("vigy-condition", $s[75]);
      const $t84 = created$v;
      const $t86 = ($p = 76, typeof $t84 === "string" ? $t84 : typeof $t84 === "number" ? "" + $t84 : string$n.fn($t84));
      const $t85 = updated$v;
      const $t88 = ($p = 77, typeof $t85 === "string" ? $t85 : typeof $t85 === "number" ? "" + $t85 : string$n.fn($t85));
      const $t87 = deleted$v;
      const $t89 = ($p = 78, typeof $t87 === "string" ? $t87 : typeof $t87 === "number" ? "" + $t87 : string$n.fn($t87));
      const $t91 = ($p = 79, typeof $t86 === "string" && typeof $t88 === "string" && typeof $t89 === "string" ? $t86 + " to create, " + $t88 + " to update, " + $t89 + " to delete" : string_append$n.fn($t86, " to create, ", $t88, " to update, ", $t89, " to delete"));
      ($p = 80, $r_callv($t90, ["FleetInSync", "false", "Drift", $t91]));
    }
    const $t92 = vigy_metric$x2 !== undefined ? vigy_metric$x2 : $r_unbound("vigy-metric", $s[81]);
    ($p = 82, $t92("fleet_creates", created$v));
    const $t93 = vigy_metric$x2 !== undefined ? vigy_metric$x2 : $r_unbound("vigy-metric", $s[83]);
    ($p = 84, $t93("fleet_updates", updated$v));
    const $t94 = vigy_metric$x2 !== undefined ? vigy_metric$x2 : $r_unbound("vigy-metric", $s[85]);
    ($p = 86, $t94("fleet_deletes", deleted$v));
    const $t95 = vigy_metric$x2 !== undefined ? vigy_metric$x2 : $r_unbound("vigy-metric", $s[87]);
    const $t97 = drift$v;
    const $t96 = ($p = 88, length$n.fn(desired$v));
    const $t98 = ($p = 89, $r_max2(1, $t96));
    const $t99 = ($p = 90, $r_div2($t97, $t98));
    ($p = 91, $t95("fleet_drift_ratio", $t99));
    const $t100 = vigy_trace$x2 !== undefined ? vigy_trace$x2 : $r_unbound("vigy-trace", $s[92]);
    const $t101 = created$v;
    const $t102 = updated$v;
    const $t103 = deleted$v;
    const $t104 = ($p = 93, hash_map_get_or$n.fn(outcomes$v, unchanged$k, 0));
    const $t105 = ($p = 94, hash_map$n.fn("created", $t101, "updated", $t102, "deleted", $t103, "unchanged", $t104));
    ($p = 95, $t100("fleet", $t105));
    const $t106 = vigy_set$x2 !== undefined ? vigy_set$x2 : $r_unbound("vigy-set", $s[96]);
    const $t107 = ($p = 97, hash_map$n.fn());
    const $t108 = desired$v;
    let $t109 = $t107;
    const $t110 = ($p = 98, $r_listView($t108));
    const $t111 = $t110.a;
    const $t112 = $t110.i;
    const $t113 = $t111.length - $t112;
    try {
      for (let $t114 = 0; $t114 < $t113; $t114++) {
        let acc$1 = $t109;
        let item$3 = $t111[$t112 + $t114];
        const $t115 = ($p = 99, get$p2(item$3, "name"));
        const $t116 = ($p = 100, spec_of(item$3));
        $t109 = ($p = 101, $r_setAcc(acc$1, $t115, $t116, $t114 > 0));
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[98]);
      $p = 98;
      throw $e;
    }
    const $t117 = $t109;
    return ($p = 102, $t106("fleet/observed", $t117));
  } catch ($e) {
    $r_rethrow($e, $s[$p]);
  }
}
export default /* @__PURE__ */ $r_program("bench/programs/fleet.lisp", run, {
  "natives": ["+", "/", "=", "equal?", "filter", "foldl", "for-each", "hash-map", "hash-map-count", "hash-map-get-or", "hash-map-has?", "hash-map-keys", "hash-map-set", "hash-map-values", "length", "list", "map", "max", "null?", "remove", "string", "string-append"]
});
//# sourceMappingURL=fleet.js.map
