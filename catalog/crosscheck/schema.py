"""The cross-check tables and the one-row-per-model view, in one function.

Kept apart from ``catalog/sql/schema.sql`` on purpose: the store is gaining numbered
migrations in parallel, and one function with all of this feature's DDL is easy to turn into
one migration. Tables are only ever added to; the view is recreated on every open.
"""

from __future__ import annotations

import sqlite3

_TABLES = """
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
"""

_PRICE_KINDS = ("input", "output", "per_second", "per_request", "per_image")


def _wide_view() -> str:
    price_columns = []
    for kind in _PRICE_KINDS:
        for column, alias in (("usd", f"{kind}_usd"), ("official_usd", f"{kind}_official_usd")):
            price_columns.append(
                f"    (SELECT p.{column} FROM prices p WHERE p.model_id = m.id AND p.kind = "
                f"'{kind}' AND p.tier = '') AS {alias}")
    return (
        "DROP VIEW IF EXISTS model_prices_wide;\n"
        "CREATE VIEW model_prices_wide AS\nSELECT\n"
        "    m.id AS model_id,\n    m.name,\n    m.provider,\n"
        "    coalesce(m.kind, api.kind) AS kind,\n"
        "    api.ref_id AS api_model_id,\n"
        "    m.status,\n    m.status_date,\n    m.context_window,\n    m.max_output_tokens,\n"
        + ",\n".join(price_columns) + ",\n"
        "    m.discount_pct,\n    m.source,\n    m.missing_since\n"
        "FROM models m\n"
        "LEFT JOIN reference_models api ON api.source = 'cometapi' AND api.model_id = m.id\n"
        "ORDER BY m.id;\n"
    )


def ensure_crosscheck_schema(conn: sqlite3.Connection) -> None:
    """Create the cross-check tables (if missing) and recreate the ``model_prices_wide`` view.

    Needs the core tables (``models``, ``prices``) to exist: call it after the store's schema.
    """
    conn.executescript(_TABLES + _wide_view())
