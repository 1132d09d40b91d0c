-- The latest ledger row per claim (the same rule as the claim_status view, usable mid-transaction).
SELECT claim_id, status, method, evidence_article_id
FROM resolutions
QUALIFY row_number() OVER (PARTITION BY claim_id ORDER BY recorded_at DESC, resolution_id DESC) = 1
