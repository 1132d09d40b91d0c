-- claim_status: the current status of every claim.
-- resolutions is an append-only ledger; a claim's status is its latest row, by recorded_at
-- (when we learnt it) then resolution_id (insertion order breaks ties within one run).
-- No special cases: a manual 'voided' row voids, a later manual 'pending' row reopens,
-- a later 'confirmed' row overrides an earlier 'expired' one. No row at all = 'pending'.
-- Columns beyond DESIGN.md's (confidence, note, evidence_url, recorded_at, resolution_id)
-- are additive.
CREATE OR REPLACE VIEW claim_status AS
WITH latest AS (
    SELECT *
    FROM resolutions
    QUALIFY row_number() OVER (
        PARTITION BY claim_id ORDER BY recorded_at DESC, resolution_id DESC
    ) = 1
)
SELECT
    c.claim_id,
    coalesce(l.status, 'pending') AS status,
    l.resolved_on,
    l.method,
    l.evidence_article_id,
    l.evidence_url,
    l.confidence,
    l.note,
    l.recorded_at,
    l.resolution_id
FROM claims AS c
LEFT JOIN latest AS l ON l.claim_id = c.claim_id;
