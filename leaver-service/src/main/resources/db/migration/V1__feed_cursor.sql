-- Where this service has got to in each change feed it consumes (one row per feed).
CREATE TABLE feed_cursor (
    feed           VARCHAR(64) PRIMARY KEY,
    last_sequence  BIGINT      NOT NULL DEFAULT 0,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
