import * as $r from "vigy-js/runtime/compiled";
import * as $b from "vigy-js/runtime/compiled/natives";
import * as $f from "vigy-js/runtime/compiled/stdlib";
import * as $l from "vigy-js/runtime/compiled/stdlib-late";
const $r_add2 = $r.add2;
const $r_env = $r.env;
const $r_fn = $r.fn;
const $r_inlined = $r.inlined;
const $r_linked = $r.linked;
const $r_listOf = $r.listOf;
const $r_listView = $r.listView;
const $r_mul2 = $r.mul2;
const $r_newArray = $r.newArray;
const $r_numLt = $r.numLt;
const $r_positional = $r.positional;
const $r_program = $r.program;
const $r_rethrow = $r.rethrow;
const $r_spans = $r.spans;
const $r_sub2 = $r.sub2;
const $r_truthy = $r.truthy;
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
const $f_range = $f.range;
const $l_error_msg = $l.error_msg;
const $l_even$Q = $l.even$Q;
const $l_range = $l.range;
const $l_range_impl = $l.range_impl;
const $l_second = $l.second;
const $l_third = $l.third;
const $s = /* @__PURE__ */ $r_spans("examples/fib-and-lists.lisp", [[3, 21, 156, 163], [3, 39, 174, 181], [3, 34, 169, 182], [3, 53, 188, 195], [3, 48, 183, 196], [3, 31, 166, 197], [3, 1, 136, 199], [4, 43, 242, 255], [4, 17, 216, 256], [4, 34, 233, 240], [5, 7, 264, 272], [5, 16, 273, 292], [5, 50, 307, 323], [5, 36, 293, 324], [5, 1, 258, 325]]);
const $U = $r.U;
const $D = /* @__PURE__ */ $r_linked({
  "range": $f_range,
  "even?": $f_even$Q
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
}, [$l_second, $l_third, $l_error_msg, $l_range_impl, $l_range, $l_even$Q]);
const $a = ["n"];
const take$n = $b.take;
const list$n = $b.list;
function run($X) {
  const $P = $r_env($X, $D);
  let fib$v = $P["fib"] ?? $U;
  let squares$v = $P["squares"] ?? $U;
  const range$p = $P["range"];
  const even$Q$p = $P["even?"];
  const range$p2 = $r_positional(range$p, 2);
  const even$Q$p1 = $r_positional(even$Q$p, 1);
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
    const $t18 = ($p = 10, fib(20));
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
    const $t26 = $t12;
    const $t19 = ($p = 12, take$n.fn(5, squares$v));
    const $t20 = ($p = 13, $r_listView($t19));
    const $t21 = $t20.a;
    const $t22 = $t20.i;
    const $t23 = $t21.length - $t22;
    const $t25 = [];
    try {
      for (let $t24 = 0; $t24 < $t23; $t24++) {
        let arg0$1 = $t21[$t22 + $t24];
        if ($r_truthy(($p = 13, even$Q$p1(arg0$1)))) {
          $t25.push($t21[$t22 + $t24]);
        }
      }
    } catch ($e) {
      $e = $r_inlined($e, $s[$p], $s[13]);
      $p = 13;
      throw $e;
    }
    const $t27 = $r_listOf($t25);
    return ($p = 14, list$n.fn($t18, $t26, $t27));
  } catch ($e) {
    $r_rethrow($e, $s[$p]);
  }
}
export default /* @__PURE__ */ $r_program("examples/fib-and-lists.lisp", run, {
  "natives": ["*", "+", "-", "\u003c", "filter", "foldl", "list", "map", "take"]
});
//# sourceMappingURL=fib-and-lists.js.map
