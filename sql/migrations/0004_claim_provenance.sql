-- Where a claim came from, beyond attribution_name and relayed_by (extractor rules-0.3).
--
-- relay_chain: every outlet that passed the claim on, nearest the original source first,
-- joined by ' > ' ("Reuters > La Stampa": La Stampa relayed what Reuters reported, citing
-- people familiar with the matter). relayed_by is its first outlet. NULL: nobody relayed it.
-- attribution_role: the speaker's role as the article writes it ("chief executive",
-- "analyst", "portavoce"); NULL when none is named.
ALTER TABLE claims ADD COLUMN IF NOT EXISTS relay_chain VARCHAR;
ALTER TABLE claims ADD COLUMN IF NOT EXISTS attribution_role VARCHAR;
