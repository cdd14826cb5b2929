-- Who may see a young person (docs/access-and-audit.md): pathway-service's snapshot carries the team,
-- the social worker's id and the reviewing officer's (IRO's) id; projected next to the team.
ALTER TABLE young_person
    ADD COLUMN social_worker     VARCHAR(64),
    ADD COLUMN reviewing_officer VARCHAR(64);
CREATE INDEX young_person_team ON young_person (team);
CREATE INDEX young_person_social_worker ON young_person (social_worker) WHERE social_worker IS NOT NULL;
CREATE INDEX young_person_reviewing_officer ON young_person (reviewing_officer) WHERE reviewing_officer IS NOT NULL;
