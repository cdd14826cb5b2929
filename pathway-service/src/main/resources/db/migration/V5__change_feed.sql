-- The change feed (docs/change-feeds.md): one row per change, written in the change's transaction under
-- pg_advisory_xact_lock so that sequence order is commit order. Kept; never updated.
CREATE TABLE event (
    sequence     BIGSERIAL    PRIMARY KEY,
    type         VARCHAR(60)  NOT NULL,
    case_ref     VARCHAR(64)  NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    data         JSONB        NOT NULL
);
