-- Young people, keyed by the case-management system's reference.
CREATE TABLE young_person (
    id             BIGSERIAL PRIMARY KEY,
    case_ref       VARCHAR(64)  NOT NULL UNIQUE,
    given_name     VARCHAR(100) NOT NULL,
    family_name    VARCHAR(100) NOT NULL,
    date_of_birth  DATE         NOT NULL,
    gender         VARCHAR(20),
    team           VARCHAR(64),
    version        BIGINT       NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX young_person_team ON young_person (team);
