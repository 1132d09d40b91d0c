-- Each claim's status as known on the run date (parameter 1), by the one rule of the
-- claim_status views (sql/views/10_claim_status.sql): resolve appends a row only where its
-- verdict differs from this, so a backfill for an earlier date is compared with that date.
SELECT claim_id, status, method, evidence_article_id
FROM claim_status_at(CAST(? AS DATE), NULL)
WHERE resolution_id IS NOT NULL
