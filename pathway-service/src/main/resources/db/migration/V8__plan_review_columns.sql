-- The managers' list filters and sorts plans in SQL on these computed columns, written with every change
-- (not versioned: they are derived). next_review_due holds until review_due_fixed_until (the day the young
-- person's category next changes, null if never); a row past it, or never computed, is recomputed first.
ALTER TABLE pathway_plan ADD COLUMN next_review_due DATE;
ALTER TABLE pathway_plan ADD COLUMN signed_by_young_person BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE pathway_plan ADD COLUMN review_due_fixed_until DATE;
CREATE INDEX pathway_plan_next_review_due ON pathway_plan (next_review_due);
