-- The service runs as a role of its own (the placeholder service_role: the data source's
-- user), which owns nothing here: this migration, like every other, runs as the owner role
-- (spring.flyway.user). A role that owns no table cannot ALTER, DISABLE TRIGGER or DROP
-- anything; it gets the rows it works with and nothing more, and the audit and the state
-- rules refuse UPDATE, DELETE and TRUNCATE to it (README, "Database roles").
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

-- The change audit and the versioned state rules are appended to, never changed or removed
-- (their triggers, the owner's since V2 and V4, stop the owner too).
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, state_rule FROM "${service_role}";
