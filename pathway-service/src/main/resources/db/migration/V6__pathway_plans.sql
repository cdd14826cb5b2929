-- Pathway plans (rules.md §3): the working copy, every agreed version, the young person's responses,
-- reviews, the IRO's agreement or challenge, and disagreements or complaints.
CREATE TABLE pathway_plan (
    id                   BIGSERIAL PRIMARY KEY,
    young_person_id      BIGINT       NOT NULL UNIQUE REFERENCES young_person (id) ON DELETE CASCADE,
    needs_assessment_id  BIGINT       NOT NULL REFERENCES needs_assessment (id),
    created_on           DATE         NOT NULL,
    created_by           VARCHAR(64)  NOT NULL,
    content              TEXT         NOT NULL,
    status               VARCHAR(10)  NOT NULL,
    first_agreed_on      DATE,
    agreed_on            DATE,
    agreed_version       INTEGER,
    review_requested_on  DATE,
    review_requested_by  VARCHAR(20),
    version              BIGINT       NOT NULL DEFAULT 0,
    updated_by           VARCHAR(64)  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL
);

CREATE TABLE pathway_plan_version (
    id          BIGSERIAL PRIMARY KEY,
    plan_id     BIGINT       NOT NULL REFERENCES pathway_plan (id) ON DELETE CASCADE,
    number      INTEGER      NOT NULL,
    agreed_on   DATE         NOT NULL,
    agreed_by   VARCHAR(64)  NOT NULL,
    content     TEXT         NOT NULL,
    UNIQUE (plan_id, number)
);

CREATE TABLE plan_response (
    id                      BIGSERIAL PRIMARY KEY,
    plan_id                 BIGINT       NOT NULL REFERENCES pathway_plan (id) ON DELETE CASCADE,
    plan_version            INTEGER,
    responded_on            DATE         NOT NULL,
    took_part               BOOLEAN      NOT NULL,
    views                   TEXT,
    agrees                  BOOLEAN      NOT NULL,
    signed                  BOOLEAN      NOT NULL,
    declined_to_sign_reason TEXT,
    recorded_by             VARCHAR(64)  NOT NULL,
    recorded_at             TIMESTAMPTZ  NOT NULL
);

CREATE TABLE plan_review (
    id            BIGSERIAL PRIMARY KEY,
    plan_id       BIGINT       NOT NULL REFERENCES pathway_plan (id) ON DELETE CASCADE,
    held_on       DATE         NOT NULL,
    chaired_by    VARCHAR(64)  NOT NULL,
    chair_role    VARCHAR(20)  NOT NULL,
    outcome       TEXT         NOT NULL,
    changes_made  TEXT,
    recorded_by   VARCHAR(64)  NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL
);

CREATE TABLE iro_decision (
    id           BIGSERIAL PRIMARY KEY,
    plan_id      BIGINT       NOT NULL REFERENCES pathway_plan (id) ON DELETE CASCADE,
    decision     VARCHAR(12)  NOT NULL,
    decided_on   DATE         NOT NULL,
    reason       TEXT,
    iro          VARCHAR(64)  NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL
);

CREATE TABLE plan_dispute (
    id           BIGSERIAL PRIMARY KEY,
    plan_id      BIGINT       NOT NULL REFERENCES pathway_plan (id) ON DELETE CASCADE,
    kind         VARCHAR(15)  NOT NULL,
    stage        INTEGER      NOT NULL,
    raised_on    DATE         NOT NULL,
    summary      TEXT,
    resolved_on  DATE,
    recorded_by  VARCHAR(64)  NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL
);
