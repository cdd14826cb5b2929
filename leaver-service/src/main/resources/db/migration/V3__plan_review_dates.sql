-- PA-6: a personal adviser visits a young person in council-provided accommodation before each
-- pathway plan review; pathway-service's snapshot carries the plan's review dates.
ALTER TABLE young_person
    ADD COLUMN plan_last_review_on  DATE,
    ADD COLUMN plan_next_review_due DATE;
