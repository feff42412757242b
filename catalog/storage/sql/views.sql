-- Views are part of the public SQL interface (see docs/data-model.md). Recreated on every open.

-- Each price with its figure as catalog/publish/money.py writes it ($0.0000024, $1,752.5),
-- spelled here in plain SQL: a view may call no application function (trusted_schema=OFF, and
-- any SQLite client must be able to read it). tests/test_money.py holds the two to the same
-- text. A view, not a CTE: SQLite reads a view into the query that names it, so a query for
-- one model's prices formats that model's only (a CTE named twice is materialized: every price
-- of the catalog formatted on each query).
DROP VIEW IF EXISTS price_money;
CREATE VIEW price_money AS
SELECT
    p.model_id,
    p.kind,
    p.unit,
    p.tier,
    p.usd,
    (SELECT CASE WHEN v IS NULL THEN NULL
        WHEN v >= 1000000 THEN '$' || printf('%,d', CAST(round(v, 2) AS INTEGER))
                               || substr(printf('%.2f', v), -3)
        WHEN instr(g, 'e') THEN '$0.' || printf('%.*c',
            -CAST(substr(g, instr(g, 'e') + 1) AS INTEGER) - 1, '0')
            || replace(substr(g, 1, instr(g, 'e') - 1), '.', '')
        ELSE '$' || printf('%,d', CAST(g AS INTEGER))
             || CASE WHEN instr(g, '.') THEN substr(g, instr(g, '.')) ELSE '' END END
    FROM (SELECT p.usd AS v, printf('%.10g', p.usd) AS g)) AS money
FROM prices p;

DROP VIEW IF EXISTS deprecations;
CREATE VIEW deprecations AS
SELECT
    m.id AS model_id,
    m.provider,
    m.name,
    m.status,
    m.status_date,
    (SELECT group_concat(r.replacement_id, ', ') FROM
        (SELECT replacement_id FROM replacements WHERE model_id = m.id ORDER BY replacement_id) r
    ) AS replacements,
    (SELECT usd FROM prices p WHERE p.model_id = m.id AND p.kind = 'input') AS input_usd,
    (SELECT usd FROM prices p WHERE p.model_id = m.id AND p.kind = 'output') AS output_usd,
    (SELECT group_concat(p.kind || CASE WHEN p.tier != '' THEN ' (' || p.tier || ')' ELSE '' END
                         || ' ' || p.money || '/' || p.unit, '; ') FROM price_money p
        WHERE p.model_id = m.id) AS prices,
    (SELECT group_concat(r.replacement_model_id, ', ') FROM
        (SELECT replacement_model_id FROM replacements WHERE model_id = m.id
         AND replacement_model_id IS NOT NULL ORDER BY replacement_id) r
    ) AS replacement_ids,
    (SELECT group_concat(r.replacement_model_id || ' ' || p.kind || ' ' || p.money
                         || '/' || p.unit, '; ')
        FROM replacements r JOIN price_money p ON p.model_id = r.replacement_model_id
        WHERE r.model_id = m.id) AS replacement_prices,
    (SELECT e.text FROM evidence e WHERE e.model_id = m.id AND e.field = 'status' LIMIT 1)
        AS status_evidence,
    m.source_url,
    m.missing_since
FROM models m
WHERE m.status IN ('deprecated', 'retired')
ORDER BY
    -- upcoming shutdowns first (soonest first), then past retirements (most recent first)
    CASE WHEN m.status_date >= date('now') THEN 0 ELSE 1 END,
    CASE WHEN m.status_date >= date('now') THEN m.status_date END ASC,
    m.status_date DESC;

DROP VIEW IF EXISTS price_comparison;
CREATE VIEW price_comparison AS
SELECT
    p.model_id,
    m.provider,
    m.name,
    m.status,
    p.kind,
    p.unit,
    p.tier,
    p.usd,
    p.official_usd,
    p.discount_pct,
    CASE WHEN p.official_usd IS NOT NULL AND p.usd IS NOT NULL
         THEN round(p.official_usd - p.usd, 6) END AS savings_usd,
    p.source_url
FROM prices p
JOIN models m ON m.id = p.model_id
ORDER BY p.discount_pct DESC, p.model_id, p.kind;

DROP VIEW IF EXISTS changes;
-- A change is a history row that closed an earlier one of the same key (the earlier row's
-- valid_to is this row's valid_from): a first observation is not a change. The Atom feeds
-- (site/metadata.yml) use the same rule.
CREATE VIEW changes AS
SELECT
    'price:' || h.id AS change_id,
    h.valid_from AS changed_at,
    h.model_id,
    'price' AS change_kind,
    h.kind || CASE WHEN h.tier != '' THEN ' (' || h.tier || ')' ELSE '' END || ' '
        || coalesce('$' || h.usd, 'unknown') || ' per ' || h.unit
        || coalesce(' (official $' || h.official_usd || ')', '') AS summary,
    coalesce('$' || prev.usd, 'unknown') AS previous,
    h.source_url
FROM price_history h
JOIN price_history prev ON prev.id = (
    SELECT p2.id FROM price_history p2
    WHERE p2.model_id = h.model_id AND p2.kind = h.kind AND p2.unit = h.unit
      AND p2.tier = h.tier AND p2.valid_to = h.valid_from AND p2.id < h.id
    ORDER BY p2.id DESC LIMIT 1)
UNION ALL
SELECT
    'lifecycle:' || l.id,
    l.valid_from,
    l.model_id,
    'lifecycle',
    -- a deprecated model's date is when it shuts down, a retired one's when it did
    replace(coalesce(l.status, 'unknown'), '_', ' ')
        || coalesce(CASE l.status WHEN 'deprecated' THEN ', shuts down on '
                                  WHEN 'retired' THEN ', shut down on '
                                  ELSE ' since ' END || l.status_date, '')
        -- replacements is a JSON array (the store writes json.dumps of a list); json_valid
        -- and json_array_length may not run in a view under trusted_schema=OFF (SQLite 3.40),
        -- json_each may: '' and NULL give no row, '[]' none either, so no words
        || coalesce('; replacements named: '
                    || (SELECT group_concat(r.value, ', ') FROM json_each(
                            CASE WHEN l.replacements LIKE '[%]' THEN l.replacements END) r),
                    ''),
    coalesce(prev.status, 'unknown'),
    l.source_url
FROM lifecycle_history l
JOIN lifecycle_history prev ON prev.id = (
    SELECT p2.id FROM lifecycle_history p2
    WHERE p2.model_id = l.model_id AND p2.valid_to = l.valid_from AND p2.id < l.id
    ORDER BY p2.id DESC LIMIT 1)
ORDER BY changed_at DESC;

-- One row per model for SQL users: name, provider, status, context, the source's and the
-- official prices side by side per kind (tier '' only), the discount, the source the model
-- was read from (source_name), and the API model id that source's own catalog gives, stored
-- by `catalog crosscheck` under the source's name (CometAPI's /api/models for cometapi).
-- Exports read it.
CREATE VIEW model_prices_wide AS
SELECT
    m.id AS model_id,
    m.name,
    m.provider,
    coalesce(m.kind, api.kind) AS kind,
    api.ref_id AS api_model_id,
    m.status,
    m.status_date,
    m.context_window,
    m.max_output_tokens,
    (SELECT p.usd FROM prices p WHERE p.model_id = m.id AND p.kind = 'input' AND p.tier = '') AS input_usd,
    (SELECT p.official_usd FROM prices p WHERE p.model_id = m.id AND p.kind = 'input' AND p.tier = '') AS input_official_usd,
    (SELECT p.usd FROM prices p WHERE p.model_id = m.id AND p.kind = 'output' AND p.tier = '') AS output_usd,
    (SELECT p.official_usd FROM prices p WHERE p.model_id = m.id AND p.kind = 'output' AND p.tier = '') AS output_official_usd,
    (SELECT p.usd FROM prices p WHERE p.model_id = m.id AND p.kind = 'per_second' AND p.tier = '') AS per_second_usd,
    (SELECT p.official_usd FROM prices p WHERE p.model_id = m.id AND p.kind = 'per_second' AND p.tier = '') AS per_second_official_usd,
    (SELECT p.usd FROM prices p WHERE p.model_id = m.id AND p.kind = 'per_request' AND p.tier = '') AS per_request_usd,
    (SELECT p.official_usd FROM prices p WHERE p.model_id = m.id AND p.kind = 'per_request' AND p.tier = '') AS per_request_official_usd,
    (SELECT p.usd FROM prices p WHERE p.model_id = m.id AND p.kind = 'per_image' AND p.tier = '') AS per_image_usd,
    (SELECT p.official_usd FROM prices p WHERE p.model_id = m.id AND p.kind = 'per_image' AND p.tier = '') AS per_image_official_usd,
    m.discount_pct,
    m.source,
    m.missing_since,
    (SELECT p.usd FROM prices p WHERE p.model_id = m.id AND p.kind = 'per_minute' AND p.tier = '') AS per_minute_usd,
    (SELECT p.official_usd FROM prices p WHERE p.model_id = m.id AND p.kind = 'per_minute' AND p.tier = '') AS per_minute_official_usd,
    (SELECT p.usd FROM prices p WHERE p.model_id = m.id AND p.kind = 'per_character' AND p.tier = '') AS per_character_usd,
    (SELECT p.official_usd FROM prices p WHERE p.model_id = m.id AND p.kind = 'per_character' AND p.tier = '') AS per_character_official_usd,
    m.source_name
FROM models m
LEFT JOIN reference_models api ON api.source = m.source_name AND api.model_id = m.id
ORDER BY m.id;
