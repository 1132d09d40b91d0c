-- source_track_record: one row per (source, attribution_kind), most reliable first.
-- The columns of DESIGN.md Part 1 exactly, then confirmed_late and voided (additive).
-- How each is computed: 25_track_records.sql. Sources with nothing resolved sort last.
CREATE OR REPLACE MACRO source_track_record_as_of(d) AS TABLE
SELECT label AS source, attribution_kind, claims, resolved, confirmed, refuted, expired, pending,
       accuracy, accuracy_shrunk, accuracy_lower, brier, mean_lead_days, confirmed_late, voided
FROM track_records_as_of(d)
WHERE grouping = 'source'
ORDER BY accuracy_lower DESC NULLS LAST, accuracy_shrunk DESC, claims DESC, source;

CREATE OR REPLACE VIEW source_track_record AS SELECT * FROM source_track_record_as_of(NULL);
