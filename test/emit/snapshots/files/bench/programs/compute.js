import * as $r from "vigy-js/runtime/compiled";
import * as $b from "vigy-js/runtime/compiled/natives";
import * as $f from "vigy-js/runtime/compiled/stdlib";
import * as $l from "vigy-js/runtime/compiled/stdlib-late";
const $r_add2 = $r.add2;
const $r_div2 = $r.div2;
const $r_env = $r.env;
const $r_fn = $r.fn;
const $r_inlined = $r.inlined;
const $r_linked = $r.linked;
const $r_listOf = $r.listOf;
const $r_listView = $r.listView;
const $r_mul2 = $r.mul2;
const $r_newArray = $r.newArray;
const $r_numEq = $r.numEq;
const $r_numLt = $r.numLt;
const $r_positional = $r.positional;
const $r_program = $r.program;
const $r_rethrow = $r.rethrow;
const $r_spans = $r.spans;
const $r_sub2 = $r.sub2;
const $r_truthy = $r.truthy;
const $r_unbound = $r.unbound;
const $b_$E = $b.$E;
const $b_$G = $b.$G;
const $b_$L = $b.$L;
const $b_$P = $b.$P;
const $b_car = $b.car;
const $b_cdr = $b.cdr;
const $b_cons = $b.cons;
const $b_display = $b.display;
const $b_length = $b.length;
const $b_modulo = $b.modulo;
const $b_newline = $b.newline;
const $f_even$Q = $f.even$Q;
const $f_odd$Q = $f.odd$Q;
const $f_range = $f.range;
const $l_error_msg = $l.error_msg;
const $l_even$Q = $l.even$Q;
const $l_odd$Q = $l.odd$Q;
const $l_range = $l.range;
const $l_range_impl = $l.range_impl;
const $l_second = $l.second;
const $l_third = $l.third;
const $s = /* @__PURE__ */ $r_spans("bench/programs/compute.lisp", [[4, 21, 206, 213], [4, 39, 224, 231], [4, 34, 219, 232], [4, 53, 238, 245], [4, 48, 233, 246], [4, 31, 216, 247], [4, 1, 186, 249], [6, 43, 293, 306], [6, 17, 267, 307], [6, 34, 284, 291], [7, 16, 324, 332], [8, 24, 357, 376], [9, 33, 410, 426], [9, 19, 396, 427], [10, 39, 467, 483], [10, 21, 449, 484], [11, 19, 504, 527], [12, 17, 545, 565], [14, 2, 569, 579], [14, 1, 568, 596], [15, 2, 598, 608], [15, 1, 597, 641], [16, 2, 643, 653], [16, 1, 642, 676], [17, 2, 678, 688], [17, 1, 677, 715], [18, 2, 717, 728], [18, 1, 716, 745], [19, 2, 747, 758], [19, 1, 746, 791], [20, 2, 793, 804], [20, 1, 792, 831], [21, 2, 833, 844], [21, 1, 832, 869], [22, 2, 871, 882], [22, 1, 870, 908], [25, 2, 951, 959], [25, 26, 975, 1013], [25, 1, 950, 1014], [26, 2, 1016, 1025], [26, 1, 1015, 1041], [27, 9, 1050, 1058], [27, 8, 1049, 1087], [27, 5, 1046, 1095], [28, 6, 1101, 1110], [28, 5, 1100, 1111], [29, 6, 1117, 1127], [29, 53, 1164, 1179], [29, 17, 1128, 1180], [29, 5, 1116, 1181]]);
const $U = $r.U;
const $D = /* @__PURE__ */ $r_linked({
  "range": $f_range,
  "even?": $f_even$Q,
  "odd?": $f_odd$Q
}, ["+", "\u003c", "=", ">", "car", "cdr", "cons", "display", "error-msg", "length", "modulo", "newline", "range-impl", "second", "third"], {
  "+": $b_$P,
  "\u003c": $b_$L,
  "=": $b_$E,
  ">": $b_$G,
  "car": $b_car,
  "cdr": $b_cdr,
  "cons": $b_cons,
  "display": $b_display,
  "length": $b_length,
  "modulo": $b_modulo,
  "newline": $b_newline
}, [$l_second, $l_third, $l_error_msg, $l_range_impl, $l_range, $l_even$Q, $l_odd$Q]);
const $a = ["n"];
const take$n = $b.take;
const length$n = $b.length;
const max$n = $b.max;
const reduce$n = $b.reduce;
const list$n = $b.list;
const string$n = $b.string;
const string_append$n = $b.string_append;
function run($X) {
  const $P = $r_env($X, $D);
  let fib$v = $P["fib"] ?? $U;
  let squares$v = $P["squares"] ?? $U;
  let fib_20$v = $P["fib-20"] ?? $U;
  let sum_of_squares$v = $P["sum-of-squares"] ?? $U;
  let even_head$v = $P["even-head"] ?? $U;
  let mean_square$v = $P["mean-square"] ?? $U;
  let odd_count$v = $P["odd-count"] ?? $U;
  let largest$v = $P["largest"] ?? $U;
  const range$p = $P["range"];
  const even$Q$p = $P["even?"];
  const odd$Q$p = $P["odd?"];
  const vigy_trace$x = $P["vigy-trace"];
  const vigy_metric$x = $P["vigy-metric"];
  const vigy_set$x = $P["vigy-set"];
  const vigy_incr$x = $P["vigy-incr"];
  const vigy_get$x = $P["vigy-get"];
  const vigy_noop$x = $P["vigy-noop"];
  const vigy_defer$x = $P["vigy-defer"];
  const range$p2 = $r_positional(range$p, 2);
  const even$Q$p1 = $r_positional(even$Q$p, 1);
  const odd$Q$p1 = $r_positional(odd$Q$p, 1);
  const vigy_trace$x2 = $r_positional(vigy_trace$x, 2);
  const vigy_metric$x2 = $r_positional(vigy_metric$x, 2);
  const vigy_set$x2 = $r_positional(vigy_set$x, 2);
  const vigy_incr$x1 = $r_positional(vigy_incr$x, 1);
  const vigy_get$x2 = $r_positional(vigy_get$x, 2);
  const vigy_noop$x0 = $r_positional(vigy_noop$x, 0);
  const vigy_defer$x1 = $r_positional(vigy_defer$x, 1);
  let $n;
  let $p = 0;
  try {
    function fib(n) {
      let $n;
      let $p = 6;
      try {
        if (($p = 0, typeof n === "number" ? n < 2 : $r_numLt(n, 2))) {
          return n;
        } else {
          const $t1 = ($p = 1, typeof n === "number" && (($n = n - 1) | 0) === $n ? $n : $r_sub2(n, 1));
          const $t3 = ($p = 2, fib($t1));
          const $t2 = ($p = 3, typeof n === "number" && (($n = n - 2) | 0) === $n ? $n : $r_sub2(n, 2));
          const $t4 = ($p = 4, fib($t2));
          return ($p = 5, typeof $t3 === "number" && typeof $t4 === "number" && (($n = $t3 + $t4) | 0) === $n ? $n : $r_add2($t3, $t4));
        }
      } catch ($e) {
        $r_rethrow($e, $s[$p]);
      }
    }
    fib$v = $r_fn(fib, $a, null, "fib", true);
    const $t5 = ($p = 7, range$p2(1, 101));
    const $t6 = ($p = 8, $r_listView($t5));
    const $t7 = $t6.a;
    const $t8 = $t6.i;
    const $t9 = $t7.length - $t8;
    const $t11 = $r_newArray($t9);
    try {
      for (let $t10 = 0; $t10 < $t9; $t10++) {
        let x = $t7[$t8 + $t10];
        $t11[$t10] = ($p = 9, typeof x === "number" && typeof x === "number" && (($n = x * x) | 0) === $n ? $n + 0 : $r_mul2(x, x));
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[8]);
      $p = 8;
      throw $e;
    }
    squares$v = $r_listOf($t11);
    fib_20$v = ($p = 10, fib(20));
    let $t12 = 0;
    const $t13 = ($p = 11, $r_listView(squares$v));
    const $t14 = $t13.a;
    const $t15 = $t13.i;
    const $t16 = $t14.length - $t15;
    try {
      for (let $t17 = 0; $t17 < $t16; $t17++) {
        let arg0 = $t12;
        let arg1 = $t14[$t15 + $t17];
        $t12 = ($p = 11, typeof arg0 === "number" && typeof arg1 === "number" && (($n = arg0 + arg1) | 0) === $n ? $n : $r_add2(arg0, arg1));
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[11]);
      $p = 11;
      throw $e;
    }
    sum_of_squares$v = $t12;
    const $t18 = ($p = 12, take$n.fn(5, squares$v));
    const $t19 = ($p = 13, $r_listView($t18));
    const $t20 = $t19.a;
    const $t21 = $t19.i;
    const $t22 = $t20.length - $t21;
    const $t24 = [];
    try {
      for (let $t23 = 0; $t23 < $t22; $t23++) {
        let arg0$1 = $t20[$t21 + $t23];
        if ($r_truthy(($p = 13, even$Q$p1(arg0$1)))) {
          $t24.push($t20[$t21 + $t23]);
        }
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[13]);
      $p = 13;
      throw $e;
    }
    even_head$v = $r_listOf($t24);
    const $t25 = sum_of_squares$v;
    const $t26 = ($p = 14, length$n.fn(squares$v));
    mean_square$v = ($p = 15, $r_div2($t25, $t26));
    const $t27 = ($p = 16, $r_listView(squares$v));
    const $t28 = $t27.a;
    const $t29 = $t27.i;
    const $t30 = $t28.length - $t29;
    let $t32 = 0;
    try {
      for (let $t31 = 0; $t31 < $t30; $t31++) {
        let arg0$2 = $t28[$t29 + $t31];
        if ($r_truthy(($p = 16, odd$Q$p1(arg0$2)))) {
          $t32++;
        }
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[16]);
      $p = 16;
      throw $e;
    }
    odd_count$v = $t32;
    largest$v = ($p = 17, reduce$n.fn(max$n, squares$v));
    const $t33 = vigy_trace$x2 !== undefined ? vigy_trace$x2 : $r_unbound("vigy-trace", $s[18]);
    ($p = 19, $t33("fib_20", fib_20$v));
    const $t34 = vigy_trace$x2 !== undefined ? vigy_trace$x2 : $r_unbound("vigy-trace", $s[20]);
    ($p = 21, $t34("sum_of_squares", sum_of_squares$v));
    const $t35 = vigy_trace$x2 !== undefined ? vigy_trace$x2 : $r_unbound("vigy-trace", $s[22]);
    ($p = 23, $t35("even_head", even_head$v));
    const $t36 = vigy_trace$x2 !== undefined ? vigy_trace$x2 : $r_unbound("vigy-trace", $s[24]);
    ($p = 25, $t36("mean_square", mean_square$v));
    const $t37 = vigy_metric$x2 !== undefined ? vigy_metric$x2 : $r_unbound("vigy-metric", $s[26]);
    ($p = 27, $t37("fib_20", fib_20$v));
    const $t38 = vigy_metric$x2 !== undefined ? vigy_metric$x2 : $r_unbound("vigy-metric", $s[28]);
    ($p = 29, $t38("sum_of_squares", sum_of_squares$v));
    const $t39 = vigy_metric$x2 !== undefined ? vigy_metric$x2 : $r_unbound("vigy-metric", $s[30]);
    ($p = 31, $t39("mean_square", mean_square$v));
    const $t40 = vigy_metric$x2 !== undefined ? vigy_metric$x2 : $r_unbound("vigy-metric", $s[32]);
    ($p = 33, $t40("odd_squares", odd_count$v));
    const $t41 = vigy_metric$x2 !== undefined ? vigy_metric$x2 : $r_unbound("vigy-metric", $s[34]);
    ($p = 35, $t41("largest_square", largest$v));
    const $t42 = vigy_set$x2 !== undefined ? vigy_set$x2 : $r_unbound("vigy-set", $s[36]);
    const $t43 = ($p = 37, list$n.fn(fib_20$v, sum_of_squares$v, even_head$v));
    ($p = 38, $t42("compute/last", $t43));
    const $t44 = vigy_incr$x1 !== undefined ? vigy_incr$x1 : $r_unbound("vigy-incr", $s[39]);
    ($p = 40, $t44("compute/runs"));
    const $t45 = vigy_get$x2 !== undefined ? vigy_get$x2 : $r_unbound("vigy-get", $s[41]);
    const $t46 = ($p = 42, $t45("compute/expected_fib", 6765));
    const $t47 = fib_20$v;
    let $t53;
    if (($p = 43, typeof $t46 === "number" && typeof $t47 === "number" ? $t46 === $t47 : $r_numEq($t46, $t47))) {
      const $t48 = vigy_noop$x0 !== undefined ? vigy_noop$x0 : $r_unbound("vigy-noop", $s[44]);
      $t53 = ($p = 45, $t48());
    } else {
      const $t49 = vigy_defer$x1 !== undefined ? vigy_defer$x1 : $r_unbound("vigy-defer", $s[46]);
      const $t50 = fib_20$v;
      const $t51 = ($p = 47, typeof $t50 === "string" ? $t50 : typeof $t50 === "number" ? "" + $t50 : string$n.fn($t50));
      const $t52 = ($p = 48, typeof $t51 === "string" ? "fib 20 drifted to " + $t51 : string_append$n.fn("fib 20 drifted to ", $t51));
      $t53 = ($p = 49, $t49($t52));
    }
    return $t53;
  } catch ($e) {
    $r_rethrow($e, $s[$p]);
  }
}
export default /* @__PURE__ */ $r_program("bench/programs/compute.lisp", run, {
  "natives": ["*", "+", "-", "/", "\u003c", "=", "count-if", "filter", "foldl", "length", "list", "map", "max", "reduce", "string", "string-append", "take"]
});
//# sourceMappingURL=compute.js.map
