-- verdict_changes(d, since): claims whose status as known on d differs between the ledger
-- rows up to resolution_id `since` (what an earlier report had seen; 0 = nothing) and the
-- whole ledger. The report shows these as "verdicts changed since the last report".
CREATE OR REPLACE MACRO verdict_changes(d, since) AS TABLE
SELECT
    now_.claim_id,
    c.subject,
    c.event,
    coalesce(c.attribution_name, c.relayed_by, c.attribution_kind) AS source,
    before_.status AS was,
    now_.status,
    now_.resolved_on,
    now_.method,
    now_.note,
    now_.recorded_at
FROM claim_status_at(d, NULL) AS now_
JOIN claim_status_at(d, since) AS before_ ON before_.claim_id = now_.claim_id
JOIN claims AS c ON c.claim_id = now_.claim_id
WHERE now_.status <> before_.status
ORDER BY now_.recorded_at DESC NULLS LAST, now_.resolved_on DESC NULLS LAST, c.subject, now_.claim_id;
