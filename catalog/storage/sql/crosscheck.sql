-- Migration 3: the cross-check tables (catalog crosscheck; see catalog/crosscheck/).
-- one row per fetch of a reference that was stored (append-only)
CREATE TABLE IF NOT EXISTS reference_fetches (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,           -- cometapi, litellm, models.dev, genai-prices, openrouter
    location TEXT NOT NULL,         -- the URL or file it was read from
    version TEXT,                   -- ETag, Last-Modified or sha256 of the body
    etag TEXT,
    last_modified TEXT,
    fetched_at TEXT NOT NULL,
    not_modified INTEGER NOT NULL DEFAULT 0,  -- 1 when a 304 reused the stored entries
    entries INTEGER,                -- models the reference lists
    matched INTEGER                 -- of those, matched to a catalog model
);

-- every model a reference lists, as it states it (replaced per source by a successful fetch)
CREATE TABLE IF NOT EXISTS reference_models (
    source TEXT NOT NULL,
    ref_id TEXT NOT NULL,           -- the reference's own key: gpt-4.1, openai/gpt-4-0314
    provider TEXT,                  -- as the reference names it: openai, gemini, Google
    name TEXT,
    model_id TEXT,                  -- the catalog model it was matched to; NULL: unmatched
    match_rule TEXT,                -- exact, dated, or why it was not matched
    kind TEXT,                      -- text, image, video, audio, embedding (mode / model_type)
    input_usd REAL,                 -- USD per 1M input tokens
    output_usd REAL,                -- USD per 1M output tokens
    per_second_usd REAL,
    per_request_usd REAL,
    per_image_usd REAL,
    exact_json TEXT,                -- JSON: the exact decimal prices (as text) and match aliases
    context_window INTEGER,
    max_output_tokens INTEGER,
    status TEXT,                    -- active, deprecated (dated), retired
    deprecation_date TEXT,
    api_doc_url TEXT,
    fetched_at TEXT,
    PRIMARY KEY (source, ref_id)
);
CREATE INDEX IF NOT EXISTS idx_reference_models_model ON reference_models(model_id);

-- each claim checked against a reference (replaced per source by a successful crosscheck)
CREATE TABLE IF NOT EXISTS crosschecks (
    source TEXT NOT NULL,
    model_id TEXT NOT NULL,
    "check" TEXT NOT NULL,          -- price.<kind>, official.<kind>, discount.<kind>,
                                    -- context_window, max_output_tokens, lifecycle, match
    locale TEXT NOT NULL DEFAULT '',-- the page's locale for per-locale price checks
    catalog_value TEXT,             -- what the catalog (the page) says
    reference_value TEXT,           -- what the reference says
    reference_id TEXT,              -- the reference entry it was compared with
    verdict TEXT NOT NULL,          -- agrees, differs, not_in_reference
    differs_pct REAL,               -- 100 * (catalog - reference) / reference
    detail TEXT,
    checked_at TEXT,
    PRIMARY KEY (source, model_id, "check", locale)
);
CREATE INDEX IF NOT EXISTS idx_crosschecks_verdict ON crosschecks(verdict, source);
