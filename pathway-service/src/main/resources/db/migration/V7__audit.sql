-- Who read or changed which young person's record, and when (DESIGN: every read and write is audited).
CREATE TABLE audit_entry (
    id        BIGSERIAL PRIMARY KEY,
    at        TIMESTAMPTZ  NOT NULL,
    actor     VARCHAR(64)  NOT NULL,
    action    VARCHAR(60)  NOT NULL,
    case_ref  VARCHAR(64)  NOT NULL
);
CREATE INDEX audit_entry_case_ref ON audit_entry (case_ref, at);
