/**
 * Store failures a user must see as such (never as an empty kv): a file that is not a vigy store
 * or is damaged, a store written by a newer vigy-js, a store another runner holds.
 * Commands print the message and exit with status 1.
 */
export class StoreError extends Error {
  override name = "StoreError";
}

export class StoreLockedError extends StoreError {
  override name = "StoreLockedError";
}
