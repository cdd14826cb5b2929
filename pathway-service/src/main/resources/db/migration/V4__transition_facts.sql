-- Facts the UASC and disabled-transition rules need (rules.md §7, §8), one row per young person, audited.
CREATE TABLE immigration (
    young_person_id                   BIGINT       PRIMARY KEY REFERENCES young_person (id) ON DELETE CASCADE,
    status                            VARCHAR(40)  NOT NULL,
    first_identified_on               DATE,
    risk_assessment_completed_on      DATE,
    leave_expires_on                  DATE,
    solicitor_instructed_on           DATE,
    further_leave_application_made_on DATE,
    age_disputed                      BOOLEAN      NOT NULL DEFAULT FALSE,
    age_assessment_outcome            VARCHAR(40),
    updated_by                        VARCHAR(64)  NOT NULL,
    updated_at                        TIMESTAMPTZ  NOT NULL
);

CREATE TABLE adult_transition (
    young_person_id                   BIGINT       PRIMARY KEY REFERENCES young_person (id) ON DELETE CASCADE,
    referred_to_adult_social_care_on  DATE,
    care_act_assessment_completed_on  DATE,
    adult_services_decision           VARCHAR(40),
    adult_services_decision_on        DATE,
    lead_worker                       VARCHAR(64),
    updated_by                        VARCHAR(64)  NOT NULL,
    updated_at                        TIMESTAMPTZ  NOT NULL
);
