-- Needs ("pathway") assessments: CPPCR reg 42(2) sections, completion, and the changes of circumstance
-- that make a reassessment due (rules.md NA-1, NA-2, NA-6).
CREATE TABLE needs_assessment (
    id               BIGSERIAL PRIMARY KEY,
    young_person_id  BIGINT       NOT NULL REFERENCES young_person (id) ON DELETE CASCADE,
    started_on       DATE         NOT NULL,
    started_by       VARCHAR(64)  NOT NULL,
    completed_on     DATE,
    completed_by     VARCHAR(64),
    completed_at     TIMESTAMPTZ,
    risk_rating      VARCHAR(10),
    narrative        TEXT,
    version          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX needs_assessment_young_person ON needs_assessment (young_person_id);
-- at most one assessment in progress per young person
CREATE UNIQUE INDEX needs_assessment_one_open ON needs_assessment (young_person_id) WHERE completed_on IS NULL;

CREATE TABLE needs_assessment_section (
    id                   BIGSERIAL PRIMARY KEY,
    needs_assessment_id  BIGINT       NOT NULL REFERENCES needs_assessment (id) ON DELETE CASCADE,
    section              VARCHAR(40)  NOT NULL,
    summary              TEXT         NOT NULL,
    updated_by           VARCHAR(64)  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    UNIQUE (needs_assessment_id, section)
);

CREATE TABLE change_of_circumstance (
    id               BIGSERIAL PRIMARY KEY,
    young_person_id  BIGINT       NOT NULL REFERENCES young_person (id) ON DELETE CASCADE,
    kind             VARCHAR(30)  NOT NULL,
    occurred_on      DATE         NOT NULL,
    summary          TEXT,
    recorded_by      VARCHAR(64)  NOT NULL,
    recorded_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX change_of_circumstance_young_person ON change_of_circumstance (young_person_id);
