-- Migration 8: what discovery found, per seed, and CometAPI's catalog as the run read it.
-- runs.seeds: JSON, per seed (sitemap, listing, catalog, alternates) its state (read, absent,
-- failed, off), the lists it read, the pages it queued first and the lists it could not read.
-- runs.coverage: JSON, the run's coverage report (catalog models with and without a page,
-- pages without a catalog entry, models in fewer locales than most, sitemap pages that 404).
ALTER TABLE runs ADD COLUMN seeds TEXT;
ALTER TABLE runs ADD COLUMN coverage TEXT;
-- One row per entry of a source's own model catalog (CometAPI's /api/models), as last read:
-- its facts as the catalog gives them, the page URL the source's rule builds from it, what
-- that URL answered, and the catalog model it is (by that URL, or by name when the page sits
-- at another slug; NULL when no page of it was found).
CREATE TABLE catalog_entries (
    source_name TEXT NOT NULL,
    ref_id TEXT NOT NULL,             -- the model's id in the catalog (gemini-2.5-flash)
    provider TEXT,                    -- as the catalog writes it (Google)
    page_url TEXT,                    -- the page the rule builds (/models/google/gemini-2-5-flash/)
    page_status INTEGER,              -- what page_url answered in the last run that fetched it
    model_id TEXT,                    -- the catalog model with a page; NULL: no page found
    match_rule TEXT,                  -- url, exact or dated (catalog/crosscheck/matching.py)
    kind TEXT,                        -- model_type as the catalog writes it (llm, image, video)
    features TEXT,                    -- JSON array
    pricing TEXT,                     -- JSON object, as the catalog gives it
    api_doc_url TEXT,
    first_listed TEXT NOT NULL,
    last_listed TEXT NOT NULL,
    run_id INTEGER REFERENCES runs(id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (source_name, ref_id)
);
CREATE INDEX idx_catalog_entries_model ON catalog_entries(model_id);
