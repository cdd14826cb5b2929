-- One alert per (rule, young person, due date): re-evaluating never duplicates one. Its lifecycle is
-- OPEN -> ACKNOWLEDGED (by whom, with a note) -> RESOLVED (automatically, when and why); a resolved
-- alert whose condition returns with the same due date is reopened.
-- ids are taken in blocks by the evaluator (SELECT nextval ... FROM generate_series)
CREATE SEQUENCE alert_id_seq;

CREATE TABLE alert (
    id                 BIGINT       PRIMARY KEY,
    rule_id            VARCHAR(32)  NOT NULL,
    case_ref           VARCHAR(64)  NOT NULL,
    due_on             DATE         NOT NULL,
    team               VARCHAR(64),
    disabled           BOOLEAN      NOT NULL DEFAULT false,
    uasc               BOOLEAN      NOT NULL DEFAULT false,
    severity           VARCHAR(16)  NOT NULL,
    breach             BOOLEAN      NOT NULL DEFAULT false,
    status             VARCHAR(16)  NOT NULL,
    first_raised_at    TIMESTAMPTZ  NOT NULL,
    last_evaluated_at  TIMESTAMPTZ  NOT NULL,
    escalated_at       TIMESTAMPTZ,
    acknowledged_by    VARCHAR(128),
    acknowledged_at    TIMESTAMPTZ,
    acknowledgement_note VARCHAR(2000),
    action_by          DATE,
    resolved_at        TIMESTAMPTZ,
    resolution         VARCHAR(300),
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT alert_once_per_rule_person_due UNIQUE (rule_id, case_ref, due_on),
    CONSTRAINT alert_status CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    CONSTRAINT alert_severity CHECK (severity IN ('UPCOMING', 'DUE', 'OVERDUE', 'CRITICAL'))
) WITH (fillfactor = 80);
-- (room on each page so that the daily sweep's last_evaluated_at updates stay heap-only)
CREATE INDEX alert_case_ref ON alert (case_ref);
CREATE INDEX alert_unresolved ON alert (status, severity, team) WHERE status <> 'RESOLVED';
CREATE INDEX alert_due_on ON alert (due_on);
