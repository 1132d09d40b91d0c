-- calibration: are stated probabilities honest? Five bands of stated probability
-- [0, 0.2), [0.2, 0.4), [0.4, 0.6), [0.6, 0.8), [0.8, 1.0] over scored_claims (one unit per
-- source per rumour, as in the track records). Every band is listed, empty ones with zeros.
--   claims             scored claims in the band
--   resolved           claims with a true/false outcome (pending and voided excluded)
--   confirmed          true outcomes (confirmed + confirmed_late)
--   observed_frequency confirmed / resolved: compare with mean_probability
--   mean_probability   mean stated probability of the resolved claims in the band
--   mean_probability_all  mean stated probability of all claims in the band
CREATE OR REPLACE MACRO calibration_as_of(d) AS TABLE
WITH bands AS (
    SELECT CAST(i AS INTEGER) AS band_index, i / 5.0 AS band_low, (i + 1) / 5.0 AS band_high
    FROM range(5) AS t(i)
),
banded AS (
    -- + 1e-9 so that a boundary such as 0.6 lands in the band it opens despite float error
    SELECT least(CAST(floor(probability * 5 + 1e-9) AS INTEGER), 4) AS band_index, probability, outcome
    FROM scored_claims_as_of(d)
    WHERE probability IS NOT NULL
)
SELECT
    printf('%.1f-%.1f', b.band_low, b.band_high) AS band,
    b.band_low,
    b.band_high,
    count(x.probability) AS claims,
    count(x.outcome) AS resolved,
    CAST(coalesce(sum(x.outcome), 0) AS BIGINT) AS confirmed,
    sum(x.outcome) / nullif(count(x.outcome), 0) AS observed_frequency,
    avg(x.probability) FILTER (WHERE x.outcome IS NOT NULL) AS mean_probability,
    avg(x.probability) AS mean_probability_all
FROM bands AS b
LEFT JOIN banded AS x ON x.band_index = b.band_index
GROUP BY ALL
ORDER BY b.band_low;

CREATE OR REPLACE VIEW calibration AS SELECT * FROM calibration_as_of(NULL);
