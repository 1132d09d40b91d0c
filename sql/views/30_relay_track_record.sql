-- relay_track_record: how the rumours each outlet passed on (relayed_by, or its own article
-- crediting someone else) turned out. Credit for the rumour goes to the original source in
-- source_track_record; this is the outlet's own record as a relay: each rumour once per
-- outlet. `claims` = rumours relayed. How each is computed: 25_track_records.sql.
CREATE OR REPLACE MACRO relay_track_record_as_of(d) AS TABLE
SELECT label AS outlet, claims, resolved, confirmed, refuted, expired, pending,
       accuracy, accuracy_shrunk, accuracy_lower, brier, mean_lead_days, confirmed_late, voided
FROM track_records_as_of(d)
WHERE grouping = 'relay'
ORDER BY accuracy_lower DESC NULLS LAST, accuracy_shrunk DESC, claims DESC, outlet;

CREATE OR REPLACE VIEW relay_track_record AS SELECT * FROM relay_track_record_as_of(NULL);
