-- Migration 8: values checked at the door. Each CREATE TABLE here replaces the table of the
-- same name, rows kept (catalog/storage/migrations.py: rebuild_table); a value that would
-- fail its CHECK is set to NULL first and recorded as an `invalid_value` finding
-- (catalog/storage/value_checks.py), so no row is lost and no export carries it.
-- A price is a number >= 0 and finite (9e999 is SQLite's infinity; NaN is stored as NULL);
-- a context window or output limit is a whole number of tokens > 0; a status or verdict is
-- one of the values the code writes.

CREATE TABLE models (
    id TEXT PRIMARY KEY,
    provider TEXT REFERENCES providers(slug) DEFERRABLE INITIALLY DEFERRED,
    slug TEXT NOT NULL,
    name TEXT,
    kind TEXT CHECK (kind IN ('text', 'image', 'video', 'audio')),
    status TEXT CHECK (status IN ('active', 'deprecated', 'retired', 'coming_soon')),
    status_date TEXT,
    context_window INTEGER CHECK (context_window IS NULL OR
        (typeof(context_window) = 'integer' AND context_window > 0)),
    max_output_tokens INTEGER CHECK (max_output_tokens IS NULL OR
        (typeof(max_output_tokens) = 'integer' AND max_output_tokens > 0)),
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
    last_changed TEXT,              -- the last run that wrote a change to the model
    source_name TEXT NOT NULL DEFAULT 'cometapi'
);

CREATE TABLE prices (
    model_id TEXT NOT NULL REFERENCES models(id) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT NOT NULL CHECK (kind IN ('input', 'output', 'per_second', 'per_minute',
        'per_request', 'per_image', 'per_character', 'unknown')),
    unit TEXT NOT NULL CHECK (unit IN ('1M tokens', '1M characters', 'second', 'minute',
        'request', 'image', '')),
    usd REAL CHECK (usd IS NULL OR
        (typeof(usd) IN ('integer', 'real') AND usd >= 0 AND usd < 9e999)),
    official_usd REAL CHECK (official_usd IS NULL OR
        (typeof(official_usd) IN ('integer', 'real') AND official_usd >= 0
         AND official_usd < 9e999)),
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

CREATE TABLE page_prices (
    url TEXT NOT NULL,
    model_id TEXT NOT NULL,
    locale TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('input', 'output', 'per_second', 'per_minute',
        'per_request', 'per_image', 'per_character', 'unknown')),
    unit TEXT NOT NULL CHECK (unit IN ('1M tokens', '1M characters', 'second', 'minute',
        'request', 'image', '')),
    usd REAL CHECK (usd IS NULL OR
        (typeof(usd) IN ('integer', 'real') AND usd >= 0 AND usd < 9e999)),
    official_usd REAL CHECK (official_usd IS NULL OR
        (typeof(official_usd) IN ('integer', 'real') AND official_usd >= 0
         AND official_usd < 9e999)),
    label TEXT,
    tier TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (url, kind, unit, tier)
);

CREATE TABLE price_history (
    id INTEGER PRIMARY KEY,
    model_id TEXT NOT NULL REFERENCES models(id) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT NOT NULL CHECK (kind IN ('input', 'output', 'per_second', 'per_minute',
        'per_request', 'per_image', 'per_character', 'unknown')),
    unit TEXT NOT NULL CHECK (unit IN ('1M tokens', '1M characters', 'second', 'minute',
        'request', 'image', '')),
    usd REAL CHECK (usd IS NULL OR
        (typeof(usd) IN ('integer', 'real') AND usd >= 0 AND usd < 9e999)),
    official_usd REAL CHECK (official_usd IS NULL OR
        (typeof(official_usd) IN ('integer', 'real') AND official_usd >= 0
         AND official_usd < 9e999)),
    valid_from TEXT NOT NULL,
    valid_to TEXT,
    run_id INTEGER REFERENCES runs(id) DEFERRABLE INITIALLY DEFERRED,
    source_url TEXT,
    tier TEXT NOT NULL DEFAULT ''
);

CREATE TABLE reference_models (
    source TEXT NOT NULL,
    ref_id TEXT NOT NULL,           -- the reference's own key: gpt-4.1, openai/gpt-4-0314
    provider TEXT,                  -- as the reference names it: openai, gemini, Google
    name TEXT,
    model_id TEXT,                  -- the catalog model it was matched to; NULL: unmatched
    match_rule TEXT,                -- exact, dated, or why it was not matched
    kind TEXT,                      -- text, image, video, audio, embedding (mode / model_type)
    input_usd REAL CHECK (input_usd IS NULL OR (input_usd >= 0 AND input_usd < 9e999)),
    output_usd REAL CHECK (output_usd IS NULL OR (output_usd >= 0 AND output_usd < 9e999)),
    per_second_usd REAL CHECK (per_second_usd IS NULL OR
        (per_second_usd >= 0 AND per_second_usd < 9e999)),
    per_request_usd REAL CHECK (per_request_usd IS NULL OR
        (per_request_usd >= 0 AND per_request_usd < 9e999)),
    per_image_usd REAL CHECK (per_image_usd IS NULL OR
        (per_image_usd >= 0 AND per_image_usd < 9e999)),
    exact_json TEXT,                -- JSON: the exact decimal prices (as text) and match aliases
    context_window INTEGER CHECK (context_window IS NULL OR context_window > 0),
    max_output_tokens INTEGER CHECK (max_output_tokens IS NULL OR max_output_tokens > 0),
    status TEXT CHECK (status IN ('active', 'deprecated', 'retired')),
                                    -- NULL: the reference does not say
    deprecation_date TEXT,
    api_doc_url TEXT,
    fetched_at TEXT,
    PRIMARY KEY (source, ref_id)
);

CREATE TABLE crosschecks (
    source TEXT NOT NULL,
    model_id TEXT NOT NULL,
    "check" TEXT NOT NULL,          -- price.<kind>, official.<kind>, discount.<kind>,
                                    -- context_window, max_output_tokens, lifecycle, match
    locale TEXT NOT NULL DEFAULT '',-- the page's locale for per-locale price checks
    catalog_value TEXT,             -- what the catalog (the page) says
    reference_value TEXT,           -- what the reference says
    reference_id TEXT,              -- the reference entry it was compared with
    verdict TEXT NOT NULL CHECK (verdict IN ('agrees', 'differs', 'not_in_reference',
        'matched')),                -- matched: found, with no figure both state
    differs_pct REAL,               -- 100 * (catalog - reference) / reference
    detail TEXT,
    checked_at TEXT,
    PRIMARY KEY (source, model_id, "check", locale)
);
