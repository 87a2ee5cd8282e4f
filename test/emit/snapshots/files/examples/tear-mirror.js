import * as $r from "vigy-js/runtime/compiled";
const $r_callv = $r.callv;
const $r_div2 = $r.div2;
const $r_env = $r.env;
const $r_mul2 = $r.mul2;
const $r_numEq = $r.numEq;
const $r_numGt = $r.numGt;
const $r_positional = $r.positional;
const $r_program = $r.program;
const $r_rethrow = $r.rethrow;
const $r_spans = $r.spans;
const $r_truthy = $r.truthy;
const $r_unbound = $r.unbound;
const $s = /* @__PURE__ */ $r_spans("examples/tear-mirror.lisp", [[10, 2, 500, 508], [10, 1, 499, 535], [11, 2, 537, 547], [11, 27, 562, 577], [11, 26, 561, 578], [11, 1, 536, 579], [14, 6, 626, 635], [14, 5, 625, 643], [16, 8, 662, 670], [16, 7, 661, 704], [17, 8, 712, 720], [17, 7, 711, 746], [18, 8, 754, 762], [18, 7, 753, 793], [19, 8, 801, 809], [19, 7, 800, 839], [20, 6, 846, 854], [20, 5, 845, 885], [22, 6, 893, 911], [22, 5, 892, 929], [24, 8, 948, 958], [24, 7, 947, 987], [25, 8, 995, 1009], [25, 7, 994, 1071], [27, 28, 1111, 1119], [27, 27, 1110, 1150], [28, 27, 1178, 1186], [28, 26, 1177, 1216], [29, 10, 1228, 1241], [29, 9, 1227, 1278], [30, 10, 1288, 1301], [30, 9, 1287, 1336], [31, 27, 1363, 1391], [32, 12, 1431, 1443], [32, 11, 1430, 1467], [33, 12, 1479, 1490], [33, 11, 1478, 1521], [35, 14, 1551, 1579], [36, 15, 1594, 1603], [36, 14, 1593, 1627], [37, 15, 1642, 1651], [37, 14, 1641, 1674], [38, 15, 1689, 1699], [38, 14, 1688, 1748], [39, 14, 1763, 1791], [40, 15, 1806, 1815], [40, 14, 1805, 1837], [41, 15, 1852, 1861], [41, 14, 1851, 1890], [42, 15, 1905, 1915], [42, 14, 1904, 1963], [44, 15, 1997, 2006], [44, 14, 1996, 2007], [45, 15, 2022, 2041], [45, 14, 2021, 2052], [46, 15, 2067, 2081], [46, 14, 2066, 2129], [47, 24, 2157, 2165], [47, 23, 2156, 2191], [48, 13, 2206, 2220], [49, 14, 2234, 2248], [49, 13, 2233, 2315], [50, 14, 2329, 2343], [50, 46, 2361, 2364], [50, 50, 2365, 2368], [50, 13, 2328, 2369], [51, 8, 2379, 2389], [51, 37, 2408, 2423], [51, 36, 2407, 2434], [51, 7, 2378, 2435], [52, 8, 2443, 2454], [52, 44, 2479, 2487], [52, 43, 2478, 2513], [52, 7, 2442, 2514], [56, 9, 2679, 2694], [56, 8, 2678, 2695], [56, 36, 2706, 2721], [56, 35, 2705, 2722], [56, 32, 2702, 2726], [56, 26, 2696, 2727], [56, 5, 2675, 2728], [57, 6, 2734, 2744], [57, 5, 2733, 2774], [58, 5, 2779, 2782]]);
const $U = $r.U;
function run($X) {
  const $P = $r_env($X);
  const vigy_log$x = $P["vigy-log"];
  const vigy_trace$x = $P["vigy-trace"];
  const vigy_tick_count$x = $P["vigy-tick-count"];
  const vigy_once$x = $P["vigy-once"];
  const vigy_set$x = $P["vigy-set"];
  const vigy_rate_limited$Q$x = $P["vigy-rate-limited?"];
  const vigy_defer$x = $P["vigy-defer"];
  const vigy_condition$x = $P["vigy-condition"];
  const vigy_get$x = $P["vigy-get"];
  const vigy_observed$x = $P["vigy-observed"];
  const vigy_desired$x = $P["vigy-desired"];
  const vigy_metric$x = $P["vigy-metric"];
  const vigy_pull$x = $P["vigy-pull"];
  const vigy_incr$x = $P["vigy-incr"];
  const vigy_event$x = $P["vigy-event"];
  const vigy_push$x = $P["vigy-push"];
  const vigy_noop$x = $P["vigy-noop"];
  const vigy_mark_converged$x = $P["vigy-mark-converged"];
  const nil$x = $P["nil"];
  const vigy_converged$Q$x = $P["vigy-converged?"];
  const vigy_log$x2 = $r_positional(vigy_log$x, 2);
  const vigy_trace$x2 = $r_positional(vigy_trace$x, 2);
  const vigy_tick_count$x0 = $r_positional(vigy_tick_count$x, 0);
  const vigy_once$x1 = $r_positional(vigy_once$x, 1);
  const vigy_set$x2 = $r_positional(vigy_set$x, 2);
  const vigy_rate_limited$Q$x2 = $r_positional(vigy_rate_limited$Q$x, 2);
  const vigy_defer$x1 = $r_positional(vigy_defer$x, 1);
  const vigy_get$x2 = $r_positional(vigy_get$x, 2);
  const vigy_observed$x2 = $r_positional(vigy_observed$x, 2);
  const vigy_desired$x2 = $r_positional(vigy_desired$x, 2);
  const vigy_metric$x2 = $r_positional(vigy_metric$x, 2);
  const vigy_pull$x1 = $r_positional(vigy_pull$x, 1);
  const vigy_incr$x1 = $r_positional(vigy_incr$x, 1);
  const vigy_event$x2 = $r_positional(vigy_event$x, 2);
  const vigy_push$x1 = $r_positional(vigy_push$x, 1);
  const vigy_noop$x0 = $r_positional(vigy_noop$x, 0);
  const vigy_mark_converged$x1 = $r_positional(vigy_mark_converged$x, 1);
  const vigy_converged$Q$x1 = $r_positional(vigy_converged$Q$x, 1);
  let $n;
  let $p = 0;
  try {
    const $t1 = vigy_log$x2 !== undefined ? vigy_log$x2 : $r_unbound("vigy-log", $s[0]);
    ($p = 1, $t1("info", "tear-mirror tick"));
    const $t2 = vigy_trace$x2 !== undefined ? vigy_trace$x2 : $r_unbound("vigy-trace", $s[2]);
    const $t3 = vigy_tick_count$x0 !== undefined ? vigy_tick_count$x0 : $r_unbound("vigy-tick-count", $s[3]);
    const $t4 = ($p = 4, $t3());
    ($p = 5, $t2("tick_count", $t4));
    const $t5 = vigy_once$x1 !== undefined ? vigy_once$x1 : $r_unbound("vigy-once", $s[6]);
    if ($r_truthy(($p = 7, $t5("init")))) {
      const $t6 = vigy_log$x2 !== undefined ? vigy_log$x2 : $r_unbound("vigy-log", $s[8]);
      ($p = 9, $t6("info", "tear-mirror initialised"));
      const $t7 = vigy_set$x2 !== undefined ? vigy_set$x2 : $r_unbound("vigy-set", $s[10]);
      ($p = 11, $t7("consecutive_failures", 0));
      const $t8 = vigy_set$x2 !== undefined ? vigy_set$x2 : $r_unbound("vigy-set", $s[12]);
      ($p = 13, $t8("last_daemon_session_count", 0));
      const $t9 = vigy_set$x2 !== undefined ? vigy_set$x2 : $r_unbound("vigy-set", $s[14]);
      ($p = 15, $t9("last_embed_session_count", 0));
    } else {
      const $t10 = vigy_log$x2 !== undefined ? vigy_log$x2 : $r_unbound("vigy-log", $s[16]);
      ($p = 17, $t10("debug", "tear-mirror running"));
    }
    const $t11 = vigy_rate_limited$Q$x2 !== undefined ? vigy_rate_limited$Q$x2 : $r_unbound("vigy-rate-limited?", $s[18]);
    if ($r_truthy(($p = 19, $t11("sync-work", 2000)))) {
      const $t12 = vigy_defer$x1 !== undefined ? vigy_defer$x1 : $r_unbound("vigy-defer", $s[20]);
      ($p = 21, $t12("rate-limited by 2s window"));
      ($p = 23, $r_callv(vigy_condition$x !== undefined ? vigy_condition$x : $r_unbound("vigy-condition", $s[22]), ["Active", "true", "RateLimited", "skipping; window closes soon"]));
    } else {
      const $t13 = vigy_get$x2 !== undefined ? vigy_get$x2 : $r_unbound("vigy-get", $s[24]);
      const $t15 = ($p = 25, $t13("last_daemon_session_count", 0));
      const $t14 = vigy_get$x2 !== undefined ? vigy_get$x2 : $r_unbound("vigy-get", $s[26]);
      let daemon_count = $t15;
      let embed_count = ($p = 27, $t14("last_embed_session_count", 0));
      const $t16 = vigy_observed$x2 !== undefined ? vigy_observed$x2 : $r_unbound("vigy-observed", $s[28]);
      ($p = 29, $t16("daemon_session_count", daemon_count));
      const $t17 = vigy_observed$x2 !== undefined ? vigy_observed$x2 : $r_unbound("vigy-observed", $s[30]);
      ($p = 31, $t17("embed_session_count", embed_count));
      let $t18;
      let target = ($p = 32, typeof daemon_count === "number" && typeof embed_count === "number" ? daemon_count > embed_count : $r_numGt(daemon_count, embed_count)) ? daemon_count : embed_count;
      const $t19 = vigy_desired$x2 !== undefined ? vigy_desired$x2 : $r_unbound("vigy-desired", $s[33]);
      ($p = 34, $t19("session_count", target));
      const $t20 = vigy_metric$x2 !== undefined ? vigy_metric$x2 : $r_unbound("vigy-metric", $s[35]);
      ($p = 36, $t20("session_count_target", target));
      let $t33;
      if (($p = 37, typeof daemon_count === "number" && typeof embed_count === "number" ? daemon_count > embed_count : $r_numGt(daemon_count, embed_count))) {
        let $t21;
        const $t22 = vigy_pull$x1 !== undefined ? vigy_pull$x1 : $r_unbound("vigy-pull", $s[38]);
        ($p = 39, $t22("sessions-from-daemon"));
        const $t23 = vigy_incr$x1 !== undefined ? vigy_incr$x1 : $r_unbound("vigy-incr", $s[40]);
        ($p = 41, $t23("embed_session_count"));
        const $t24 = vigy_event$x2 !== undefined ? vigy_event$x2 : $r_unbound("vigy-event", $s[42]);
        $t21 = ($p = 43, $t24("PullSessions", "daemon ahead; pulling sessions"));
        $t33 = $t21;
      } else {
        let $t32;
        if (($p = 44, typeof embed_count === "number" && typeof daemon_count === "number" ? embed_count > daemon_count : $r_numGt(embed_count, daemon_count))) {
          let $t25;
          const $t26 = vigy_push$x1 !== undefined ? vigy_push$x1 : $r_unbound("vigy-push", $s[45]);
          ($p = 46, $t26("sessions-to-daemon"));
          const $t27 = vigy_incr$x1 !== undefined ? vigy_incr$x1 : $r_unbound("vigy-incr", $s[47]);
          ($p = 48, $t27("last_daemon_session_count"));
          const $t28 = vigy_event$x2 !== undefined ? vigy_event$x2 : $r_unbound("vigy-event", $s[49]);
          $t25 = ($p = 50, $t28("PushSessions", "embed ahead; pushing sessions"));
          $t32 = $t25;
        } else {
          let $t29;
          const $t30 = vigy_noop$x0 !== undefined ? vigy_noop$x0 : $r_unbound("vigy-noop", $s[51]);
          ($p = 52, $t30());
          const $t31 = vigy_mark_converged$x1 !== undefined ? vigy_mark_converged$x1 : $r_unbound("vigy-mark-converged", $s[53]);
          ($p = 54, $t31("in_sync"));
          $t29 = ($p = 56, $r_callv(vigy_condition$x !== undefined ? vigy_condition$x : $r_unbound("vigy-condition", $s[55]), ["Ready", "true", "InSync", "session counts match"]));
          $t32 = $t29;
        }
        $t33 = $t32;
      }
      $t18 = $t33;
      $t18;
      const $t34 = vigy_get$x2 !== undefined ? vigy_get$x2 : $r_unbound("vigy-get", $s[57]);
      let failures = ($p = 58, $t34("consecutive_failures", 0));
      ($p = 59, typeof failures === "number" ? failures > 3 : $r_numGt(failures, 3)) ? ($p = 61, $r_callv(vigy_condition$x !== undefined ? vigy_condition$x : $r_unbound("vigy-condition", $s[60]), ["Healthy", "false", "BackoffActive", "too many consecutive failures"])) : ($p = 65, $r_callv(vigy_condition$x !== undefined ? vigy_condition$x : $r_unbound("vigy-condition", $s[62]), ["Healthy", "true", nil$x !== undefined ? nil$x : $r_unbound("nil", $s[63]), nil$x !== undefined ? nil$x : $r_unbound("nil", $s[64])]));
      const $t35 = vigy_trace$x2 !== undefined ? vigy_trace$x2 : $r_unbound("vigy-trace", $s[66]);
      const $t36 = vigy_converged$Q$x1 !== undefined ? vigy_converged$Q$x1 : $r_unbound("vigy-converged?", $s[67]);
      const $t37 = ($p = 68, $t36("in_sync"));
      ($p = 69, $t35("ever_converged", $t37));
      const $t38 = vigy_metric$x2 !== undefined ? vigy_metric$x2 : $r_unbound("vigy-metric", $s[70]);
      const $t39 = vigy_get$x2 !== undefined ? vigy_get$x2 : $r_unbound("vigy-get", $s[71]);
      const $t40 = ($p = 72, $t39("consecutive_failures", 0));
      ($p = 73, $t38("consecutive_failures", $t40));
    }
    const $t41 = vigy_tick_count$x0 !== undefined ? vigy_tick_count$x0 : $r_unbound("vigy-tick-count", $s[74]);
    const $t45 = ($p = 75, $t41());
    const $t42 = vigy_tick_count$x0 !== undefined ? vigy_tick_count$x0 : $r_unbound("vigy-tick-count", $s[76]);
    const $t43 = ($p = 77, $t42());
    const $t44 = ($p = 78, $r_div2($t43, 10));
    const $t46 = ($p = 79, typeof $t44 === "number" && (($n = 10 * $t44) | 0) === $n ? $n + 0 : $r_mul2(10, $t44));
    let $t48;
    if (($p = 80, typeof $t45 === "number" && typeof $t46 === "number" ? $t45 === $t46 : $r_numEq($t45, $t46))) {
      const $t47 = vigy_event$x2 !== undefined ? vigy_event$x2 : $r_unbound("vigy-event", $s[81]);
      $t48 = ($p = 82, $t47("Heartbeat", "every 10 ticks"));
    } else {
      $t48 = nil$x !== undefined ? nil$x : $r_unbound("nil", $s[83]);
    }
    return $t48;
  } catch ($e) {
    $r_rethrow($e, $s[$p]);
  }
}
export default /* @__PURE__ */ $r_program("examples/tear-mirror.lisp", run, {
  "natives": ["*", "/", "=", ">"]
});
//# sourceMappingURL=tear-mirror.js.map
