-- Bookkeeping for what a user watches (issue 4, item 6) and for the hedge cue view.

CREATE SEQUENCE IF NOT EXISTS report_ids START 1;

-- One row per report run. ledger_upto is the highest resolution_id the report had seen, so
-- "verdicts changed since the last report" compares ledger rows by id, immune to clock skew
-- and to several rows sharing one recorded_at.
CREATE TABLE IF NOT EXISTS reports (
    report_id   BIGINT PRIMARY KEY DEFAULT nextval('report_ids'),
    ran_at      TIMESTAMP NOT NULL,   -- UTC
    as_of       DATE NOT NULL,        -- the date the report was for
    ledger_upto BIGINT NOT NULL,      -- max(resolution_id) when it ran (0: empty ledger)
    changes     INTEGER NOT NULL      -- verdicts changed since the report before it
);

-- The words of estimative probability of every knowledge file ([hedge.probability] in
-- src/rumourmill/lang/<code>.toml), refreshed by the resolve and report flows, so the
-- hedge_cue_record view can tell which cue set a claim's probability.
CREATE TABLE IF NOT EXISTS hedge_cues (
    language    VARCHAR NOT NULL,
    cue         VARCHAR NOT NULL,     -- lower case, single spaces
    probability DOUBLE NOT NULL,
    words       VARCHAR NOT NULL,     -- the cue as word_string() spells text: lower-case words, one space apart
    PRIMARY KEY (language, cue)
);
