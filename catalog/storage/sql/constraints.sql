-- Migration 2: the tables whose values are checked. Each CREATE TABLE here replaces the table
-- of the same name, rows kept (catalog/storage/migrations.py: rebuild_table); the other
-- statements run after. The price kinds and units, shared by three tables, are written once
-- (migrations.PRICE_ENUMS) and put in each table's definition where they stand in the
-- schema, after "kind TEXT NOT NULL" and "unit TEXT NOT NULL". The value sets are the code's own: price kinds are
-- scrapers/reading/labels.py PRICE_KINDS plus 'unknown'; units are scrapers/reading/grammar.py
-- UNIT_BY_KEY plus '' (a figure that states none); model kinds are catalog/model/records.py
-- ModelRecord.kind; statuses are what catalog/meaning/normalize.py and lifecycle.py write
-- (NULL: the page does not say).
-- Foreign keys are checked at COMMIT (a run writes a model's history in the same transaction).

CREATE TABLE models (
    id TEXT PRIMARY KEY,
    provider TEXT REFERENCES providers(slug) DEFERRABLE INITIALLY DEFERRED,
    slug TEXT NOT NULL,
    name TEXT,
    kind TEXT CHECK (kind IN ('text', 'image', 'video', 'audio')),
    status TEXT CHECK (status IN ('active', 'deprecated', 'retired', 'coming_soon')),
    status_date TEXT,
    context_window INTEGER,
    max_output_tokens INTEGER,
    commercial_use INTEGER CHECK (commercial_use IN (0, 1)),
    is_new INTEGER CHECK (is_new IN (0, 1)),
    knowledge_cutoff TEXT,
    input_modalities TEXT,
    output_modalities TEXT,
    discount_pct REAL,
    summary TEXT,
    source TEXT NOT NULL CHECK (source IN ('page', 'card')),
    source_url TEXT,
    locales TEXT,
    first_seen TEXT,
    last_seen TEXT,                 -- the last run that saw the model (its page read or unchanged)
    missing_since TEXT,
    last_changed TEXT               -- the last run that wrote a change to the model
);

-- kind and unit: their CHECK is migrations.PRICE_ENUMS
CREATE TABLE prices (
    model_id TEXT NOT NULL REFERENCES models(id) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT NOT NULL,
    unit TEXT NOT NULL,
    usd REAL,
    official_usd REAL,
    discount_pct REAL,
    usd_text TEXT,
    official_text TEXT,
    label TEXT,
    locale TEXT,
    source_url TEXT,
    observed_at TEXT,
    tier TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (model_id, kind, unit, tier)
);

-- kind and unit: their CHECK is migrations.PRICE_ENUMS
CREATE TABLE price_history (
    id INTEGER PRIMARY KEY,
    model_id TEXT NOT NULL REFERENCES models(id) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT NOT NULL,
    unit TEXT NOT NULL,
    usd REAL,
    official_usd REAL,
    valid_from TEXT NOT NULL,
    valid_to TEXT,
    run_id INTEGER REFERENCES runs(id) DEFERRABLE INITIALLY DEFERRED,
    source_url TEXT,
    tier TEXT NOT NULL DEFAULT ''
);

CREATE TABLE lifecycle_history (
    id INTEGER PRIMARY KEY,
    model_id TEXT NOT NULL REFERENCES models(id) DEFERRABLE INITIALLY DEFERRED,
    status TEXT CHECK (status IN ('active', 'deprecated', 'retired', 'coming_soon')),
    status_date TEXT,
    replacements TEXT,
    valid_from TEXT NOT NULL,
    valid_to TEXT,
    run_id INTEGER REFERENCES runs(id) DEFERRABLE INITIALLY DEFERRED,
    source_url TEXT
);

-- page_prices is the baseline's (schema.sql) with PRICE_ENUMS: migrations._constraints

CREATE TABLE replacements (
    model_id TEXT NOT NULL REFERENCES models(id) DEFERRABLE INITIALLY DEFERRED,
    replacement_id TEXT NOT NULL,
    source_url TEXT,
    replacement_model_id TEXT REFERENCES models(id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (model_id, replacement_id)
);

CREATE TABLE evidence (
    model_id TEXT NOT NULL REFERENCES models(id) DEFERRABLE INITIALLY DEFERRED,
    field TEXT NOT NULL,
    value TEXT,
    url TEXT,
    locale TEXT,
    text TEXT NOT NULL
);

CREATE TABLE findings (
    id INTEGER PRIMARY KEY,
    run_id INTEGER REFERENCES runs(id) DEFERRABLE INITIALLY DEFERRED,
    url TEXT,
    model_id TEXT,
    locale TEXT,
    kind TEXT NOT NULL,
    detail TEXT,
    first_seen TEXT,
    resolved_at TEXT
);

-- one open (valid_to NULL) history row per key: a second one is an error, not a silent fork
CREATE UNIQUE INDEX price_history_one_open ON price_history(model_id, kind, unit, tier)
    WHERE valid_to IS NULL;
CREATE UNIQUE INDEX lifecycle_history_one_open ON lifecycle_history(model_id)
    WHERE valid_to IS NULL;
-- foreign keys are looked up from the child side when a parent row changes
CREATE INDEX IF NOT EXISTS idx_replacements_target ON replacements(replacement_model_id);
CREATE INDEX IF NOT EXISTS idx_findings_run ON findings(run_id);
CREATE INDEX IF NOT EXISTS idx_price_history_run ON price_history(run_id);
CREATE INDEX IF NOT EXISTS idx_lifecycle_history_run ON lifecycle_history(run_id);
