import * as $r from "vigy-js/runtime/compiled";
const $r_env = $r.env;
const $r_positional = $r.positional;
const $r_program = $r.program;
const $r_rethrow = $r.rethrow;
const $r_spans = $r.spans;
const $r_unbound = $r.unbound;
const $s = /* @__PURE__ */ $r_spans("examples/hello-vigy.lisp", [[3, 2, 155, 163], [3, 1, 154, 191], [4, 2, 193, 202], [4, 1, 192, 203]]);
const $U = $r.U;
function run($X) {
  const $P = $r_env($X);
  const vigy_log$x = $P["vigy-log"];
  const vigy_noop$x = $P["vigy-noop"];
  const vigy_log$x2 = $r_positional(vigy_log$x, 2);
  const vigy_noop$x0 = $r_positional(vigy_noop$x, 0);
  let $p = 0;
  try {
    const $t1 = vigy_log$x2 !== undefined ? vigy_log$x2 : $r_unbound("vigy-log", $s[0]);
    ($p = 1, $t1("info", "hello from a vigy"));
    const $t2 = vigy_noop$x0 !== undefined ? vigy_noop$x0 : $r_unbound("vigy-noop", $s[2]);
    return ($p = 3, $t2());
  } catch ($e) {
    $r_rethrow($e, $s[$p]);
  }
}
export default /* @__PURE__ */ $r_program("examples/hello-vigy.lisp", run);
//# sourceMappingURL=hello-vigy.js.map
