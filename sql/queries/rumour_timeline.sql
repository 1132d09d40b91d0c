-- Every rumour from first report to verdicts: its claims in publication order, who each is
-- credited to, through which outlets, whether it repeats a source already counted, and
-- the current verdict with its reason. Filter on subject, e.g. WHERE r.subject ILIKE 'xiaomi%'.
SELECT
    r.rumour_id, r.subject, r.event_type, r.counterparty, r.articles, r.independent_sources,
    CAST(a.published_at AS DATE) AS published, coalesce(a.outlet, a.url) AS article,
    rc.origin_source, rc.origin_kind, array_to_string(rc.relay_chain, ' > ') AS relayed_via, rc.is_repeat,
    c.hedge, c.expected_latest, s.status, s.resolved_on, s.note, c.quote
FROM rumours AS r
JOIN rumour_claims AS rc USING (rumour_id)
JOIN claims AS c USING (claim_id)
JOIN articles AS a USING (article_id)
JOIN claim_status AS s USING (claim_id)
ORDER BY r.first_seen, r.rumour_id, a.published_at, c.char_start
