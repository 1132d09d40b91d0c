-- source_track_record: one row per (source, attribution_kind) over scored_claims.
--   claims    all scored claims; resolved = confirmed + refuted + expired (judged claims);
--             voided claims = claims - resolved - pending (counted in claims only).
--   confirmed confirmed + confirmed_late.
--   accuracy  true / (true + false), pending and voided excluded; NULL when nothing resolved.
--   accuracy_shrunk  Beta-binomial posterior mean (true + a) / (resolved + a + b).
--             Prior: a = p0 * 4, b = (1 - p0) * 4, where p0 is the global accuracy over all
--             sources (0.5 while nothing is resolved) and 4 the prior strength in pseudo-claims.
--             A fixed strength for now; fitting (a, b) from the data (e.g. method of moments
--             over sources) is a later issue. With nothing resolved it is the prior mean p0.
--   accuracy_lower  Wilson score lower bound at 90% (z = 1.6449); NULL when nothing resolved.
--             This is the ranking key: 3/3 (0.53) ranks below 80/90 (0.82).
--   brier     mean((probability - outcome)^2) over resolved claims; lower is better.
--   mean_lead_days  mean(resolved_on - article publication date) over confirmed claims.
CREATE OR REPLACE VIEW source_track_record AS
WITH prior AS (
    SELECT
        coalesce(avg(outcome), 0.5) * 4.0 AS a,
        (1 - coalesce(avg(outcome), 0.5)) * 4.0 AS b
    FROM scored_claims
),
names AS (  -- the most frequent spelling of each source, ties broken alphabetically
    SELECT source_key, attribution_kind, first(source ORDER BY n DESC, source) AS source
    FROM (
        SELECT source_key, attribution_kind, source, count(*) AS n
        FROM scored_claims
        GROUP BY ALL
    )
    GROUP BY ALL
),
agg AS (
    SELECT
        source_key,
        attribution_kind,
        count(*) AS claims,
        count(outcome) AS resolved,
        count(*) FILTER (WHERE status IN ('confirmed', 'confirmed_late')) AS confirmed,
        count(*) FILTER (WHERE status = 'refuted') AS refuted,
        count(*) FILTER (WHERE status = 'expired') AS expired,
        count(*) FILTER (WHERE status = 'pending') AS pending,
        coalesce(sum(outcome), 0) AS n_true,
        avg(power(probability - outcome, 2)) AS brier,
        avg(lead_days) AS mean_lead_days
    FROM scored_claims
    GROUP BY ALL
),
scored AS (
    SELECT
        agg.*,
        CASE WHEN resolved > 0 THEN n_true / resolved END AS p,
        1.6449 AS z
    FROM agg
)
SELECT
    names.source,
    s.attribution_kind,
    s.claims,
    s.resolved,
    s.confirmed,
    s.refuted,
    s.expired,
    s.pending,
    s.p AS accuracy,
    (s.n_true + prior.a) / (s.resolved + prior.a + prior.b) AS accuracy_shrunk,
    CASE WHEN s.resolved > 0 THEN
        (s.p + s.z * s.z / (2 * s.resolved)
         - s.z * sqrt(s.p * (1 - s.p) / s.resolved + s.z * s.z / (4 * s.resolved * s.resolved)))
        / (1 + s.z * s.z / s.resolved)
    END AS accuracy_lower,
    s.brier,
    s.mean_lead_days
FROM scored AS s
JOIN names USING (source_key, attribution_kind)
CROSS JOIN prior
ORDER BY accuracy_lower DESC NULLS LAST, accuracy_shrunk DESC, s.claims DESC, names.source;
