;; hello-vigy: the smallest vigy. Every tick it logs one line and emits a noop action.
;; (spec/vigy.md §11.1; the log line is kept in the tick record.)
(vigy-log "info" "hello from a vigy")
(vigy-noop)
