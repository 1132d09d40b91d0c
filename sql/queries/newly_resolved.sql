-- Verdicts recorded by the latest resolve run (rows sharing the newest recorded_at).
SELECT r.claim_id, r.status, r.resolved_on, r.method, c.subject, c.event, c.attribution_name,
       c.relayed_by, r.note
FROM resolutions r
JOIN claims c USING (claim_id)
WHERE r.recorded_at = (SELECT max(recorded_at) FROM resolutions)
ORDER BY r.resolved_on DESC NULLS LAST, c.subject
