-- Migration 1 (catalog/migrations.py), FROZEN: the tables as catalogs made before numbered
-- migrations had them. Do not edit: change the schema by appending a migration (see
-- catalog/migrations.py); migration 2 (constraints.sql) rebuilds several of these tables.
-- comet-catalog schema: the public SQL interface. Analysts write queries against these names,
-- so columns are only ever added, never renamed or dropped.
-- Money is USD as REAL (the float nearest the page's decimal: 1.752 reads back as 1.752);
-- the exact text the page showed is kept beside it in *_text columns.

CREATE TABLE IF NOT EXISTS providers (
    slug TEXT PRIMARY KEY,          -- URL slug: openai, anthropic, google
    name TEXT,                      -- display name from the page: OpenAI, Anthropic
    first_seen TEXT,                -- ISO timestamp of the run that first saw it
    last_seen TEXT
);

CREATE TABLE IF NOT EXISTS models (
    id TEXT PRIMARY KEY,            -- "<provider>/<slug>", e.g. openai/gpt-4-0314
    provider TEXT REFERENCES providers(slug),
    slug TEXT NOT NULL,
    name TEXT,                      -- display name (English page when there is one)
    kind TEXT,                      -- output modality: text, image, video, audio (NULL when unknown)
    status TEXT,                    -- active, deprecated, retired, coming_soon
    status_date TEXT,               -- ISO date (YYYY-MM-DD or YYYY-MM) the status refers to
    context_window INTEGER,         -- tokens
    max_output_tokens INTEGER,      -- tokens
    commercial_use INTEGER,         -- 1 / 0 / NULL (unknown)
    is_new INTEGER,                 -- the page shows a "New" badge
    knowledge_cutoff TEXT,          -- as written in the specification table
    input_modalities TEXT,          -- as written in the specification table
    output_modalities TEXT,
    discount_pct REAL,              -- the discount the page states (20 for "-20%")
    summary TEXT,                   -- one-paragraph summary (English page when there is one)
    source TEXT NOT NULL,           -- 'page' (read from its own page) or 'card' (only seen on another page's card)
    source_url TEXT,                -- the page (or card's page) the facts were read from
    locales TEXT,                   -- JSON array of the locales whose page was read
    first_seen TEXT,
    last_seen TEXT,                 -- last run that wrote a change for this model
    missing_since TEXT              -- set when a full run no longer finds the model; never deleted
);
CREATE INDEX IF NOT EXISTS idx_models_provider ON models(provider);
CREATE INDEX IF NOT EXISTS idx_models_status ON models(status);
CREATE INDEX IF NOT EXISTS idx_models_kind ON models(kind);

CREATE TABLE IF NOT EXISTS prices (
    model_id TEXT NOT NULL REFERENCES models(id),
    kind TEXT NOT NULL,             -- input, output, per_second, per_minute, per_request, per_image, per_character, unknown
    unit TEXT NOT NULL,             -- '1M tokens', '1M characters', 'second', 'minute', 'request', 'image'
    usd REAL,                       -- CometAPI price per unit
    official_usd REAL,              -- the upstream provider's price per unit, as the page states it
    discount_pct REAL,              -- 100 * (1 - usd / official_usd), rounded to 2 places
    usd_text TEXT,                  -- the figure as written, e.g. "$1.752/M"
    official_text TEXT,
    label TEXT,                     -- the raw localized label, e.g. "입력"
    locale TEXT,                    -- locale of the page the price was read from
    source_url TEXT,
    observed_at TEXT,               -- when this exact price was first observed
    tier TEXT NOT NULL DEFAULT '',  -- a quality or size tier ("hd", "1080p"); '' for the one price
    PRIMARY KEY (model_id, kind, unit, tier)
);

CREATE TABLE IF NOT EXISTS price_history (
    id INTEGER PRIMARY KEY,
    model_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    unit TEXT NOT NULL,
    usd REAL,
    official_usd REAL,
    valid_from TEXT NOT NULL,       -- first observed at this value
    valid_to TEXT,                  -- first observed at the next value (NULL: still current)
    run_id INTEGER,
    source_url TEXT,
    tier TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS idx_price_history_model ON price_history(model_id, kind, unit);

CREATE TABLE IF NOT EXISTS lifecycle_history (
    id INTEGER PRIMARY KEY,
    model_id TEXT NOT NULL,
    status TEXT,
    status_date TEXT,
    replacements TEXT,              -- JSON array
    valid_from TEXT NOT NULL,
    valid_to TEXT,
    run_id INTEGER,
    source_url TEXT
);
CREATE INDEX IF NOT EXISTS idx_lifecycle_history_model ON lifecycle_history(model_id);

CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,           -- canonical URL of the page
    model_id TEXT,
    locale TEXT,
    name TEXT,                      -- display name in this locale
    summary TEXT,                   -- localized summary
    description TEXT,               -- body text (mostly English), reasoning leaks removed
    http_status INTEGER,
    status TEXT,                    -- ok, missing (404), failed, skipped
    reason TEXT,                    -- why it failed or was skipped
    fetched_at TEXT,                -- when the stored content was fetched
    sitemap_lastmod TEXT,
    etag TEXT,
    last_modified TEXT,
    content_hash TEXT,              -- sha256 of the body
    reading TEXT,                   -- JSON of the normalized record (as `catalog parse` prints it)
    first_seen TEXT,
    last_seen TEXT
);
CREATE INDEX IF NOT EXISTS idx_pages_model ON pages(model_id);
CREATE INDEX IF NOT EXISTS idx_pages_locale ON pages(locale);

CREATE TABLE IF NOT EXISTS page_prices (
    url TEXT NOT NULL,
    model_id TEXT NOT NULL,
    locale TEXT,
    kind TEXT NOT NULL,
    unit TEXT NOT NULL,
    usd REAL,
    official_usd REAL,
    label TEXT,
    tier TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (url, kind, unit, tier)
);

CREATE TABLE IF NOT EXISTS cards (
    page_url TEXT NOT NULL,         -- the page whose "More models" section shows the card
    target_id TEXT NOT NULL,        -- model the card links to
    target_url TEXT,
    name TEXT,
    prices TEXT,                    -- JSON list of prices on the card
    coming_soon INTEGER,
    PRIMARY KEY (page_url, target_id)
);

CREATE TABLE IF NOT EXISTS replacements (
    model_id TEXT NOT NULL,
    replacement_id TEXT NOT NULL,   -- as the page names it (may end in * for a family)
    source_url TEXT,
    replacement_model_id TEXT,      -- the catalog model it names, when the catalog has it
    PRIMARY KEY (model_id, replacement_id)
);

-- the line or sentence each stored fact was read from (current facts; rewritten with them)
CREATE TABLE IF NOT EXISTS evidence (
    model_id TEXT NOT NULL,
    field TEXT NOT NULL,            -- context_window, status, status_date, price.input, …
    value TEXT,                     -- the stored value, as text
    url TEXT,                       -- the page it was read from
    locale TEXT,
    text TEXT NOT NULL              -- the line or sentence, as the page writes it
);
CREATE INDEX IF NOT EXISTS evidence_model ON evidence (model_id, field);

CREATE TABLE IF NOT EXISTS findings (
    id INTEGER PRIMARY KEY,
    run_id INTEGER,                 -- run that first recorded it
    url TEXT,
    model_id TEXT,
    locale TEXT,
    kind TEXT NOT NULL,             -- untranslated_placeholder, leaked_reasoning, unknown_label, missing_price,
                                    -- price_mismatch, markup_artifact, broken_number, missing_page, ...
    detail TEXT,
    first_seen TEXT,
    resolved_at TEXT                -- set when a later reading of the page no longer shows it
);
CREATE UNIQUE INDEX IF NOT EXISTS idx_findings_identity ON findings(url, kind, detail);

CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,           -- running, complete, partial, failed
    reason TEXT,                    -- why it ended the way it did
    base_url TEXT,
    options TEXT,                   -- JSON of the options it ran with
    pages_discovered INTEGER DEFAULT 0,
    pages_ok INTEGER DEFAULT 0,         -- fetched and read, with changes written
    pages_unchanged INTEGER DEFAULT 0,  -- 304 or same content hash: not parsed again
    pages_failed INTEGER DEFAULT 0,
    pages_missing INTEGER DEFAULT 0,    -- 404
    pages_skipped INTEGER DEFAULT 0,    -- not a model page, robots, off-host
    models_changed INTEGER DEFAULT 0,
    prices_changed INTEGER DEFAULT 0,
    findings_added INTEGER DEFAULT 0,
    duration_s REAL,
    scraper_version TEXT
);
