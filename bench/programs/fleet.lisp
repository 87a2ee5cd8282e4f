;; fleet: keep a fleet of deployments in line with what is desired.
;;
;; kv "fleet/desired"  — a list of {name, replicas, image}, in rollout order
;; kv "fleet/observed" — name → {replicas, image}, what the fleet looked like last time
;;
;; Each tick diffs desired against observed and emits one action per drifted deployment:
;; create for a missing one, update (with the changed fields) for a changed one, delete for
;; one nobody wants any more. It reports counts, a condition and metrics, and records the
;; fleet as it will be once the actions are applied.

(define desired (vigy-get "fleet/desired" (list)))
(define observed (vigy-get "fleet/observed" (hash-map)))

(define (spec-of item)
  (hash-map "replicas" (get item "replicas") "image" (get item "image")))

(define (changed-fields want have)
  (filter (lambda (field) (not (equal? (get want field) (get have field))))
          (list "replicas" "image")))

;; One desired deployment: act on it, and say what was done.
(define (reconcile item)
  (let* ((name (get item "name"))
         (have (get observed name)))
    (cond
      ((null? have)
       (vigy-create (hash-map "name" name
                              "replicas" (get item "replicas")
                              "image" (get item "image")))
       :created)
      ((not-empty? (changed-fields item have))
       (vigy-update (hash-map "name" name
                              "changes" (changed-fields item have)
                              "from" have
                              "to" (spec-of item)))
       :updated)
      (else :unchanged))))

(define outcomes (frequencies (map reconcile desired)))

;; Deployments that are running but no longer desired.
(define wanted
  (foldl (lambda (acc item) (hash-map-set acc (get item "name") #t)) (hash-map) desired))
(define extra (remove (lambda (name) (hash-map-has? wanted name)) (hash-map-keys observed)))
(for-each (lambda (name)
            (vigy-delete-action (hash-map "name" name "reason" :not-desired)))
          extra)

(define created (hash-map-get-or outcomes :created 0))
(define updated (hash-map-get-or outcomes :updated 0))
(define deleted (length extra))
(define drift (+ created updated deleted))

(define (total-replicas specs) (foldl + 0 (map (lambda (s) (get s "replicas")) specs)))

(vigy-desired "deployments" (length desired))
(vigy-desired "replicas" (total-replicas desired))
(vigy-observed "deployments" (hash-map-count observed))
(vigy-observed "replicas" (total-replicas (hash-map-values observed)))

(if (= drift 0)
    (begin
      (vigy-noop)
      (vigy-mark-converged "fleet")
      (vigy-condition "FleetInSync" "true" "Converged" "every deployment matches"))
    (begin
      (vigy-incr "fleet/generation")
      (vigy-condition "FleetInSync" "false" "Drift"
                      (string-append (string created) " to create, "
                                     (string updated) " to update, "
                                     (string deleted) " to delete"))))

(vigy-metric "fleet_creates" created)
(vigy-metric "fleet_updates" updated)
(vigy-metric "fleet_deletes" deleted)
(vigy-metric "fleet_drift_ratio" (/ drift (max 1 (length desired))))
(vigy-trace "fleet" (hash-map "created" created "updated" updated "deleted" deleted
                              "unchanged" (hash-map-get-or outcomes :unchanged 0)))

;; What the fleet looks like once the actions above are applied.
(vigy-set "fleet/observed"
          (foldl (lambda (acc item) (hash-map-set acc (get item "name") (spec-of item)))
                 (hash-map)
                 desired))
