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
const $s = /* @__PURE__ */ $r_spans("examples/tear-mirror-fixed.lisp", [[8, 2, 453, 461], [8, 1, 452, 488], [9, 2, 490, 500], [9, 27, 515, 530], [9, 26, 514, 531], [9, 1, 489, 532], [12, 6, 579, 588], [12, 5, 578, 596], [14, 8, 615, 623], [14, 7, 614, 657], [15, 8, 665, 673], [15, 7, 664, 699], [16, 8, 707, 715], [16, 7, 706, 746], [17, 8, 754, 762], [17, 7, 753, 792], [18, 6, 799, 807], [18, 5, 798, 838], [20, 6, 846, 864], [20, 5, 845, 882], [22, 8, 901, 911], [22, 7, 900, 940], [23, 8, 948, 962], [23, 7, 947, 1024], [25, 28, 1064, 1072], [25, 27, 1063, 1103], [26, 27, 1131, 1139], [26, 26, 1130, 1169], [27, 10, 1181, 1194], [27, 9, 1180, 1231], [28, 10, 1241, 1254], [28, 9, 1240, 1289], [29, 27, 1316, 1344], [30, 12, 1384, 1396], [30, 11, 1383, 1420], [31, 12, 1432, 1443], [31, 11, 1431, 1474], [33, 14, 1504, 1532], [34, 15, 1547, 1556], [34, 14, 1546, 1580], [35, 15, 1595, 1604], [35, 14, 1594, 1627], [36, 15, 1642, 1652], [36, 14, 1641, 1701], [37, 14, 1716, 1744], [38, 15, 1759, 1768], [38, 14, 1758, 1790], [39, 15, 1805, 1814], [39, 14, 1804, 1843], [40, 15, 1858, 1868], [40, 14, 1857, 1916], [42, 15, 1950, 1959], [42, 14, 1949, 1960], [43, 15, 1975, 1994], [43, 14, 1974, 2005], [44, 15, 2020, 2034], [44, 14, 2019, 2082], [45, 24, 2110, 2118], [45, 23, 2109, 2144], [46, 13, 2159, 2173], [47, 14, 2187, 2201], [47, 13, 2186, 2268], [48, 14, 2282, 2296], [48, 13, 2281, 2314], [49, 8, 2324, 2334], [49, 37, 2353, 2368], [49, 36, 2352, 2379], [49, 7, 2323, 2380], [50, 8, 2388, 2399], [50, 44, 2424, 2432], [50, 43, 2423, 2458], [50, 7, 2387, 2459], [54, 9, 2624, 2639], [54, 8, 2623, 2640], [54, 36, 2651, 2666], [54, 35, 2650, 2667], [54, 32, 2647, 2671], [54, 26, 2641, 2672], [54, 5, 2620, 2673], [55, 6, 2679, 2689], [55, 5, 2678, 2719]]);
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
  const vigy_condition$x2 = $r_positional(vigy_condition$x, 2);
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
      let $t36;
      if (($p = 59, typeof failures === "number" ? failures > 3 : $r_numGt(failures, 3))) {
        $t36 = ($p = 61, $r_callv(vigy_condition$x !== undefined ? vigy_condition$x : $r_unbound("vigy-condition", $s[60]), ["Healthy", "false", "BackoffActive", "too many consecutive failures"]));
      } else {
        const $t35 = vigy_condition$x2 !== undefined ? vigy_condition$x2 : $r_unbound("vigy-condition", $s[62]);
        $t36 = ($p = 63, $t35("Healthy", "true"));
      }
      $t36;
      const $t37 = vigy_trace$x2 !== undefined ? vigy_trace$x2 : $r_unbound("vigy-trace", $s[64]);
      const $t38 = vigy_converged$Q$x1 !== undefined ? vigy_converged$Q$x1 : $r_unbound("vigy-converged?", $s[65]);
      const $t39 = ($p = 66, $t38("in_sync"));
      ($p = 67, $t37("ever_converged", $t39));
      const $t40 = vigy_metric$x2 !== undefined ? vigy_metric$x2 : $r_unbound("vigy-metric", $s[68]);
      const $t41 = vigy_get$x2 !== undefined ? vigy_get$x2 : $r_unbound("vigy-get", $s[69]);
      const $t42 = ($p = 70, $t41("consecutive_failures", 0));
      ($p = 71, $t40("consecutive_failures", $t42));
    }
    const $t43 = vigy_tick_count$x0 !== undefined ? vigy_tick_count$x0 : $r_unbound("vigy-tick-count", $s[72]);
    const $t47 = ($p = 73, $t43());
    const $t44 = vigy_tick_count$x0 !== undefined ? vigy_tick_count$x0 : $r_unbound("vigy-tick-count", $s[74]);
    const $t45 = ($p = 75, $t44());
    const $t46 = ($p = 76, $r_div2($t45, 10));
    const $t48 = ($p = 77, typeof $t46 === "number" && (($n = 10 * $t46) | 0) === $n ? $n + 0 : $r_mul2(10, $t46));
    let $t50;
    if (($p = 78, typeof $t47 === "number" && typeof $t48 === "number" ? $t47 === $t48 : $r_numEq($t47, $t48))) {
      const $t49 = vigy_event$x2 !== undefined ? vigy_event$x2 : $r_unbound("vigy-event", $s[79]);
      $t50 = ($p = 80, $t49("Heartbeat", "every 10 ticks"));
    } else {
      $t50 = null;
    }
    return $t50;
  } catch ($e) {
    $r_rethrow($e, $s[$p]);
  }
}
export default /* @__PURE__ */ $r_program("examples/tear-mirror-fixed.lisp", run, {
  "natives": ["*", "/", "=", ">"]
});
//# sourceMappingURL=tear-mirror-fixed.js.map
