-- The audit trail (docs/access-and-audit.md): one row per young person touched by a request, append only.
CREATE TABLE audit_event (
    id              BIGSERIAL     PRIMARY KEY,
    occurred_at     TIMESTAMPTZ   NOT NULL,
    correlation_id  VARCHAR(64)   NOT NULL,
    actor           VARCHAR(64)   NOT NULL,
    actor_roles     TEXT          NOT NULL,
    on_behalf_of    VARCHAR(64),
    operation       VARCHAR(64)   NOT NULL,
    method          VARCHAR(10)   NOT NULL,
    resource        VARCHAR(500)  NOT NULL,
    case_ref        VARCHAR(64),
    outcome         VARCHAR(10)   NOT NULL CHECK (outcome IN ('SUCCESS', 'NOT_FOUND', 'DENIED', 'REJECTED', 'FAILED')),
    status          INTEGER       NOT NULL,
    reason          VARCHAR(200)
);
CREATE INDEX audit_event_by_time ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX audit_event_by_case ON audit_event (case_ref, occurred_at DESC);
CREATE INDEX audit_event_by_actor ON audit_event (actor, occurred_at DESC);
CREATE INDEX audit_event_by_correlation ON audit_event (correlation_id);

-- Immutable: no UPDATE or DELETE, whoever asks (TRUNCATE is left to operators).
CREATE FUNCTION audit_event_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event rows cannot be changed or deleted';
END;
$$;
CREATE TRIGGER audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_immutable();
