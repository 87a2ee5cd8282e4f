import * as $r from "vigy-js/runtime/compiled";
import * as $b from "vigy-js/runtime/compiled/natives";
import * as $f from "vigy-js/runtime/compiled/stdlib";
import * as $l from "vigy-js/runtime/compiled/stdlib-late";
const $r_LList = $r.LList;
const $r_div2 = $r.div2;
const $r_done = $r.done;
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
const $r_numGe = $r.numGe;
const $r_numGt = $r.numGt;
const $r_positional = $r.positional;
const $r_program = $r.program;
const $r_rethrow = $r.rethrow;
const $r_spans = $r.spans;
const $r_tail2 = $r.tail2;
const $r_truthy = $r.truthy;
const $r_unbound = $r.unbound;
const $b_$G = $b.$G;
const $b_$P = $b.$P;
const $b_any$Q = $b.any$Q;
const $b_car = $b.car;
const $b_cdr = $b.cdr;
const $b_cons = $b.cons;
const $b_equal$Q = $b.equal$Q;
const $b_foldl = $b.foldl;
const $b_hash_map = $b.hash_map;
const $b_hash_map_get = $b.hash_map_get;
const $b_hash_map_update = $b.hash_map_update;
const $b_list = $b.list;
const $b_null$Q = $b.null$Q;
const $f_empty$Q = $f.empty$Q;
const $f_first = $f.first;
const $f_frequencies = $f.frequencies;
const $f_get = $f.get;
const $f_intersperse = $f.intersperse;
const $f_max_by = $f.max_by;
const $f_member$Q = $f.member$Q;
const $l_empty$Q = $l.empty$Q;
const $l_first = $l.first;
const $l_frequencies = $l.frequencies;
const $l_get = $l.get;
const $l_intersperse = $l.intersperse;
const $l_max_by = $l.max_by;
const $l_member$Q = $l.member$Q;
const $s = /* @__PURE__ */ $r_spans("bench/programs/strings.lisp", [[15, 16, 817, 825], [15, 38, 839, 845], [15, 15, 816, 846], [17, 34, 882, 897], [17, 22, 870, 898], [17, 1, 849, 899], [18, 47, 946, 969], [18, 26, 925, 970], [18, 1, 900, 971], [19, 15, 986, 1056], [22, 17, 1096, 1111], [23, 29, 1142, 1156], [23, 21, 1134, 1157], [24, 30, 1187, 1201], [24, 22, 1179, 1202], [25, 32, 1234, 1248], [25, 24, 1226, 1249], [26, 31, 1280, 1294], [26, 23, 1272, 1295], [27, 29, 1324, 1338], [27, 21, 1316, 1339], [28, 23, 1362, 1376], [29, 19, 1395, 1409], [30, 33, 1442, 1457], [30, 21, 1430, 1458], [23, 5, 1118, 1459], [21, 1, 1059, 1461], [33, 33, 1514, 1528], [33, 22, 1503, 1529], [33, 54, 1535, 1548], [34, 18, 1570, 1586], [34, 39, 1591, 1606], [34, 59, 1611, 1624], [35, 33, 1657, 1672], [35, 25, 1649, 1673], [35, 65, 1689, 1700], [35, 57, 1681, 1701], [36, 30, 1736, 1749], [36, 22, 1728, 1750], [38, 52, 1826, 1839], [38, 42, 1816, 1840], [38, 22, 1796, 1845], [33, 3, 1484, 1847], [32, 1, 1463, 1848], [40, 17, 1866, 1883], [41, 18, 1902, 1922], [43, 34, 1958, 1973], [43, 54, 1978, 1991], [43, 19, 1943, 1992], [43, 1, 1925, 1993], [44, 42, 2035, 2048], [44, 28, 2021, 2049], [44, 1, 1994, 2050], [46, 17, 2068, 2122], [46, 41, 2092, 2107], [46, 37, 2088, 2112], [47, 14, 2137, 2186], [47, 37, 2160, 2171], [47, 34, 2157, 2176], [48, 18, 2205, 2258], [48, 38, 2225, 2248], [49, 34, 2293, 2336], [49, 51, 2310, 2326], [49, 21, 2280, 2337], [50, 32, 2370, 2429], [50, 66, 2404, 2418], [50, 49, 2387, 2419], [50, 19, 2357, 2430], [51, 32, 2463, 2482], [51, 19, 2450, 2483], [52, 35, 2519, 2546], [52, 18, 2502, 2547], [53, 37, 2585, 2596], [53, 25, 2573, 2597], [53, 17, 2565, 2606], [54, 30, 2637, 2653], [54, 23, 2630, 2654], [54, 55, 2662, 2678], [54, 48, 2655, 2679], [54, 20, 2627, 2680], [57, 14, 2720, 2798], [57, 60, 2766, 2785], [57, 52, 2758, 2786], [57, 31, 2737, 2787], [57, 3, 2709, 2799], [60, 26, 2842, 2858], [60, 18, 2834, 2859], [61, 26, 2899, 2915], [61, 18, 2891, 2916], [61, 56, 2929, 2948], [62, 26, 2981, 2994], [62, 18, 2973, 2995], [63, 26, 3031, 3048], [63, 18, 3023, 3049], [63, 68, 3073, 3089], [60, 3, 2819, 3141], [66, 1, 3144, 3204], [66, 24, 3167, 3175], [66, 40, 3183, 3193], [66, 23, 3166, 3194], [67, 2, 3206, 3216], [67, 1, 3205, 3236], [68, 2, 3238, 3247], [69, 43, 3316, 3332], [69, 31, 3304, 3333], [70, 33, 3366, 3386], [73, 31, 3507, 3533], [68, 12, 3248, 3534], [68, 1, 3237, 3535], [74, 2, 3537, 3548], [74, 25, 3560, 3576], [74, 1, 3536, 3577], [75, 2, 3579, 3590], [75, 1, 3578, 3619], [76, 2, 3621, 3632], [76, 30, 3649, 3662], [76, 1, 3620, 3663], [77, 2, 3665, 3675], [77, 1, 3664, 3696], [78, 2, 3698, 3708], [78, 40, 3736, 3749], [78, 33, 3729, 3750], [78, 1, 3697, 3751], [79, 2, 3753, 3761], [79, 1, 3752, 3783], [80, 2, 3785, 3793], [80, 1, 3784, 3819]]);
const $U = $r.U;
const $D = /* @__PURE__ */ $r_linked({
  "intersperse": $f_intersperse,
  "get": $f_get,
  "empty?": $f_empty$Q,
  "member?": $f_member$Q,
  "frequencies": $f_frequencies,
  "max-by": $f_max_by,
  "first": $f_first
}, ["+", ">", "any?", "car", "cdr", "cons", "equal?", "foldl", "hash-map", "hash-map-get", "hash-map-update", "intersperse", "list", "null?"], {
  "+": $b_$P,
  ">": $b_$G,
  "any?": $b_any$Q,
  "car": $b_car,
  "cdr": $b_cdr,
  "cons": $b_cons,
  "equal?": $b_equal$Q,
  "foldl": $b_foldl,
  "hash-map": $b_hash_map,
  "hash-map-get": $b_hash_map_get,
  "hash-map-update": $b_hash_map_update,
  "list": $b_list,
  "null?": $b_null$Q
}, [$l_first, $l_empty$Q, $l_member$Q, $l_intersperse, $l_max_by, $l_get, $l_frequencies]);
const list$n = $b.list;
const read_all$n = $b.read_all;
const string$n = $b.string;
const $a = ["line"];
const string_append$n = $b.string_append;
const apply$n = $b.apply;
const $a$1 = ["sep", "parts"];
const hash_map$n = $b.hash_map;
const time$k = /* @__PURE__ */ $r_kw("time");
const nth$n = $b.nth;
const level$k = /* @__PURE__ */ $r_kw("level");
const service$k = /* @__PURE__ */ $r_kw("service");
const method$k = /* @__PURE__ */ $r_kw("method");
const path$k = /* @__PURE__ */ $r_kw("path");
const status$k = /* @__PURE__ */ $r_kw("status");
const ms$k = /* @__PURE__ */ $r_kw("ms");
const note$k = /* @__PURE__ */ $r_kw("note");
const drop$n = $b.drop;
const $a$2 = ["e"];
const $a$3 = ["word", "e"];
const string_$Gkeyword$n = $b.string_$Gkeyword;
const compare$n = $b.compare;
const hash_map_keys$n = $b.hash_map_keys;
const sort_by$n = $b.sort_by;
const length$n = $b.length;
const take$n = $b.take;
const hash_map_count$n = $b.hash_map_count;
function run($X) {
  const $P = $r_env($X, $D);
  let lines$v = $P["lines"] ?? $U;
  let split$v = $P["split"] ?? $U;
  let join$v = $P["join"] ?? $U;
  let upper$v = $P["upper"] ?? $U;
  let parse$v = $P["parse"] ?? $U;
  let render$v = $P["render"] ?? $U;
  let entries$v = $P["entries"] ?? $U;
  let rendered$v = $P["rendered"] ?? $U;
  let route$v = $P["route"] ?? $U;
  let mentions$Q$v = $P["mentions?"] ?? $U;
  let failing$v = $P["failing"] ?? $U;
  let slow$v = $P["slow"] ?? $U;
  let timeouts$v = $P["timeouts"] ?? $U;
  let per_service$v = $P["per-service"] ?? $U;
  let per_level$v = $P["per-level"] ?? $U;
  let per_route$v = $P["per-route"] ?? $U;
  let services$v = $P["services"] ?? $U;
  let slowest$v = $P["slowest"] ?? $U;
  let error_rate$v = $P["error-rate"] ?? $U;
  let service_summary$v = $P["service-summary"] ?? $U;
  let digest$v = $P["digest"] ?? $U;
  const vigy_get$x = $P["vigy-get"];
  const intersperse$p = $P["intersperse"];
  const get$p = $P["get"];
  const empty$Q$p = $P["empty?"];
  const member$Q$p = $P["member?"];
  const frequencies$p = $P["frequencies"];
  const max_by$p = $P["max-by"];
  const vigy_log$x = $P["vigy-log"];
  const vigy_event$x = $P["vigy-event"];
  const vigy_push$x = $P["vigy-push"];
  const vigy_metric$x = $P["vigy-metric"];
  const vigy_trace$x = $P["vigy-trace"];
  const first$p = $P["first"];
  const vigy_set$x = $P["vigy-set"];
  const vigy_get$x2 = $r_positional(vigy_get$x, 2);
  const intersperse$p2 = $r_positional(intersperse$p, 2);
  const get$p2 = $r_positional(get$p, 2);
  const empty$Q$p1 = $r_positional(empty$Q$p, 1);
  const frequencies$p1 = $r_positional(frequencies$p, 1);
  const max_by$p2 = $r_positional(max_by$p, 2);
  const vigy_log$x2 = $r_positional(vigy_log$x, 2);
  const vigy_event$x2 = $r_positional(vigy_event$x, 2);
  const vigy_push$x1 = $r_positional(vigy_push$x, 1);
  const vigy_metric$x2 = $r_positional(vigy_metric$x, 2);
  const vigy_trace$x2 = $r_positional(vigy_trace$x, 2);
  const first$p1 = $r_positional(first$p, 1);
  const vigy_set$x2 = $r_positional(vigy_set$x, 2);
  let $n;
  let $p = 0;
  try {
    const $t1 = vigy_get$x2 !== undefined ? vigy_get$x2 : $r_unbound("vigy-get", $s[0]);
    const $t2 = ($p = 1, list$n.fn());
    lines$v = ($p = 2, $t1("logs/lines", $t2));
    function split(line) {
      let $p = 5;
      try {
        const $t3 = ($p = 3, read_all$n.fn(line));
        const $t4 = ($p = 4, $r_listView($t3));
        const $t5 = $t4.a;
        const $t6 = $t4.i;
        const $t7 = $t5.length - $t6;
        const $t9 = $r_newArray($t7);
        try {
          for (let $t8 = 0; $t8 < $t7; $t8++) {
            let arg0 = $t5[$t6 + $t8];
            $t9[$t8] = ($p = 4, typeof arg0 === "string" ? arg0 : typeof arg0 === "number" ? "" + arg0 : string$n.fn(arg0));
          }
        } catch ($e) {
          $e = $r_inlined($e, $s[$p], $s[4]);
          $p = 4;
          throw $e;
        }
        return $r_listOf($t9);
      } catch ($e) {
        $r_rethrow($e, $s[$p]);
      }
    }
    split$v = $r_fn(split, $a, null, "split", true);
    function join(sep, parts) {
      let $p = 8;
      try {
        const $t10 = ($p = 6, intersperse$p2(sep, parts));
        return ($p = 7, apply$n.fn(string_append$n, $t10));
      } catch ($e) {
        $r_rethrow($e, $s[$p]);
      }
    }
    join$v = $r_fn(join, $a$1, null, "join", true);
    upper$v = ($p = 9, hash_map$n.fn("debug", "DEBUG", "info", "INFO", "warn", "WARN", "error", "ERROR"));
    function parse(line$1) {
      let $p = 26;
      try {
        let fields = ($p = 10, read_all$n.fn(line$1));
        const $t11 = ($p = 11, typeof 0 === "number" && fields instanceof $r_LList && 0 >= 0 && 0 < fields.a.length - fields.i ? fields.a[fields.i + 0] : nth$n.fn(0, fields));
        const $t13 = ($p = 12, typeof $t11 === "string" ? $t11 : typeof $t11 === "number" ? "" + $t11 : string$n.fn($t11));
        const $t12 = ($p = 13, typeof 1 === "number" && fields instanceof $r_LList && 1 >= 0 && 1 < fields.a.length - fields.i ? fields.a[fields.i + 1] : nth$n.fn(1, fields));
        const $t15 = ($p = 14, typeof $t12 === "string" ? $t12 : typeof $t12 === "number" ? "" + $t12 : string$n.fn($t12));
        const $t14 = ($p = 15, typeof 2 === "number" && fields instanceof $r_LList && 2 >= 0 && 2 < fields.a.length - fields.i ? fields.a[fields.i + 2] : nth$n.fn(2, fields));
        const $t17 = ($p = 16, typeof $t14 === "string" ? $t14 : typeof $t14 === "number" ? "" + $t14 : string$n.fn($t14));
        const $t16 = ($p = 17, typeof 3 === "number" && fields instanceof $r_LList && 3 >= 0 && 3 < fields.a.length - fields.i ? fields.a[fields.i + 3] : nth$n.fn(3, fields));
        const $t19 = ($p = 18, typeof $t16 === "string" ? $t16 : typeof $t16 === "number" ? "" + $t16 : string$n.fn($t16));
        const $t18 = ($p = 19, typeof 4 === "number" && fields instanceof $r_LList && 4 >= 0 && 4 < fields.a.length - fields.i ? fields.a[fields.i + 4] : nth$n.fn(4, fields));
        const $t27 = ($p = 20, typeof $t18 === "string" ? $t18 : typeof $t18 === "number" ? "" + $t18 : string$n.fn($t18));
        const $t28 = ($p = 21, typeof 5 === "number" && fields instanceof $r_LList && 5 >= 0 && 5 < fields.a.length - fields.i ? fields.a[fields.i + 5] : nth$n.fn(5, fields));
        const $t29 = ($p = 22, typeof 6 === "number" && fields instanceof $r_LList && 6 >= 0 && 6 < fields.a.length - fields.i ? fields.a[fields.i + 6] : nth$n.fn(6, fields));
        const $t20 = ($p = 23, drop$n.fn(7, fields));
        const $t21 = ($p = 24, $r_listView($t20));
        const $t22 = $t21.a;
        const $t23 = $t21.i;
        const $t24 = $t22.length - $t23;
        const $t26 = $r_newArray($t24);
        try {
          for (let $t25 = 0; $t25 < $t24; $t25++) {
            let arg0$1 = $t22[$t23 + $t25];
            $t26[$t25] = ($p = 24, typeof arg0$1 === "string" ? arg0$1 : typeof arg0$1 === "number" ? "" + arg0$1 : string$n.fn(arg0$1));
          }
        } catch ($e) {
          $e = $r_inlined($e, $s[$p], $s[24]);
          $p = 24;
          throw $e;
        }
        const $t30 = $r_listOf($t26);
        return ($p = 25, hash_map$n.fn(time$k, $t13, level$k, $t15, service$k, $t17, method$k, $t19, path$k, $t27, status$k, $t28, ms$k, $t29, note$k, $t30));
      } catch ($e) {
        $r_rethrow($e, $s[$p]);
      }
    }
    parse$v = $r_fn(parse, $a, null, "parse", true);
    function render(e) {
      let $p = 43;
      try {
        const $t31 = upper$v;
        const $t32 = ($p = 27, get$p2(e, level$k));
        const $t34 = ($p = 28, get$p2($t31, $t32));
        const $t35 = ($p = 29, get$p2(e, time$k));
        const $t36 = ($p = 30, get$p2(e, service$k));
        const $t37 = ($p = 31, get$p2(e, method$k));
        const $t38 = ($p = 32, get$p2(e, path$k));
        const $t33 = ($p = 33, get$p2(e, status$k));
        const $t40 = ($p = 34, typeof $t33 === "string" ? $t33 : typeof $t33 === "number" ? "" + $t33 : string$n.fn($t33));
        const $t39 = ($p = 35, get$p2(e, ms$k));
        const $t45 = ($p = 36, typeof $t39 === "string" ? $t39 : typeof $t39 === "number" ? "" + $t39 : string$n.fn($t39));
        const $t41 = ($p = 37, get$p2(e, note$k));
        let $t44;
        if ($r_truthy(($p = 38, empty$Q$p1($t41)))) {
          $t44 = "";
        } else {
          const $t42 = ($p = 39, get$p2(e, note$k));
          const $t43 = ($p = 40, join(" ", $t42));
          $t44 = ($p = 41, typeof $t43 === "string" ? " (" + $t43 + ")" : string_append$n.fn(" (", $t43, ")"));
        }
        const $t46 = $t44;
        return ($p = 42, typeof $t34 === "string" && typeof $t35 === "string" && typeof $t36 === "string" && typeof $t37 === "string" && typeof $t38 === "string" && typeof $t40 === "string" && typeof $t45 === "string" && typeof $t46 === "string" ? "[" + $t34 + "] " + $t35 + " " + $t36 + " " + $t37 + " " + $t38 + " -> " + $t40 + " in " + $t45 + "ms" + $t46 : string_append$n.fn("[", $t34, "] ", $t35, " ", $t36, " ", $t37, " ", $t38, " -> ", $t40, " in ", $t45, "ms", $t46));
      } catch ($e) {
        $r_rethrow($e, $s[$p]);
      }
    }
    render$v = $r_fn(render, $a$2, null, "render", true);
    const $t47 = ($p = 44, $r_listView(lines$v));
    const $t48 = $t47.a;
    const $t49 = $t47.i;
    const $t50 = $t48.length - $t49;
    const $t52 = $r_newArray($t50);
    try {
      for (let $t51 = 0; $t51 < $t50; $t51++) {
        let arg0$2 = $t48[$t49 + $t51];
        $t52[$t51] = ($p = 44, parse(arg0$2));
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[44]);
      $p = 44;
      throw $e;
    }
    entries$v = $r_listOf($t52);
    const $t53 = ($p = 45, $r_listView(entries$v));
    const $t54 = $t53.a;
    const $t55 = $t53.i;
    const $t56 = $t54.length - $t55;
    const $t58 = $r_newArray($t56);
    try {
      for (let $t57 = 0; $t57 < $t56; $t57++) {
        let arg0$3 = $t54[$t55 + $t57];
        $t58[$t57] = ($p = 45, render(arg0$3));
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[45]);
      $p = 45;
      throw $e;
    }
    rendered$v = $r_listOf($t58);
    function route(e$1) {
      let $p = 49;
      try {
        const $t59 = ($p = 46, get$p2(e$1, method$k));
        const $t60 = ($p = 47, get$p2(e$1, path$k));
        return ($p = 48, typeof $t59 === "string" && typeof $t60 === "string" ? $t59 + " " + $t60 : string_append$n.fn($t59, " ", $t60));
      } catch ($e) {
        $r_rethrow($e, $s[$p]);
      }
    }
    route$v = $r_fn(route, $a$2, null, "route", true);
    function mentions$Q(word, e$2) {
      let $p = 52;
      try {
        const $t61 = member$Q$p;
        const $t62 = ($p = 50, get$p2(e$2, note$k));
        return ($p = -1, $r_tail2($t61, word, $t62, $s[51]));
      } catch ($e) {
        $r_rethrow($e, $s[$p]);
      }
    }
    mentions$Q$v = $r_fn(mentions$Q, $a$3, null, "mentions?");
    const $t63 = ($p = 53, $r_listView(entries$v));
    const $t64 = $t63.a;
    const $t65 = $t63.i;
    const $t66 = $t64.length - $t65;
    const $t69 = [];
    try {
      for (let $t67 = 0; $t67 < $t66; $t67++) {
        let e$3 = $t64[$t65 + $t67];
        const $t68 = ($p = 54, get$p2(e$3, status$k));
        if (($p = 55, typeof $t68 === "number" ? $t68 >= 500 : $r_numGe($t68, 500))) {
          $t69.push($t64[$t65 + $t67]);
        }
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[53]);
      $p = 53;
      throw $e;
    }
    failing$v = $r_listOf($t69);
    const $t70 = ($p = 56, $r_listView(entries$v));
    const $t71 = $t70.a;
    const $t72 = $t70.i;
    const $t73 = $t71.length - $t72;
    const $t76 = [];
    try {
      for (let $t74 = 0; $t74 < $t73; $t74++) {
        let e$4 = $t71[$t72 + $t74];
        const $t75 = ($p = 57, get$p2(e$4, ms$k));
        if (($p = 58, typeof $t75 === "number" ? $t75 > 500 : $r_numGt($t75, 500))) {
          $t76.push($t71[$t72 + $t74]);
        }
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[56]);
      $p = 56;
      throw $e;
    }
    slow$v = $r_listOf($t76);
    const $t77 = ($p = 59, $r_listView(entries$v));
    const $t78 = $t77.a;
    const $t79 = $t77.i;
    const $t80 = $t78.length - $t79;
    const $t82 = [];
    try {
      for (let $t81 = 0; $t81 < $t80; $t81++) {
        let e$5 = $t78[$t79 + $t81];
        if ($r_truthy(($p = 60, $r_done(mentions$Q("timeout", e$5))))) {
          $t82.push($t78[$t79 + $t81]);
        }
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[59], [$s[60]]);
      $p = 59;
      throw $e;
    }
    timeouts$v = $r_listOf($t82);
    const $t83 = ($p = 61, $r_listView(entries$v));
    const $t84 = $t83.a;
    const $t85 = $t83.i;
    const $t86 = $t84.length - $t85;
    const $t88 = $r_newArray($t86);
    try {
      for (let $t87 = 0; $t87 < $t86; $t87++) {
        let e$6 = $t84[$t85 + $t87];
        $t88[$t87] = ($p = 62, get$p2(e$6, service$k));
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[61], [$s[62]]);
      $p = 61;
      throw $e;
    }
    const $t89 = $r_listOf($t88);
    per_service$v = ($p = 63, frequencies$p1($t89));
    const $t90 = ($p = 64, $r_listView(entries$v));
    const $t91 = $t90.a;
    const $t92 = $t90.i;
    const $t93 = $t91.length - $t92;
    const $t96 = $r_newArray($t93);
    try {
      for (let $t94 = 0; $t94 < $t93; $t94++) {
        let e$7 = $t91[$t92 + $t94];
        const $t95 = ($p = 65, get$p2(e$7, level$k));
        $t96[$t94] = ($p = 66, string_$Gkeyword$n.fn($t95));
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[64]);
      $p = 64;
      throw $e;
    }
    const $t97 = $r_listOf($t96);
    per_level$v = ($p = 67, frequencies$p1($t97));
    const $t98 = ($p = 68, $r_listView(entries$v));
    const $t99 = $t98.a;
    const $t100 = $t98.i;
    const $t101 = $t99.length - $t100;
    const $t103 = $r_newArray($t101);
    try {
      for (let $t102 = 0; $t102 < $t101; $t102++) {
        let arg0$4 = $t99[$t100 + $t102];
        $t103[$t102] = ($p = 68, route(arg0$4));
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[68]);
      $p = 68;
      throw $e;
    }
    const $t104 = $r_listOf($t103);
    per_route$v = ($p = 69, frequencies$p1($t104));
    const $t105 = ($p = 70, hash_map_keys$n.fn(per_service$v));
    services$v = ($p = 71, sort_by$n.fn(compare$n, $t105));
    slowest$v = ($p = 74, max_by$p2($r_fn(function (e$8) {
      let $p = 73;
      try {
        return ($p = -1, $r_tail2(get$p, e$8, ms$k, $s[72]));
      } catch ($e) {
        $r_rethrow($e, $s[$p]);
      }
    }, $a$2, null, null), entries$v));
    const $t106 = ($p = 75, length$n.fn(failing$v));
    const $t108 = ($p = 76, typeof $t106 === "number" && (($n = 100 * $t106) | 0) === $n ? $n + 0 : $r_mul2(100, $t106));
    const $t107 = ($p = 77, length$n.fn(entries$v));
    const $t109 = ($p = 78, $r_max2(1, $t107));
    error_rate$v = ($p = 79, $r_div2($t108, $t109));
    const $t110 = ($p = 80, $r_listView(services$v));
    const $t111 = $t110.a;
    const $t112 = $t110.i;
    const $t113 = $t111.length - $t112;
    const $t117 = $r_newArray($t113);
    try {
      for (let $t114 = 0; $t114 < $t113; $t114++) {
        let s = $t111[$t112 + $t114];
        const $t115 = ($p = 81, get$p2(per_service$v, s));
        const $t116 = ($p = 82, typeof $t115 === "string" ? $t115 : typeof $t115 === "number" ? "" + $t115 : string$n.fn($t115));
        $t117[$t114] = ($p = 83, typeof s === "string" && typeof $t116 === "string" ? s + "=" + $t116 : string_append$n.fn(s, "=", $t116));
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[80]);
      $p = 80;
      throw $e;
    }
    const $t118 = $r_listOf($t117);
    service_summary$v = ($p = 84, join(", ", $t118));
    const $t119 = ($p = 85, length$n.fn(entries$v));
    const $t121 = ($p = 86, typeof $t119 === "string" ? $t119 : typeof $t119 === "number" ? "" + $t119 : string$n.fn($t119));
    const $t120 = ($p = 87, length$n.fn(failing$v));
    const $t123 = ($p = 88, typeof $t120 === "string" ? $t120 : typeof $t120 === "number" ? "" + $t120 : string$n.fn($t120));
    const $t122 = error_rate$v;
    const $t125 = ($p = 89, typeof $t122 === "string" ? $t122 : typeof $t122 === "number" ? "" + $t122 : string$n.fn($t122));
    const $t124 = ($p = 90, length$n.fn(slow$v));
    const $t127 = ($p = 91, typeof $t124 === "string" ? $t124 : typeof $t124 === "number" ? "" + $t124 : string$n.fn($t124));
    const $t126 = ($p = 92, length$n.fn(timeouts$v));
    const $t128 = ($p = 93, typeof $t126 === "string" ? $t126 : typeof $t126 === "number" ? "" + $t126 : string$n.fn($t126));
    const $t129 = ($p = 94, render(slowest$v));
    const $t130 = service_summary$v;
    digest$v = ($p = 95, typeof $t121 === "string" && typeof $t123 === "string" && typeof $t125 === "string" && typeof $t127 === "string" && typeof $t128 === "string" && typeof $t129 === "string" && typeof $t130 === "string" ? $t121 + " requests, " + $t123 + " failed (" + $t125 + "%), " + $t127 + " slow, " + $t128 + " timeouts; slowest: " + $t129 + "; per service: " + $t130 : string_append$n.fn($t121, " requests, ", $t123, " failed (", $t125, "%), ", $t127, " slow, ", $t128, " timeouts; slowest: ", $t129, "; per service: ", $t130));
    const $t131 = ($p = 96, $r_listView(failing$v));
    const $t132 = $t131.a;
    const $t133 = $t131.i;
    const $t134 = $t132.length - $t133;
    try {
      for (let $t135 = 0; $t135 < $t134; $t135++) {
        let e$9 = $t132[$t133 + $t135];
        const $t136 = vigy_log$x2 !== undefined ? vigy_log$x2 : $r_unbound("vigy-log", $s[97]);
        const $t137 = ($p = 98, render(e$9));
        ($p = 99, $t136("warn", $t137));
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[96], [$s[99]]);
      $p = 96;
      throw $e;
    }
    const $t138 = vigy_event$x2 !== undefined ? vigy_event$x2 : $r_unbound("vigy-event", $s[100]);
    ($p = 101, $t138("LogDigest", digest$v));
    const $t139 = vigy_push$x1 !== undefined ? vigy_push$x1 : $r_unbound("vigy-push", $s[102]);
    const $t147 = digest$v;
    const $t140 = ($p = 103, take$n.fn(5, failing$v));
    const $t141 = ($p = 104, $r_listView($t140));
    const $t142 = $t141.a;
    const $t143 = $t141.i;
    const $t144 = $t142.length - $t143;
    const $t146 = $r_newArray($t144);
    try {
      for (let $t145 = 0; $t145 < $t144; $t145++) {
        let arg0$5 = $t142[$t143 + $t145];
        $t146[$t145] = ($p = 104, render(arg0$5));
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[104]);
      $p = 104;
      throw $e;
    }
    const $t154 = $r_listOf($t146);
    const $t148 = ($p = 105, $r_listView(timeouts$v));
    const $t149 = $t148.a;
    const $t150 = $t148.i;
    const $t151 = $t149.length - $t150;
    const $t153 = $r_newArray($t151);
    try {
      for (let $t152 = 0; $t152 < $t151; $t152++) {
        let arg0$6 = $t149[$t150 + $t152];
        $t153[$t152] = ($p = 105, route(arg0$6));
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[105]);
      $p = 105;
      throw $e;
    }
    const $t155 = $r_listOf($t153);
    const $t156 = per_service$v;
    const $t157 = per_level$v;
    const $t158 = ($p = 106, hash_map_count$n.fn(per_route$v));
    const $t159 = ($p = 107, hash_map$n.fn("digest", $t147, "failed", $t154, "timeouts", $t155, "per_service", $t156, "per_level", $t157, "routes", $t158));
    ($p = 108, $t139($t159));
    const $t160 = vigy_metric$x2 !== undefined ? vigy_metric$x2 : $r_unbound("vigy-metric", $s[109]);
    const $t161 = ($p = 110, length$n.fn(entries$v));
    ($p = 111, $t160("requests", $t161));
    const $t162 = vigy_metric$x2 !== undefined ? vigy_metric$x2 : $r_unbound("vigy-metric", $s[112]);
    ($p = 113, $t162("error_rate_pct", error_rate$v));
    const $t163 = vigy_metric$x2 !== undefined ? vigy_metric$x2 : $r_unbound("vigy-metric", $s[114]);
    const $t164 = ($p = 115, length$n.fn(slow$v));
    ($p = 116, $t163("slow_requests", $t164));
    const $t165 = vigy_trace$x2 !== undefined ? vigy_trace$x2 : $r_unbound("vigy-trace", $s[117]);
    ($p = 118, $t165("services", services$v));
    const $t166 = vigy_trace$x2 !== undefined ? vigy_trace$x2 : $r_unbound("vigy-trace", $s[119]);
    const $t167 = ($p = 120, first$p1(lines$v));
    const $t168 = ($p = 121, split($t167));
    ($p = 122, $t166("first_line_fields", $t168));
    const $t169 = vigy_set$x2 !== undefined ? vigy_set$x2 : $r_unbound("vigy-set", $s[123]);
    ($p = 124, $t169("logs/digest", digest$v));
    const $t170 = vigy_set$x2 !== undefined ? vigy_set$x2 : $r_unbound("vigy-set", $s[125]);
    return ($p = 126, $t170("logs/rendered", rendered$v));
  } catch ($e) {
    $r_rethrow($e, $s[$p]);
  }
}
export default /* @__PURE__ */ $r_program("bench/programs/strings.lisp", run, {
  "natives": ["*", "/", ">", ">=", "apply", "compare", "drop", "filter", "for-each", "hash-map", "hash-map-count", "hash-map-keys", "length", "list", "map", "max", "nth", "read-all", "sort-by", "string", "string->keyword", "string-append", "take"]
});
//# sourceMappingURL=strings.js.map
