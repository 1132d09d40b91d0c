-- Provenance columns of rumour_claims added after 0002 first shipped; a no-op on new databases.
ALTER TABLE rumour_claims ADD COLUMN IF NOT EXISTS origin_key VARCHAR;
ALTER TABLE rumour_claims ADD COLUMN IF NOT EXISTS origin_outlet VARCHAR;
ALTER TABLE rumour_claims ADD COLUMN IF NOT EXISTS relay_chain VARCHAR[];
