-- Young people as pathway-service's change feed describes them (the projection), plus the facts only
-- leaver-service records (custody, parenthood, languages, council-provided accommodation).
-- allocation_due_on is computed from the whole category timeline, so time passing needs no update.
CREATE TABLE young_person (
    case_ref                    VARCHAR(64)  PRIMARY KEY,
    date_of_birth               DATE,
    team                        VARCHAR(64),
    disabled                    BOOLEAN      NOT NULL DEFAULT false,
    uasc                        BOOLEAN      NOT NULL DEFAULT false,
    complex_needs               BOOLEAN      NOT NULL DEFAULT false,
    category_timeline           TEXT         NOT NULL DEFAULT '[]',
    source_sequence             BIGINT       NOT NULL,
    allocation_due_on           DATE,
    in_custody                  BOOLEAN      NOT NULL DEFAULT false,
    parent                      BOOLEAN      NOT NULL DEFAULT false,
    languages                   TEXT[]       NOT NULL DEFAULT '{}',
    council_accommodation_from  DATE,
    projected_at                TIMESTAMPTZ  NOT NULL,
    updated_at                  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX young_person_allocation_due ON young_person (allocation_due_on) WHERE allocation_due_on IS NOT NULL;

CREATE TABLE personal_adviser (
    id           VARCHAR(64)   PRIMARY KEY,
    name         VARCHAR(200)  NOT NULL,
    team         VARCHAR(64)   NOT NULL,
    capacity     INTEGER       NOT NULL CHECK (capacity >= 0),
    languages    TEXT[]        NOT NULL DEFAULT '{}',
    specialisms  TEXT[]        NOT NULL DEFAULT '{}',
    active       BOOLEAN       NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    created_at   TIMESTAMPTZ   NOT NULL,
    updated_at   TIMESTAMPTZ   NOT NULL
);

-- Every allocation of an adviser to a young person; the open one has no ended_on (PA-3: end date and reason).
CREATE TABLE allocation (
    id                BIGSERIAL     PRIMARY KEY,
    case_ref          VARCHAR(64)   NOT NULL REFERENCES young_person (case_ref),
    adviser_id        VARCHAR(64)   NOT NULL REFERENCES personal_adviser (id),
    started_on        DATE          NOT NULL,
    ended_on          DATE,
    end_reason        VARCHAR(500),
    over_capacity     BOOLEAN       NOT NULL DEFAULT false,
    override_reason   VARCHAR(500),
    allocated_by      VARCHAR(128)  NOT NULL,
    ended_by          VARCHAR(128),
    created_at        TIMESTAMPTZ   NOT NULL,
    CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE UNIQUE INDEX allocation_one_open_per_young_person ON allocation (case_ref) WHERE ended_on IS NULL;
CREATE INDEX allocation_open_by_adviser ON allocation (adviser_id) WHERE ended_on IS NULL;
CREATE INDEX allocation_by_case ON allocation (case_ref, started_on);

-- PA-5(g), PA-7: every contact and attempt, with its outcome.
CREATE TABLE contact (
    id                BIGSERIAL     PRIMARY KEY,
    case_ref          VARCHAR(64)   NOT NULL REFERENCES young_person (case_ref),
    contact_on        DATE          NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    successful        BOOLEAN       NOT NULL,
    at_accommodation  BOOLEAN       NOT NULL,
    adviser_id        VARCHAR(64),
    recorded_by       VARCHAR(128)  NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL
);
CREATE INDEX contact_by_case ON contact (case_ref, contact_on);

CREATE TABLE entitlements_explanation (
    id            BIGSERIAL     PRIMARY KEY,
    case_ref      VARCHAR(64)   NOT NULL REFERENCES young_person (case_ref),
    explained_on  DATE          NOT NULL,
    method        VARCHAR(20)   NOT NULL,
    acknowledged  BOOLEAN       NOT NULL,
    recorded_by   VARCHAR(128)  NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX entitlements_explanation_by_case ON entitlements_explanation (case_ref, explained_on);

-- The leaver feed (docs/change-feeds.md): written in the same transaction as the change, under
-- pg_advisory_xact_lock, so sequence order is commit order.
CREATE TABLE leaver_event (
    sequence     BIGSERIAL     PRIMARY KEY,
    type         VARCHAR(40)   NOT NULL,
    case_ref     VARCHAR(64)   NOT NULL,
    data         JSONB         NOT NULL,
    occurred_at  TIMESTAMPTZ   NOT NULL
);
