-- The public tables of DESIGN.md Part 1, plus the quarantine and bookkeeping tables.
-- No foreign keys: DuckDB's ON CONFLICT upserts and deletes are simpler without them,
-- and each step checks its own inputs (Great Expectations suites in expectations/).

CREATE TABLE IF NOT EXISTS articles (
    article_id          VARCHAR PRIMARY KEY,
    external_id         VARCHAR,
    url                 VARCHAR,
    outlet              VARCHAR,
    title               VARCHAR,
    published_at        TIMESTAMP,
    published_precision VARCHAR,   -- year | month | day | datetime
    language            VARCHAR,
    text                VARCHAR NOT NULL,
    content_hash        VARCHAR,   -- sha1 of the normalised text: the same text twice is stored once
    source              VARCHAR,   -- the file, folder, feed or URL it came from
    ingested_at         TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS claims (
    claim_id          VARCHAR PRIMARY KEY,
    article_id        VARCHAR NOT NULL,
    quote             VARCHAR NOT NULL,
    char_start        INTEGER NOT NULL,
    char_end          INTEGER NOT NULL,
    subject           VARCHAR,
    event             VARCHAR,
    event_type        VARCHAR NOT NULL,
    counterparty      VARCHAR,
    polarity          VARCHAR NOT NULL,
    hedge             VARCHAR NOT NULL,
    probability       DOUBLE NOT NULL,
    attribution_kind  VARCHAR NOT NULL,
    attribution_name  VARCHAR,
    relayed_by        VARCHAR,
    is_prediction     BOOLEAN NOT NULL,
    expected_text     VARCHAR,
    expected_earliest DATE,
    expected_latest   DATE,
    expected_grain    VARCHAR,
    language          VARCHAR NOT NULL,
    extractor         VARCHAR NOT NULL
);

-- Which extractor version has seen which article (also articles that yielded no claim).
CREATE TABLE IF NOT EXISTS extractions (
    article_id   VARCHAR PRIMARY KEY,
    extractor    VARCHAR NOT NULL,
    claims       INTEGER NOT NULL,
    extracted_at TIMESTAMP NOT NULL
);

CREATE SEQUENCE IF NOT EXISTS resolution_ids START 1;

-- Append-only ledger: a claim's status is its latest row (view claim_status).
CREATE TABLE IF NOT EXISTS resolutions (
    resolution_id       BIGINT PRIMARY KEY DEFAULT nextval('resolution_ids'),
    claim_id            VARCHAR NOT NULL,
    status              VARCHAR NOT NULL,
    resolved_on         DATE,
    recorded_at         TIMESTAMP NOT NULL,
    method              VARCHAR NOT NULL,   -- evidence | deadline | manual
    evidence_article_id VARCHAR,
    evidence_url        VARCHAR,
    confidence          DOUBLE,
    note                VARCHAR,
    as_of               DATE               -- the --as-of date of the run that recorded it
);

CREATE SEQUENCE IF NOT EXISTS quarantine_ids START 1;

-- Whatever could not be ingested or loaded, with the reason; nothing is silently dropped.
CREATE TABLE IF NOT EXISTS quarantine (
    quarantine_id BIGINT PRIMARY KEY DEFAULT nextval('quarantine_ids'),
    stage         VARCHAR NOT NULL,
    source        VARCHAR NOT NULL,
    reason        VARCHAR NOT NULL,
    payload       VARCHAR,
    recorded_at   TIMESTAMP NOT NULL
);

-- Conditional GET state per feed or page URL (ETag / Last-Modified).
CREATE TABLE IF NOT EXISTS fetch_state (
    url           VARCHAR PRIMARY KEY,
    etag          VARCHAR,
    last_modified VARCHAR,
    fetched_at    TIMESTAMP NOT NULL
);
