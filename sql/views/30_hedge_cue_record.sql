-- hedge_cue_record: what each hedge word has meant in practice ("could" came true 38% of
-- the time), per language, over scored_claims.
-- A claim's cue is the word of estimative probability ([hedge.probability] in the language's
-- knowledge file, copied into the hedge_cues table by the resolve and report flows) that
-- occurs in its quote with exactly the claim's probability, i.e. the cue that set it; on a
-- tie, the first in the quote, then the longest. A claim with none is listed under
-- "(<hedge>, no cue word)": its probability is the hedge's default band.
--   stated_probability  the probability the cue stands for (mean over its claims)
--   observed_frequency  confirmed / resolved (confirmed includes confirmed_late)
--   accuracy_lower      Wilson 90% lower bound of observed_frequency
CREATE OR REPLACE MACRO hedge_cue_record_as_of(d) AS TABLE
WITH sc AS (
    SELECT *, word_string(quote) AS quote_words FROM scored_claims_as_of(d)
),
cued AS (
    SELECT sc.claim_id, h.cue
    FROM sc
    JOIN hedge_cues AS h ON h.language = sc.language AND round(h.probability, 6) = round(sc.probability, 6)
    WHERE contains(sc.quote_words, ' ' || h.words || ' ')
    QUALIFY row_number() OVER (
        PARTITION BY sc.claim_id ORDER BY strpos(sc.quote_words, ' ' || h.words || ' '), length(h.words) DESC, h.cue
    ) = 1
)
SELECT
    sc.language,
    coalesce(cued.cue, '(' || sc.hedge || ', no cue word)') AS cue,
    count(*) AS claims,
    count(sc.outcome) AS resolved,
    count(*) FILTER (WHERE sc.status IN ('confirmed', 'confirmed_late')) AS confirmed,
    count(*) FILTER (WHERE sc.status = 'confirmed_late') AS confirmed_late,
    count(*) FILTER (WHERE sc.status = 'refuted') AS refuted,
    count(*) FILTER (WHERE sc.status = 'expired') AS expired,
    count(*) FILTER (WHERE sc.status = 'pending') AS pending,
    avg(sc.probability) AS stated_probability,
    sum(sc.outcome) / nullif(count(sc.outcome), 0) AS observed_frequency,
    wilson_lower(CAST(coalesce(sum(sc.outcome), 0) AS DOUBLE), count(sc.outcome)) AS accuracy_lower,
    avg(power(sc.probability - sc.outcome, 2)) AS brier,
    avg(sc.lead_days) AS mean_lead_days
FROM sc
LEFT JOIN cued ON cued.claim_id = sc.claim_id
GROUP BY ALL
ORDER BY resolved DESC, claims DESC, sc.language, cue;

CREATE OR REPLACE VIEW hedge_cue_record AS SELECT * FROM hedge_cue_record_as_of(NULL);
