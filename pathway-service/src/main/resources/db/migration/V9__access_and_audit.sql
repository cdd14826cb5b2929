-- Issue 10 (docs/access-and-audit.md): who may see which child, and the audit trail of every access.

-- The independent reviewing officer: an IRO sees the young people whose plans they review.
ALTER TABLE young_person ADD COLUMN reviewing_officer VARCHAR(64);
CREATE INDEX young_person_social_worker ON young_person (social_worker);
CREATE INDEX young_person_reviewing_officer ON young_person (reviewing_officer);

-- Where this service has got to in each change feed it consumes (one row per feed: 'leaver').
CREATE TABLE feed_cursor (
    feed           VARCHAR(64) PRIMARY KEY,
    last_sequence  BIGINT      NOT NULL DEFAULT 0,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The current personal adviser of each young person, projected from leaver-service's feed
-- (data.leaver.adviserId); a personal adviser sees the young people whose current adviser they are.
CREATE TABLE adviser_assignment (
    case_ref         VARCHAR(64) PRIMARY KEY,
    adviser_id       VARCHAR(64),
    source_sequence  BIGINT      NOT NULL
);
CREATE INDEX adviser_assignment_adviser ON adviser_assignment (adviser_id);

-- The audit trail: one row per young person touched by a request; append-only.
CREATE TABLE audit_event (
    id              BIGSERIAL    PRIMARY KEY,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    correlation_id  VARCHAR(64)  NOT NULL,
    actor           VARCHAR(64)  NOT NULL,
    actor_roles     TEXT         NOT NULL,
    on_behalf_of    VARCHAR(64),
    operation       VARCHAR(64)  NOT NULL,
    method          VARCHAR(10),
    resource        VARCHAR(500),
    case_ref        VARCHAR(64),
    outcome         VARCHAR(16)  NOT NULL,
    status          INTEGER,
    reason          VARCHAR(200)
);
CREATE INDEX audit_event_case_ref ON audit_event (case_ref, occurred_at);
CREATE INDEX audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX audit_event_occurred_at ON audit_event (occurred_at);

-- The entries of the earlier trail (reads and changes of a record), kept as successful events of no request.
INSERT INTO audit_event (occurred_at, correlation_id, actor, actor_roles, operation, case_ref, outcome)
SELECT at, 'migrated', actor, '', action, case_ref, 'SUCCESS' FROM audit_entry ORDER BY id;
DROP TABLE audit_entry;

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
