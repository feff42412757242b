-- Tables derived from the others, rebuilt at the end of every run (catalog/storage/summaries.py), and
-- the indexes the served pages need. Why: at 100,000 pages the canned queries that recomputed
-- these per request took 0.2-0.6 s; read from here they take milliseconds (bench/RESULTS.md).
-- Nothing else writes them; a run that is rolled back leaves them as they were.

-- One row per model, exactly what the models_overview canned query lists.
CREATE TABLE IF NOT EXISTS model_overview (
    model_id TEXT PRIMARY KEY,
    name TEXT,
    provider TEXT,
    provider_name TEXT,
    kind TEXT,
    status TEXT,
    status_date TEXT,
    context_window INTEGER,
    max_output_tokens INTEGER,
    commercial_use INTEGER,
    input_usd REAL,
    output_usd REAL,
    other_prices TEXT,
    max_discount_pct REAL,
    source TEXT,
    sort_name TEXT                  -- lower(name): the query's order
);
CREATE INDEX IF NOT EXISTS idx_model_overview_order
    ON model_overview(provider, sort_name, model_id);

-- The (model, kind, unit) prices on which the pages of different locales disagree.
CREATE TABLE IF NOT EXISTS price_disagreements (
    model_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    unit TEXT NOT NULL,
    PRIMARY KEY (model_id, kind, unit)
);

-- For each deprecated or retired model, its replacements resolved to catalog models (JSON:
-- [{"name": as written, "ids": [model ids]}]), as the deprecation_list query shows them.
CREATE TABLE IF NOT EXISTS replacement_links (
    model_id TEXT PRIMARY KEY,
    links TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS idx_page_prices_model ON page_prices(model_id, kind, unit);
CREATE INDEX IF NOT EXISTS idx_prices_kind_unit_usd ON prices(kind, unit, usd);
CREATE INDEX IF NOT EXISTS idx_prices_discount ON prices(discount_pct);
CREATE INDEX IF NOT EXISTS idx_pages_model_locale ON pages(model_id, locale);
