-- PA-3: the day the adviser duty ends (the 21st birthday at the latest), so /allocations/due filters in
-- SQL; NULL when the timeline sets no end. circumstances_version is the entity tag of
-- PUT /young-people/{caseRef}/circumstances (If-Match).
ALTER TABLE young_person
    ADD COLUMN adviser_duty_ends_on  DATE,
    ADD COLUMN circumstances_version BIGINT NOT NULL DEFAULT 0;
