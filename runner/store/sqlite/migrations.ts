/**
 * The SQLite store's schema, as numbered migrations: migration i brings `PRAGMA user_version`
 * from i to i + 1, inside one transaction. A store whose version is above LATEST was written by
 * a newer vigy-js and is refused (opening it could misread it, and an older migration must never
 * run over a newer layout).
 */
export const APPLICATION_ID = 0x56494759; // "VIGY": marks the file as a vigy-js store

export const MIGRATIONS: readonly string[] = [
  // 1: registry, runs (each also its journal entry), versioned kv, the runner lock, tick requests.
  `
  CREATE TABLE vigies (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    program TEXT NOT NULL,
    file TEXT NOT NULL,
    digest TEXT NOT NULL,
    tick_interval_ms INTEGER NOT NULL,
    budget_ms INTEGER NOT NULL,
    enabled INTEGER NOT NULL,
    labels_json TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL
  );
  CREATE TABLE runs (
    cursor INTEGER PRIMARY KEY,
    vigy_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    run_id TEXT NOT NULL,
    tick INTEGER NOT NULL,
    trigger TEXT NOT NULL,
    slot_ms INTEGER,
    started_ms INTEGER NOT NULL,
    ended_ms INTEGER NOT NULL,
    lag_ms REAL NOT NULL,
    duration_ms REAL NOT NULL,
    skipped INTEGER NOT NULL,
    result TEXT NOT NULL,
    error TEXT,
    entry TEXT NOT NULL,
    digest TEXT NOT NULL,
    UNIQUE (vigy_id, seq)
  );
  CREATE TABLE kv (
    vigy_id TEXT NOT NULL,
    key TEXT NOT NULL,
    seq INTEGER NOT NULL,
    value_json TEXT,
    PRIMARY KEY (vigy_id, key, seq)
  ) WITHOUT ROWID;
  CREATE TABLE runner_lock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    token TEXT NOT NULL,
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    command TEXT NOT NULL,
    started_ms INTEGER NOT NULL,
    heartbeat_ms INTEGER NOT NULL
  );
  CREATE TABLE requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    vigy_id TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    done_ms INTEGER,
    seq INTEGER,
    error TEXT
  );
  `,
  // 2: a failed run's report (function, Lisp stack, a host bug's JS stack); null for the runs before.
  `
  ALTER TABLE runs ADD COLUMN report TEXT;
  `,
];

export const LATEST = MIGRATIONS.length;
