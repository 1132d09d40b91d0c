-- open_predictions: pending predictions with their expected window, soonest deadline first
-- (claims without a deadline last), with the article they came from.
-- open_predictions_as_of(d): the same as known on d (see claim_status_at).
CREATE OR REPLACE MACRO open_predictions_as_of(d) AS TABLE
SELECT
    c.claim_id,
    c.subject,
    c.event,
    c.event_type,
    c.attribution_kind,
    c.attribution_name,
    c.relayed_by,
    c.hedge,
    c.probability,
    c.expected_text,
    c.expected_earliest,
    c.expected_latest,
    a.published_at,
    a.outlet,
    a.url,
    c.quote,
    c.article_id
FROM claims AS c
JOIN claim_status_as_of(d) AS s ON s.claim_id = c.claim_id
LEFT JOIN articles AS a ON a.article_id = c.article_id
WHERE s.status = 'pending' AND c.is_prediction
ORDER BY c.expected_latest ASC NULLS LAST, c.expected_earliest ASC NULLS LAST, a.published_at, c.claim_id;

CREATE OR REPLACE VIEW open_predictions AS SELECT * FROM open_predictions_as_of(NULL);
