-- Every claim with what resolution needs of its article: the first and last day its
-- publication date allows (a month-precision date spans the whole month), its outlet and URL.
SELECT
    c.claim_id, c.article_id, c.quote, c.char_start, c.subject, c.event_type, c.counterparty, c.polarity,
    c.hedge, c.is_prediction, c.attribution_kind, c.attribution_name, c.relayed_by,
    c.expected_earliest, c.expected_latest, c.expected_grain, c.language,
    a.published_at,
    CAST(a.published_at AS DATE) AS published_day,
    CASE a.published_precision
        WHEN 'year'  THEN CAST(date_trunc('year', a.published_at) + INTERVAL 1 YEAR - INTERVAL 1 DAY AS DATE)
        WHEN 'month' THEN CAST(date_trunc('month', a.published_at) + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE)
        ELSE CAST(a.published_at AS DATE)
    END AS published_last,
    a.url, a.outlet
FROM claims c
JOIN articles a USING (article_id)
WHERE a.published_at IS NOT NULL
