-- The service runs as a role of its own (the placeholder service_role: the data source's
-- user), which owns nothing here: this migration, like every other, runs as the owner role
-- (spring.flyway.user). A role that owns no table cannot ALTER, DISABLE TRIGGER or DROP
-- anything; it gets the rows it works with and nothing more (README, "Database roles").
DO $$
BEGIN
    IF '${service_role}' = current_user THEN
        RAISE EXCEPTION 'the service must not run as %, the role that owns the schema: give spring.datasource.username a role of its own', current_user;
    END IF;
END
$$;

-- Screenings and clearances are corrected by new records that point at what they correct,
-- never edited: a correction names the record it replaces and why. Only the latest record
-- of a chain can be corrected, once (the unique keys), so each chain is a line.
ALTER TABLE screening
    -- when the patient was screened: a correction keeps the corrected screening's, so
    -- correcting a mistake never makes an old screening young again
    ADD COLUMN screened_at timestamptz,
    ADD COLUMN corrects_id uuid UNIQUE REFERENCES screening (id),
    ADD COLUMN correction_reason text CHECK (length(btrim(correction_reason)) BETWEEN 1 AND 500),
    ADD CONSTRAINT screening_correction_has_reason CHECK ((corrects_id IS NULL) = (correction_reason IS NULL)),
    ADD CONSTRAINT screening_not_its_own_correction CHECK (corrects_id <> id);
UPDATE screening SET screened_at = recorded_at;
ALTER TABLE screening ALTER COLUMN screened_at SET NOT NULL,
    ADD CONSTRAINT screening_screened_before_recorded CHECK (screened_at <= recorded_at);

ALTER TABLE clearance
    ADD COLUMN corrects_id uuid UNIQUE REFERENCES clearance (id),
    ADD CONSTRAINT clearance_not_its_own_correction CHECK (corrects_id <> id);

-- a correction is audited as such
ALTER TABLE phi_access_log DROP CONSTRAINT phi_access_log_action_check,
    ADD CONSTRAINT phi_access_log_action_check CHECK (action IN (
        'REGISTER', 'DUPLICATE_MATCH', 'SEARCH_RESULT', 'READ', 'UPDATE_DEMOGRAPHICS', 'LINK_LOGIN', 'UNLINK_LOGIN',
        'READ_SCREENINGS', 'RECORD_SCREENING', 'RECORD_CLEARANCE', 'CORRECT_SCREENING', 'CORRECT_CLEARANCE',
        'READ_CONSENTS', 'RECORD_CONSENT', 'REVOKE_CONSENT', 'READ_READINESS'));

GRANT USAGE ON SCHEMA public TO "${service_role}";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "${service_role}";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "${service_role}";
-- every table and sequence a later migration creates (as this owner) gets the same
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "${service_role}";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO "${service_role}";

-- Flyway's history is the owner's: the service may read it, never write it.
REVOKE INSERT, UPDATE, DELETE ON "${flyway:table}" FROM "${service_role}";

-- Appended, never changed or removed: the PHI access log, screenings and clearances with
-- their answers and items. A signed consent may only be revoked (an UPDATE its trigger
-- checks), never deleted.
REVOKE UPDATE, DELETE, TRUNCATE ON phi_access_log, screening, screening_answer, clearance, clearance_item
    FROM "${service_role}";
REVOKE DELETE, TRUNCATE ON consent FROM "${service_role}";

-- The triggers stop the owner too, who would have to drop them on purpose.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER screening_append_only BEFORE UPDATE OR DELETE ON screening
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER screening_no_truncate BEFORE TRUNCATE ON screening
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER screening_answer_append_only BEFORE UPDATE OR DELETE ON screening_answer
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER screening_answer_no_truncate BEFORE TRUNCATE ON screening_answer
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER clearance_append_only BEFORE UPDATE OR DELETE ON clearance
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER clearance_no_truncate BEFORE TRUNCATE ON clearance
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER clearance_item_append_only BEFORE UPDATE OR DELETE ON clearance_item
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER clearance_item_no_truncate BEFORE TRUNCATE ON clearance_item
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
