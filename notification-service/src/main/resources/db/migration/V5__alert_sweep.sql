-- Every completed sweep: which day it evaluated and what it did. A replica that finds no sweep for
-- today (after the configured time) runs one, so a service that was down at sweep time catches up.
CREATE TABLE alert_sweep (
    id           BIGSERIAL   PRIMARY KEY,
    as_of        DATE        NOT NULL,
    started_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ NOT NULL,
    evaluated    INTEGER     NOT NULL,
    raised       INTEGER     NOT NULL,
    escalated    INTEGER     NOT NULL,
    resolved     INTEGER     NOT NULL
);
CREATE INDEX alert_sweep_as_of ON alert_sweep (as_of);
