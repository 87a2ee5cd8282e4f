;; strings: a log digest, heavy on strings.
;;
;; kv "logs/lines" holds the last 200 access-log lines,
;;   "<time> <level> <service> <method> <path> <status> <ms> [note words…]".
;; The tick splits every line into fields, reformats it, counts requests per service and
;; level, finds the failing and slow requests and the ones whose note mentions a timeout, and
;; publishes a digest.
;;
;; tatara-lisp has no string-split, string-join, string-upcase or substring search (spec
;; §4.5), so: lines are split with the reader (`read-all` turns each whitespace-separated field
;; into a symbol or a number, and `string` turns it back into text), joined with
;; `string-append` over `intersperse`, level names are upper-cased through a table, and the
;; search looks for a word among the note's words.

(define lines (vigy-get "logs/lines" (list)))

(define (split line) (map string (read-all line)))
(define (join sep parts) (apply string-append (intersperse sep parts)))
(define upper (hash-map "debug" "DEBUG" "info" "INFO" "warn" "WARN" "error" "ERROR"))

(define (parse line)
  (let ((fields (read-all line)))
    (hash-map :time (string (nth 0 fields))
              :level (string (nth 1 fields))
              :service (string (nth 2 fields))
              :method (string (nth 3 fields))
              :path (string (nth 4 fields))
              :status (nth 5 fields)
              :ms (nth 6 fields)
              :note (map string (drop 7 fields)))))

(define (render e)
  (string-append "[" (get upper (get e :level)) "] " (get e :time) " "
                 (get e :service) " " (get e :method) " " (get e :path)
                 " -> " (string (get e :status)) " in " (string (get e :ms)) "ms"
                 (if (empty? (get e :note))
                     ""
                     (string-append " (" (join " " (get e :note)) ")"))))

(define entries (map parse lines))
(define rendered (map render entries))

(define (route e) (string-append (get e :method) " " (get e :path)))
(define (mentions? word e) (member? word (get e :note)))

(define failing (filter (lambda (e) (>= (get e :status) 500)) entries))
(define slow (filter (lambda (e) (> (get e :ms) 500)) entries))
(define timeouts (filter (lambda (e) (mentions? "timeout" e)) entries))
(define per-service (frequencies (map (lambda (e) (get e :service)) entries)))
(define per-level (frequencies (map (lambda (e) (string->keyword (get e :level))) entries)))
(define per-route (frequencies (map route entries)))
(define services (sort-by compare (hash-map-keys per-service)))
(define slowest (max-by (lambda (e) (get e :ms)) entries))
(define error-rate (/ (* 100 (length failing)) (max 1 (length entries))))

(define service-summary
  (join ", " (map (lambda (s) (string-append s "=" (string (get per-service s)))) services)))

(define digest
  (string-append (string (length entries)) " requests, "
                 (string (length failing)) " failed (" (string error-rate) "%), "
                 (string (length slow)) " slow, "
                 (string (length timeouts)) " timeouts; slowest: " (render slowest)
                 "; per service: " service-summary))

(for-each (lambda (e) (vigy-log "warn" (render e))) failing)
(vigy-event "LogDigest" digest)
(vigy-push (hash-map "digest" digest
                     "failed" (map render (take 5 failing))
                     "timeouts" (map route timeouts)
                     "per_service" per-service
                     "per_level" per-level
                     "routes" (hash-map-count per-route)))
(vigy-metric "requests" (length entries))
(vigy-metric "error_rate_pct" error-rate)
(vigy-metric "slow_requests" (length slow))
(vigy-trace "services" services)
(vigy-trace "first_line_fields" (split (first lines)))
(vigy-set "logs/digest" digest)
(vigy-set "logs/rendered" rendered)
