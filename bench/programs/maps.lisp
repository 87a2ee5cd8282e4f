;; maps: an inventory vigy, heavy on hash maps.
;;
;; The catalog (200 SKUs with a price in cents and a category) is built every tick; stock
;; levels persist in kv, and shipments and reservations arrive there. The tick books the
;; shipments into stock, works out what is available, and emits one summary action with the
;; SKUs that need reordering, counts per category and the value of the stock.

(define (sku i) (string-append "sku-" (string i)))
(define sku-ids (range 200))
(define skus (map sku sku-ids))

;; The catalog maps are built in one go from key/value lists.
(define (catalog-map value-of)
  (apply hash-map (apply append (map (lambda (i) (list (sku i) (value-of i))) sku-ids))))
(define categories (list :tools :garden :kitchen :toys :books))
(define prices (catalog-map (lambda (i) (+ 199 (* 25 (modulo (* i 37) 80))))))
(define category-of (catalog-map (lambda (i) (nth (modulo i 5) categories))))

(define defaults (hash-map "reorder_below" 10 "max_listed" 12 "currency" "EUR"))
(define config (hash-map-merge defaults (vigy-get "maps/config" (hash-map))))

(define stock (vigy-get "maps/stock" (hash-map)))
(define shipments (vigy-get "maps/shipments" (hash-map)))
(define reservations (vigy-get "maps/reservations" (hash-map)))

;; Book every shipment into stock (a shipment may bring a SKU we did not stock yet).
(define restocked
  (foldl (lambda (m entry)
           (hash-map-update m (first entry)
                            (lambda (on-hand) (+ (unwrap-or on-hand 0) (second entry)))))
         stock
         (hash-map-entries shipments)))

;; Available = on hand − reserved, for every catalog SKU.
(define available
  (foldl (lambda (m k)
           (assoc m k (- (hash-map-get-or restocked k 0)
                         (hash-map-get-or reservations k 0))))
         (hash-map)
         skus))

(define threshold (get config "reorder_below"))
(define low-stock (filter (lambda (k) (< (get available k) threshold)) skus))
(define by-category (frequencies (map (lambda (k) (get category-of k)) low-stock)))
(define oversold (filter (lambda (k) (negative? (get available k))) skus))

(define stock-value
  (foldl (lambda (acc k) (+ acc (* (max 0 (get available k)) (get prices k))))
         0
         (hash-map-keys available)))

(vigy-apply
 (hash-map "reorder" (take (get config "max_listed") low-stock)
           "reorder_count" (length low-stock)
           "by_category" by-category
           "oversold" oversold
           "stock_value_cents" stock-value
           "currency" (get config "currency")
           "shipments_booked" (hash-map-count shipments)))

(vigy-observed "skus" (hash-map-count restocked))
(vigy-desired "skus" (hash-map-count prices))
(vigy-metric "reorder_count" (length low-stock))
(vigy-metric "stock_value" (/ stock-value 100))
(vigy-trace "config" config)
(vigy-trace "categories" (hash-map-keys by-category))

(vigy-set "maps/stock" restocked)
(vigy-del "maps/shipments")
