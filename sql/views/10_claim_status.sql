-- claim_status: the status of every claim, read from the append-only `resolutions` ledger.
--
-- claim_status_at(d, upto) is the one rule; everything else calls it:
--   d     "as known on d": only ledger rows whose run date coalesce(as_of, recorded_at) and
--         whose resolved_on are <= d, and only claims whose article was published by d.
--         A `resolve --as-of 2021-06-01` run writes rows with as_of = 2021-06-01, so a track
--         record for 2021-06-01 is reproducible after later verdicts were recorded.
--   upto  only ledger rows with resolution_id <= upto (what a past report had seen).
--   NULL for either means no limit.
-- The winning row per claim:
--   * the latest manual row, unless it is a manual 'pending' (a reopen): a person's verdict
--     (including 'voided') stands over any automatic row, earlier or later;
--   * otherwise the latest row, ordered by run date, then recorded_at, then resolution_id
--     (so a backfill run for an earlier date never overrides knowledge of a later one).
-- No row = 'pending'.
CREATE OR REPLACE MACRO claim_status_at(d, upto) AS TABLE
WITH ledger AS (
    SELECT r.*, coalesce(r.as_of, CAST(r.recorded_at AS DATE)) AS known_on
    FROM resolutions AS r
    WHERE (upto IS NULL OR r.resolution_id <= upto)
      AND (d IS NULL OR (coalesce(r.as_of, CAST(r.recorded_at AS DATE)) <= CAST(d AS DATE)
                         AND (r.resolved_on IS NULL OR r.resolved_on <= CAST(d AS DATE))))
),
ranked AS (
    SELECT *,
        row_number() OVER (PARTITION BY claim_id ORDER BY known_on DESC, recorded_at DESC, resolution_id DESC) AS pos,
        row_number() OVER (PARTITION BY claim_id, method = 'manual'
                           ORDER BY known_on DESC, recorded_at DESC, resolution_id DESC) AS pos_in_method
    FROM ledger
),
winner AS (
    SELECT * FROM ranked
    QUALIFY row_number() OVER (
        PARTITION BY claim_id
        ORDER BY (method = 'manual' AND pos_in_method = 1 AND status <> 'pending') DESC, pos
    ) = 1
)
SELECT
    c.claim_id,
    coalesce(w.status, 'pending') AS status,
    w.resolved_on,
    w.method,
    w.evidence_article_id,
    w.evidence_url,
    w.confidence,
    w.note,
    w.recorded_at,
    w.resolution_id,
    w.as_of
FROM claims AS c
LEFT JOIN articles AS a ON a.article_id = c.article_id
LEFT JOIN winner AS w ON w.claim_id = c.claim_id
WHERE d IS NULL OR a.published_at IS NULL OR CAST(a.published_at AS DATE) <= CAST(d AS DATE);

CREATE OR REPLACE MACRO claim_status_as_of(d) AS TABLE SELECT * FROM claim_status_at(d, NULL);

-- Everything recorded so far (a run with a future --as-of counts too).
CREATE OR REPLACE VIEW claim_status AS SELECT * FROM claim_status_at(NULL, NULL);
