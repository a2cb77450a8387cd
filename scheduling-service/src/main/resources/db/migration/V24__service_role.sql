-- The service runs as a role of its own (the placeholder service_role: the data source's
-- user), which owns nothing here: this migration, like every other, runs as the owner role
-- (spring.flyway.user). A role that owns no table cannot ALTER, DISABLE TRIGGER or DROP
-- anything; it gets the rows it works with and nothing more, and the event history refuses
-- UPDATE, DELETE and TRUNCATE to it (README, "Database roles").
DO $$
BEGIN
    IF '${service_role}' = current_user THEN
        RAISE EXCEPTION 'the service must not run as %, the role that owns the schema: give spring.datasource.username a role of its own', current_user;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO "${service_role}";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "${service_role}";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "${service_role}";
-- every table and sequence a later migration creates (as this owner) gets the same
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "${service_role}";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO "${service_role}";

-- Flyway's history is the owner's: the service may read it, never write it.
REVOKE INSERT, UPDATE, DELETE ON "${flyway:table}" FROM "${service_role}";

-- Every change of an appointment, and every change of a waitlist entry or offer: appended,
-- never changed or removed. The service lacks the privileges; the triggers also stop the
-- owner, who would have to drop them on purpose.
REVOKE UPDATE, DELETE, TRUNCATE ON appointment_event, waitlist_event FROM "${service_role}";

CREATE FUNCTION history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER appointment_event_no_update_or_delete BEFORE UPDATE OR DELETE ON appointment_event
    FOR EACH ROW EXECUTE FUNCTION history_append_only();

CREATE TRIGGER appointment_event_no_truncate BEFORE TRUNCATE ON appointment_event
    FOR EACH STATEMENT EXECUTE FUNCTION history_append_only();

CREATE TRIGGER waitlist_event_no_update_or_delete BEFORE UPDATE OR DELETE ON waitlist_event
    FOR EACH ROW EXECUTE FUNCTION history_append_only();

CREATE TRIGGER waitlist_event_no_truncate BEFORE TRUNCATE ON waitlist_event
    FOR EACH STATEMENT EXECUTE FUNCTION history_append_only();
