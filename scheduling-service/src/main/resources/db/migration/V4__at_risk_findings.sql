-- What the daily re-validation found: one run per day, and for each run the needling
-- visits that would then have been refused, with their reasons. Rerunning a day that
-- finished changes nothing.
CREATE TABLE at_risk_run (
    day          date PRIMARY KEY,
    evaluated    integer NOT NULL CHECK (evaluated >= 0),
    at_risk      integer NOT NULL CHECK (at_risk >= 0),
    finished_at  timestamptz NOT NULL
);

CREATE TABLE at_risk_finding (
    day            date NOT NULL REFERENCES at_risk_run (day),
    appointment_id uuid NOT NULL REFERENCES appointment (id),
    reasons        jsonb NOT NULL,
    PRIMARY KEY (day, appointment_id)
);
CREATE INDEX at_risk_finding_by_appointment ON at_risk_finding (appointment_id);
