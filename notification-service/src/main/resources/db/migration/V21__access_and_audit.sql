-- Access scope (docs/access-and-audit.md): who may see a young person is decided by the pathway
-- snapshot's team, socialWorker and reviewingOfficer (projected here) and by leaver.adviser_id.
ALTER TABLE young_person ADD COLUMN social_worker VARCHAR(64);
ALTER TABLE young_person ADD COLUMN reviewing_officer VARCHAR(64);
CREATE INDEX young_person_team ON young_person (team);
CREATE INDEX young_person_social_worker ON young_person (social_worker);
CREATE INDEX young_person_reviewing_officer ON young_person (reviewing_officer);
CREATE INDEX leaver_adviser_id ON leaver (adviser_id);

-- The audit trail: one row per young person touched by a request (or by a webhook delivery), append-only.
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
    outcome         VARCHAR(16)   NOT NULL,
    status          INTEGER       NOT NULL,
    reason          VARCHAR(200),
    CONSTRAINT audit_event_outcome CHECK (outcome IN ('SUCCESS', 'NOT_FOUND', 'DENIED', 'REJECTED', 'FAILED'))
);
CREATE INDEX audit_event_case_ref ON audit_event (case_ref, id);
CREATE INDEX audit_event_actor ON audit_event (actor, id);
CREATE INDEX audit_event_occurred_at ON audit_event (occurred_at);

-- No UPDATE or DELETE, whoever asks (TRUNCATE is left to operators).
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

-- A subscription delivers only what its creator may see (docs/access-and-audit.md): the creator's roles and
-- teams when it was made (comma-separated; an integration client sees every young person). Tokens may carry
-- many long group ids, so both are TEXT.
-- Subscriptions made before this migration delivered every young person's notifications: they keep doing so
-- as integration (what they saw before), never silently nothing.
ALTER TABLE webhook_subscription ADD COLUMN owner_roles TEXT NOT NULL DEFAULT 'integration';
ALTER TABLE webhook_subscription ADD COLUMN owner_teams TEXT NOT NULL DEFAULT '';
-- new subscriptions always state their creator's roles
ALTER TABLE webhook_subscription ALTER COLUMN owner_roles DROP DEFAULT;
