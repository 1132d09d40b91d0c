-- scored_claims: the claims a source can be scored on, with their source and outcome.
-- Shared by source_track_record and calibration so both count the same claims.
--   * scope: predictions, and anything not stated as official fact (hedge <> 'official');
--     an official statement of fact is not a rumour and says nothing about a source's skill.
--   * source: who said it = attribution_name, else the outlet that relayed it, else the
--     attribution kind ("anonymous_sources"). source_key groups case- and space-insensitively;
--     source is the readable spelling (whitespace collapsed).
--   * outcome: 1 = confirmed | confirmed_late, 0 = refuted | expired, NULL = pending | voided.
--   * lead_days: resolved_on - publication date of the claim's article, for confirmed claims.
CREATE OR REPLACE VIEW scored_claims AS
WITH base AS (
    SELECT
        c.claim_id,
        c.article_id,
        c.attribution_kind,
        c.hedge,
        c.is_prediction,
        c.probability,
        regexp_replace(
            trim(coalesce(nullif(trim(c.attribution_name), ''), nullif(trim(c.relayed_by), ''), c.attribution_kind)),
            '\s+', ' ', 'g'
        ) AS source,
        s.status,
        s.resolved_on,
        a.published_at
    FROM claims AS c
    JOIN claim_status AS s ON s.claim_id = c.claim_id
    LEFT JOIN articles AS a ON a.article_id = c.article_id
    WHERE c.is_prediction OR c.hedge <> 'official'
)
SELECT
    *,
    lower(source) AS source_key,
    CASE
        WHEN status IN ('confirmed', 'confirmed_late') THEN 1
        WHEN status IN ('refuted', 'expired') THEN 0
    END AS outcome,
    CASE
        WHEN status IN ('confirmed', 'confirmed_late') AND resolved_on IS NOT NULL AND published_at IS NOT NULL
        THEN date_diff('day', CAST(published_at AS DATE), resolved_on)
    END AS lead_days
FROM base;
