-- kind_track_record: the track record of each attribution kind (anonymous_sources,
-- named_outlet, leak, ...) over all its sources; same columns as source_track_record less
-- `source`. How each is computed: 25_track_records.sql.
CREATE OR REPLACE MACRO kind_track_record_as_of(d) AS TABLE
SELECT attribution_kind, claims, resolved, confirmed, refuted, expired, pending,
       accuracy, accuracy_shrunk, accuracy_lower, brier, mean_lead_days, confirmed_late, voided
FROM track_records_as_of(d)
WHERE grouping = 'attribution_kind'
ORDER BY accuracy_lower DESC NULLS LAST, accuracy_shrunk DESC, claims DESC, attribution_kind;

CREATE OR REPLACE VIEW kind_track_record AS SELECT * FROM kind_track_record_as_of(NULL);
