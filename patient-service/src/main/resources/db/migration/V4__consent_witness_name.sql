-- The witness of a consent as the signed form names them (a printed name), next to the
-- staff login that witnessed or recorded it. Part of the signed record: the trigger that
-- allows only a revocation to be added now guards it too.
ALTER TABLE consent ADD COLUMN witness_name text CHECK (length(btrim(witness_name)) BETWEEN 1 AND 200);

CREATE OR REPLACE FUNCTION consent_only_revocable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'consent records are never deleted' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF (NEW.id, NEW.patient_id, NEW.form_version, NEW.signed_at, NEW.signer, NEW.guardian_name, NEW.witnessed_by,
            NEW.witness_name, NEW.document_reference, NEW.recorded_at, NEW.recorded_by)
        IS DISTINCT FROM (OLD.id, OLD.patient_id, OLD.form_version, OLD.signed_at, OLD.signer, OLD.guardian_name,
            OLD.witnessed_by, OLD.witness_name, OLD.document_reference, OLD.recorded_at, OLD.recorded_by)
        OR (OLD.revoked_at IS NOT NULL AND (NEW.revoked_at, NEW.revoked_by, NEW.revocation_reason)
            IS DISTINCT FROM (OLD.revoked_at, OLD.revoked_by, OLD.revocation_reason)) THEN
        RAISE EXCEPTION 'a consent may only be revoked, once' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END;
$$;
