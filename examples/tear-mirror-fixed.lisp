;; tear-mirror, corrected so that it runs (spec/vigy.md §11.2). Two changes from
;; tear-mirror.lisp: the "Healthy" condition omits its reason and message instead of passing
;; `nil` (which is not a literal in tatara-lisp), and the heartbeat's else branch is `()`.
;;
;; Tick 1 emits noop; a tick within 2 s of the last sync emits defer; counts stay 0/0, so every
;; sync is a noop that marks convergence. The heartbeat fires every tick (see below).

(vigy-log "info" "tear-mirror tick")
(vigy-trace "tick_count" (vigy-tick-count))

;; First tick: initialise the counters.
(if (vigy-once "init")
    (begin
      (vigy-log "info" "tear-mirror initialised")
      (vigy-set "consecutive_failures" 0)
      (vigy-set "last_daemon_session_count" 0)
      (vigy-set "last_embed_session_count" 0))
    (vigy-log "debug" "tear-mirror running"))

(if (vigy-rate-limited? "sync-work" 2000)
    (begin
      (vigy-defer "rate-limited by 2s window")
      (vigy-condition "Active" "true" "RateLimited" "skipping; window closes soon"))
    (begin
      (let ((daemon-count (vigy-get "last_daemon_session_count" 0))
            (embed-count (vigy-get "last_embed_session_count" 0)))
        (vigy-observed "daemon_session_count" daemon-count)
        (vigy-observed "embed_session_count" embed-count)
        (let ((target (if (> daemon-count embed-count) daemon-count embed-count)))
          (vigy-desired "session_count" target)
          (vigy-metric "session_count_target" target)
          (cond
            ((> daemon-count embed-count)
             (vigy-pull "sessions-from-daemon")
             (vigy-incr "embed_session_count")
             (vigy-event "PullSessions" "daemon ahead; pulling sessions"))
            ((> embed-count daemon-count)
             (vigy-push "sessions-to-daemon")
             (vigy-incr "last_daemon_session_count")
             (vigy-event "PushSessions" "embed ahead; pushing sessions"))
            (else
             (vigy-noop)
             (vigy-mark-converged "in_sync")
             (vigy-condition "Ready" "true" "InSync" "session counts match")))))
      (let ((failures (vigy-get "consecutive_failures" 0)))
        (if (> failures 3)
            (vigy-condition "Healthy" "false" "BackoffActive" "too many consecutive failures")
            (vigy-condition "Healthy" "true")))
      (vigy-trace "ever_converged" (vigy-converged? "in_sync"))
      (vigy-metric "consecutive_failures" (vigy-get "consecutive_failures" 0))))

;; Heartbeat, meant for every 10th tick. `/` stays an int only when it divides exactly, so
;; (* 10 (/ n 10)) equals n for every n: it fires every tick.
(if (= (vigy-tick-count) (* 10 (/ (vigy-tick-count) 10)))
    (vigy-event "Heartbeat" "every 10 ticks")
    ())
