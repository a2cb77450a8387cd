-- Who changed what, when, with the state before and after: append-only.
CREATE TABLE audit_entry (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    actor       text        NOT NULL,
    subject     text        NOT NULL CHECK (subject IN ('THERAPIST', 'CREDENTIAL', 'STATE_RULE', 'UNSETTLED_STATE_POLICY')),
    subject_id  text        NOT NULL,
    action      text        NOT NULL,
    before      jsonb,
    after       jsonb
);

CREATE INDEX audit_entry_subject_idx ON audit_entry (subject, subject_id, id);

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- What the daily expiry watch saw: one report per day, recorded once.
CREATE TABLE expiry_snapshot (
    report_date date        PRIMARY KEY,
    within_days integer     NOT NULL CHECK (within_days BETWEEN 0 AND 365),
    recorded_at timestamptz NOT NULL,
    report      jsonb       NOT NULL
);
