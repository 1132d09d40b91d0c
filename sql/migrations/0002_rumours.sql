-- Rumours: claims about the same proposition (subject, event type, counterparty,
-- compatible window) across articles, outlets and languages. Derived from `claims` by the
-- resolve step and rebuilt in the same transaction as the verdicts it drives.

CREATE TABLE IF NOT EXISTS rumours (
    rumour_id           VARCHAR PRIMARY KEY,
    subject             VARCHAR,
    event_type          VARCHAR NOT NULL,
    counterparty        VARCHAR,
    first_claim_id      VARCHAR NOT NULL,
    first_seen          TIMESTAMP,          -- publication of the earliest article
    expected_earliest   DATE,
    expected_latest     DATE,
    articles            INTEGER NOT NULL,   -- distinct articles carrying it
    claims              INTEGER NOT NULL,
    independent_sources INTEGER NOT NULL,   -- distinct original sources: relays and reprints count once
    updated_at          TIMESTAMP NOT NULL
);

-- One row per claim: its rumour, the original source it is credited to, the outlet that
-- relayed it, and whether that source already counted for this rumour (repeats score once).
CREATE TABLE IF NOT EXISTS rumour_claims (
    claim_id      VARCHAR PRIMARY KEY,
    rumour_id     VARCHAR NOT NULL,
    origin_source VARCHAR,   -- who is credited: attribution_name, else the outlet, else the kind
    origin_kind   VARCHAR,   -- attribution_kind of the original source
    relay_outlet  VARCHAR,   -- the outlet that passed it on (relayed_by, else the article's outlet when it is not the origin)
    is_repeat     BOOLEAN NOT NULL, -- the same origin_source already counted for this rumour
    origin_key    VARCHAR,   -- identity of the original report: claims sharing it are one independent source
    origin_outlet VARCHAR,   -- the outlet that first carried it (first of relay_chain, else the article's outlet)
    relay_chain   VARCHAR[]  -- outlets that passed it on, from the origin outward ("Reuters", "La Stampa")
);
