-- claim_sources / scored_claims: the claims a source is scored on, with source and outcome.
-- Shared by every track record and by calibration, so all count the same things.
--   * scope: predictions, and anything not stated as official fact (hedge <> 'official');
--     an official statement of fact is not a rumour and says nothing about a source's skill.
--   * source: who is credited. With a rumour_claims row (written by resolve), its
--     origin_source / origin_kind: "La Stampa, citing Reuters" credits Reuters. Without one
--     yet, the claim's own attribution_name, else the outlet that relayed it, else the kind.
--     source_key groups case- and space-insensitively; source is the readable spelling.
--   * relay_outlet: the outlet that passed it on (rumour_claims, else claims.relayed_by);
--     relay_chain: every outlet that passed it on, from the origin outward (rumour_claims).
--   * outcome: 1 = confirmed | confirmed_late (it happened: the source was right about what,
--     if not when; timeliness is mean_lead_days and the confirmed_late count),
--     0 = refuted | expired, NULL = pending | voided (voided claims are never judged).
--   * lead_days: resolved_on - publication date of the claim's article, for true outcomes.
-- claim_sources keeps repeats; scored_claims keeps one row per source per rumour (the first,
-- is_repeat = false), so repeating a rumour ten times does not score ten times.
CREATE OR REPLACE MACRO claim_sources_as_of(d) AS TABLE
WITH base AS (
    SELECT
        c.claim_id,
        c.article_id,
        rc.rumour_id,
        coalesce(rc.is_repeat, false) AS is_repeat,
        coalesce(rc.origin_kind, c.attribution_kind) AS attribution_kind,
        regexp_replace(trim(coalesce(
            nullif(trim(rc.origin_source), ''), nullif(trim(c.attribution_name), ''),
            nullif(trim(c.relayed_by), ''), c.attribution_kind)), '\s+', ' ', 'g') AS source,
        nullif(regexp_replace(trim(coalesce(
            CASE WHEN rc.claim_id IS NULL THEN c.relayed_by ELSE rc.relay_outlet END, '')), '\s+', ' ', 'g'), '')
            AS relay_outlet,
        rc.relay_chain,
        c.subject,
        c.event,
        c.hedge,
        c.is_prediction,
        c.probability,
        c.quote,
        c.language,
        s.status,
        s.resolved_on,
        a.published_at
    FROM claims AS c
    JOIN claim_status_as_of(d) AS s ON s.claim_id = c.claim_id
    LEFT JOIN articles AS a ON a.article_id = c.article_id
    LEFT JOIN rumour_claims AS rc ON rc.claim_id = c.claim_id
    WHERE c.is_prediction OR c.hedge <> 'official'
)
SELECT
    *,
    lower(source) AS source_key,
    CASE
        WHEN status IN ('confirmed', 'confirmed_late') THEN 1
        WHEN status IN ('refuted', 'expired') THEN 0
    END AS outcome,
    CASE
        WHEN status IN ('confirmed', 'confirmed_late') AND resolved_on IS NOT NULL AND published_at IS NOT NULL
        THEN date_diff('day', CAST(published_at AS DATE), resolved_on)
    END AS lead_days
FROM base;

CREATE OR REPLACE MACRO scored_claims_as_of(d) AS TABLE
SELECT * FROM claim_sources_as_of(d) WHERE NOT is_repeat;

CREATE OR REPLACE VIEW scored_claims AS SELECT * FROM scored_claims_as_of(NULL);
