-- What this service knows of each young person, projected from the pathway-service and leaver-service
-- change feeds (docs/change-feeds.md). Whole-state snapshots: a row is replaced only by an event with a
-- larger sequence (source_sequence), so replaying a feed changes nothing. No names are projected.
CREATE TABLE young_person (
    case_ref                          VARCHAR(64) PRIMARY KEY,
    source_sequence                   BIGINT      NOT NULL,
    date_of_birth                     DATE,
    team                              VARCHAR(64),
    disabled                          BOOLEAN     NOT NULL DEFAULT false,
    likely_adult_care_needs           BOOLEAN     NOT NULL DEFAULT false,
    ehcp                              BOOLEAN     NOT NULL DEFAULT false,
    uasc                              BOOLEAN     NOT NULL DEFAULT false,
    looked_after                      BOOLEAN     NOT NULL DEFAULT false,
    care_ended_on                     DATE,
    eligibility_date                  DATE,
    -- [{"category": "ELIGIBLE", "from": "2026-05-14", "until": "2028-05-14"}, ...] (until exclusive)
    category_timeline                 JSONB       NOT NULL DEFAULT '[]',
    na_due_on                         DATE,
    na_started_on                     DATE,
    na_completed_on                   DATE,
    na_asylum_section_completed       BOOLEAN     NOT NULL DEFAULT false,
    na_reassessment_due_on            DATE,
    imm_status                        VARCHAR(40),
    imm_first_identified_on           DATE,
    imm_risk_assessment_completed_on  DATE,
    imm_leave_expires_on              DATE,
    imm_solicitor_instructed_on       DATE,
    imm_further_leave_applied_on      DATE,
    at_referred_on                    DATE,
    at_care_act_assessment_on         DATE,
    at_adult_decision                 VARCHAR(60),
    at_adult_decision_on              DATE,
    plan_id                           BIGINT,
    plan_created_on                   DATE,
    plan_agreed_on                    DATE,
    plan_last_review_on               DATE,
    plan_next_review_due              DATE,
    plan_triple_plan_complete         BOOLEAN     NOT NULL DEFAULT false,
    updated_at                        TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE leaver (
    case_ref                    VARCHAR(64) PRIMARY KEY,
    source_sequence             BIGINT      NOT NULL,
    team                        VARCHAR(64),
    allocation_due_on           DATE,
    adviser_id                  VARCHAR(64),
    allocated_on                DATE,
    last_successful_contact_on  DATE,
    last_face_to_face_on        DATE,
    contact_due_by              DATE,
    lost_touch_after            DATE,
    entitlements_explained_on   DATE,
    entitlements_due_by         DATE,
    post21_decision_on          DATE,
    updated_at                  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One cursor row per consumed feed, locked FOR UPDATE while a batch is applied.
INSERT INTO feed_cursor (feed) VALUES ('pathway'), ('leaver') ON CONFLICT (feed) DO NOTHING;
