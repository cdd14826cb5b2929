-- Young people, keyed by the case-management system's reference, with the facts the rules need and
-- the deadlines the suite computes from them (stored so that lists filter and sort in SQL).
CREATE TABLE young_person (
    id                          BIGSERIAL PRIMARY KEY,
    case_ref                    VARCHAR(64)  NOT NULL UNIQUE,
    given_name                  VARCHAR(100) NOT NULL,
    family_name                 VARCHAR(100) NOT NULL,
    date_of_birth               DATE         NOT NULL,
    gender                      VARCHAR(20),
    ethnicity                   VARCHAR(4),
    team                        VARCHAR(64),
    social_worker               VARCHAR(64),
    disabled                    BOOLEAN      NOT NULL DEFAULT FALSE,
    disability_codes            VARCHAR(200),
    likely_adult_care_needs     BOOLEAN      NOT NULL DEFAULT FALSE,
    ehcp                        BOOLEAN      NOT NULL DEFAULT FALSE,
    uasc                        BOOLEAN      NOT NULL DEFAULT FALSE,
    complex_needs               BOOLEAN      NOT NULL DEFAULT FALSE,
    complex_needs_reason        VARCHAR(500),
    care_order_at_16            BOOLEAN      NOT NULL DEFAULT FALSE,
    detained_on_16th_birthday   BOOLEAN      NOT NULL DEFAULT FALSE,
    lived_with_parent_since     DATE,
    arrangement_broke_down_on   DATE,
    eligibility_date            DATE,
    needs_assessment_due_on     DATE,
    needs_assessment_completed_on DATE,
    reassessment_due_on         DATE,
    version                     BIGINT       NOT NULL DEFAULT 0,
    created_at                  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by                  VARCHAR(64)  NOT NULL,
    updated_at                  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by                  VARCHAR(64)  NOT NULL
);
CREATE INDEX young_person_team ON young_person (team);
CREATE INDEX young_person_due ON young_person (needs_assessment_due_on);
