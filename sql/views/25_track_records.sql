-- track_records_as_of(d): the scoring behind source_track_record, kind_track_record and
-- relay_track_record, in one place. `grouping` says which:
--   'source'            one row per (source, attribution_kind), over scored_claims
--   'attribution_kind'  one row per attribution kind, over scored_claims
--   'relay'             one row per relaying outlet, over the rumours it relayed (each
--                       rumour once per outlet, however often the outlet repeated it)
-- Columns:
--   claims     scored units; resolved = confirmed + refuted + expired (judged); voided are
--              counted in claims and voided only. confirmed includes confirmed_late.
--   accuracy   true / (true + false), pending and voided excluded; NULL when nothing resolved.
--   accuracy_shrunk  Beta-binomial posterior mean (true + m*s) / (resolved + s), where the
--              prior mean m and strength s (pseudo-claims) are fitted per grouping by
--              empirical Bayes, method of moments: over the groups with >= 5 resolved, m =
--              mean rate, v = variance of the rates, h = mean(1/resolved); the binomial
--              noise explains m(1-m)h of v, the rest is real spread between sources:
--              rho = (v / (m(1-m)) - h) / (1 - h), s = 1/rho - 1, clamped to [2, 100]
--              (no real spread -> 100: trust the shared rate; wide spread -> little
--              shrinkage). m is clamped to [0.05, 0.95]. With fewer than 3 such groups the
--              prior is weak: m = (all true + 1) / (all resolved + 2), s = 4.
--   accuracy_lower  Wilson 90% lower bound: the ranking key (3/3 ranks below 80/90).
--   brier      mean (stated probability - outcome)^2 over resolved units; lower is better.
--   mean_lead_days  mean (resolved_on - publication of the claim) over true outcomes.
--   prior_mean, prior_strength, prior_fitted  the prior used (same for the whole grouping).
CREATE OR REPLACE MACRO track_records_as_of(d) AS TABLE
WITH cs AS (
    SELECT * FROM claim_sources_as_of(d)
),
units AS (
    SELECT 'source' AS grouping, source_key AS group_key, attribution_kind, source AS label,
           status, outcome, probability, lead_days
    FROM cs WHERE NOT is_repeat
    UNION ALL
    SELECT 'attribution_kind', attribution_kind, attribution_kind, attribution_kind,
           status, outcome, probability, lead_days
    FROM cs WHERE NOT is_repeat
    UNION ALL
    SELECT 'relay', lower(relay), '', relay, status, outcome, probability, lead_days
    FROM (  -- every outlet of a chain ("Reuters > La Stampa") gets its own relay record
        SELECT *, unnest(CASE WHEN len(coalesce(relay_chain, [])) > 0 THEN relay_chain
                              ELSE [relay_outlet] END) AS relay
        FROM cs
    )
    WHERE relay IS NOT NULL AND trim(relay) <> ''
    QUALIFY row_number() OVER (PARTITION BY coalesce(rumour_id, claim_id), lower(relay)
                               ORDER BY published_at NULLS LAST, claim_id) = 1
),
per_label AS (  -- per spelling first, so the display name is the most frequent spelling
    SELECT
        grouping, group_key, attribution_kind, label,
        count(*) AS claims,
        count(outcome) AS resolved,
        count(*) FILTER (WHERE status IN ('confirmed', 'confirmed_late')) AS confirmed,
        count(*) FILTER (WHERE status = 'confirmed_late') AS confirmed_late,
        count(*) FILTER (WHERE status = 'refuted') AS refuted,
        count(*) FILTER (WHERE status = 'expired') AS expired,
        count(*) FILTER (WHERE status = 'pending') AS pending,
        count(*) FILTER (WHERE status = 'voided') AS voided,
        coalesce(sum(outcome), 0) AS n_true,
        sum(power(probability - outcome, 2)) AS sq_err,
        count(power(probability - outcome, 2)) AS n_sq,
        sum(lead_days) AS lead_sum,
        count(lead_days) AS lead_n
    FROM units
    GROUP BY ALL
),
agg AS (
    SELECT
        grouping, group_key, attribution_kind,
        first(label ORDER BY claims DESC, label) AS label,
        CAST(sum(claims) AS BIGINT) AS claims,
        CAST(sum(resolved) AS BIGINT) AS resolved,
        CAST(sum(confirmed) AS BIGINT) AS confirmed,
        CAST(sum(confirmed_late) AS BIGINT) AS confirmed_late,
        CAST(sum(refuted) AS BIGINT) AS refuted,
        CAST(sum(expired) AS BIGINT) AS expired,
        CAST(sum(pending) AS BIGINT) AS pending,
        CAST(sum(voided) AS BIGINT) AS voided,
        CAST(sum(n_true) AS DOUBLE) AS n_true,
        sum(sq_err) / nullif(sum(n_sq), 0) AS brier,
        sum(lead_sum) / nullif(sum(lead_n), 0) AS mean_lead_days
    FROM per_label
    GROUP BY grouping, group_key, attribution_kind
),
moments AS (
    SELECT
        grouping,
        count(*) FILTER (WHERE resolved >= 5) AS fit_groups,
        least(greatest(avg(n_true / resolved) FILTER (WHERE resolved >= 5), 0.05), 0.95) AS m,
        coalesce(var_samp(n_true / resolved) FILTER (WHERE resolved >= 5), 0) AS v,
        avg(1.0 / resolved) FILTER (WHERE resolved >= 5) AS h,
        (sum(n_true) + 1.0) / (sum(resolved) + 2.0) AS pooled
    FROM agg
    GROUP BY grouping
),
prior AS (
    SELECT
        grouping,
        fit_groups >= 3 AS prior_fitted,
        CASE WHEN fit_groups >= 3 THEN m ELSE pooled END AS prior_mean,
        CASE WHEN fit_groups >= 3
             THEN least(greatest(1.0 / greatest((v / (m * (1 - m)) - h) / (1 - h), 1e-9) - 1, 2.0), 100.0)
             ELSE 4.0
        END AS prior_strength
    FROM moments
)
SELECT
    a.grouping,
    a.group_key,
    a.label,
    a.attribution_kind,
    a.claims,
    a.resolved,
    a.confirmed,
    a.refuted,
    a.expired,
    a.pending,
    CASE WHEN a.resolved > 0 THEN a.n_true / a.resolved END AS accuracy,
    (a.n_true + p.prior_mean * p.prior_strength) / (a.resolved + p.prior_strength) AS accuracy_shrunk,
    wilson_lower(a.n_true, a.resolved) AS accuracy_lower,
    a.brier,
    a.mean_lead_days,
    a.confirmed_late,
    a.voided,
    p.prior_mean,
    p.prior_strength,
    p.prior_fitted
FROM agg AS a
JOIN prior AS p USING (grouping);

-- track_record_prior: the prior each grouping's accuracy_shrunk used, for auditing.
CREATE OR REPLACE MACRO track_record_prior_as_of(d) AS TABLE
SELECT DISTINCT grouping, prior_mean, prior_strength, prior_fitted FROM track_records_as_of(d) ORDER BY grouping;

CREATE OR REPLACE VIEW track_record_prior AS SELECT * FROM track_record_prior_as_of(NULL);
