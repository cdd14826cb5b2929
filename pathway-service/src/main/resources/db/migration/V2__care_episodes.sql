-- Care episodes as the case-management system syncs them (SSDA903 codes; end exclusive, null while open).
CREATE TABLE care_episode (
    id               BIGSERIAL PRIMARY KEY,
    young_person_id  BIGINT      NOT NULL REFERENCES young_person (id) ON DELETE CASCADE,
    start_date       DATE        NOT NULL,
    end_date         DATE,
    legal_status     VARCHAR(2)  NOT NULL,
    placement_type   VARCHAR(2),
    reason_ceased    VARCHAR(3),
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX care_episode_young_person ON care_episode (young_person_id);

-- The projected category timeline (from inclusive, until exclusive, null open-ended), for lists by category.
CREATE TABLE category_period (
    id               BIGSERIAL PRIMARY KEY,
    young_person_id  BIGINT      NOT NULL REFERENCES young_person (id) ON DELETE CASCADE,
    category         VARCHAR(20) NOT NULL,
    from_date        DATE        NOT NULL,
    until_date       DATE
);
CREATE INDEX category_period_young_person ON category_period (young_person_id);
CREATE INDEX category_period_category ON category_period (category, from_date);
