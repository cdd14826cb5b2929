-- Every raise, escalation and resolution of an alert, written in the same transaction as the alert
-- change (the transactional outbox). Webhook delivery fans these out to subscriptions; integrators
-- that cannot receive webhooks read them in order at GET /notifications?after=.
CREATE TABLE notification_event (
    sequence     BIGSERIAL    PRIMARY KEY,
    event_id     UUID         NOT NULL UNIQUE,
    type         VARCHAR(40)  NOT NULL,
    alert_id     BIGINT,
    case_ref     VARCHAR(64),
    team         VARCHAR(64),
    rule_id      VARCHAR(32),
    disabled     BOOLEAN,
    uasc         BOOLEAN,
    data         JSONB        NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    fanned_out   BOOLEAN      NOT NULL DEFAULT false
);
CREATE INDEX notification_event_pending ON notification_event (sequence) WHERE NOT fanned_out;
