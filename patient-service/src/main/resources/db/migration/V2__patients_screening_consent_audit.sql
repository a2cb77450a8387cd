-- Patients, dry-needling screening and clearance, consent, and the PHI access log.
-- The rules that must hold whatever the application does live here: unique record
-- numbers and logins, the fixed contraindication codes, consent revocation all-or-
-- nothing, and an access log that can be appended to but never changed.

-- Medical record numbers: 'P', seven digits from this sequence, '-', a Luhn check digit
-- (the application formats them; the check constraint below keeps the shape).
CREATE SEQUENCE patient_mrn_seq START WITH 100001 MAXVALUE 9999999 NO CYCLE;

CREATE TABLE patient (
    id                  uuid PRIMARY KEY,
    mrn                 text NOT NULL UNIQUE CHECK (mrn ~ '^P[0-9]{7}-[0-9]$'),
    first_name          text NOT NULL CHECK (length(btrim(first_name)) BETWEEN 1 AND 100),
    last_name           text NOT NULL CHECK (length(btrim(last_name)) BETWEEN 1 AND 100),
    birth_date          date NOT NULL,
    sex                 text NOT NULL CHECK (sex IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    -- E.164: '+', a non-zero country code digit, 7 to 14 more digits
    phone               text NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{7,14}$'),
    email               text CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' AND length(email) <= 254),
    address_line1       text NOT NULL CHECK (length(btrim(address_line1)) BETWEEN 1 AND 200),
    address_line2       text CHECK (length(address_line2) <= 200),
    address_city        text NOT NULL CHECK (length(btrim(address_city)) BETWEEN 1 AND 100),
    address_state       text NOT NULL CHECK (address_state IN (
        'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS',
        'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC',
        'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY')),
    address_postal_code text NOT NULL CHECK (address_postal_code ~ '^[0-9]{5}(-[0-9]{4})?$'),
    preferred_clinic_id uuid,
    -- the Keycloak subject of the patient's own login; one record per login
    login_subject       text UNIQUE CHECK (length(login_subject) BETWEEN 1 AND 255),
    registered_at       timestamptz NOT NULL,
    registered_by       text NOT NULL,
    version             integer NOT NULL DEFAULT 0
);

CREATE INDEX patient_same_person ON patient (lower(last_name), lower(first_name), birth_date);
CREATE INDEX patient_by_birth_date ON patient (birth_date);
CREATE INDEX patient_by_phone ON patient (phone);
CREATE INDEX patient_by_email ON patient (lower(email));

-- The contraindications of DESIGN.md, as stable codes.
CREATE DOMAIN contraindication AS text CHECK (VALUE IN (
    'FIRST_TRIMESTER_PREGNANCY', 'BLEEDING_DISORDER_OR_ANTICOAGULANTS', 'ACTIVE_CANCER_TREATMENT',
    'INFECTION_AT_SITE', 'COMPROMISED_IMMUNITY', 'SEVERE_NEEDLE_FEAR', 'VASCULAR_CONCERNS'));

CREATE TABLE screening (
    id          uuid PRIMARY KEY,
    patient_id  uuid NOT NULL REFERENCES patient (id),
    recorded_at timestamptz NOT NULL,
    recorded_by text NOT NULL
);

CREATE INDEX screening_by_patient ON screening (patient_id, recorded_at DESC);

CREATE TABLE screening_answer (
    screening_id     uuid NOT NULL REFERENCES screening (id),
    contraindication contraindication NOT NULL,
    present          boolean NOT NULL,
    detail           text CHECK (length(detail) <= 1000),
    PRIMARY KEY (screening_id, contraindication)
);

CREATE TABLE clearance (
    id           uuid PRIMARY KEY,
    screening_id uuid NOT NULL REFERENCES screening (id),
    note         text NOT NULL CHECK (length(btrim(note)) BETWEEN 1 AND 2000),
    cleared_by   text NOT NULL,
    cleared_at   timestamptz NOT NULL
);

CREATE INDEX clearance_by_screening ON clearance (screening_id);

CREATE TABLE clearance_item (
    clearance_id     uuid NOT NULL REFERENCES clearance (id),
    contraindication contraindication NOT NULL,
    PRIMARY KEY (clearance_id, contraindication)
);

CREATE TABLE consent (
    id                 uuid PRIMARY KEY,
    patient_id         uuid NOT NULL REFERENCES patient (id),
    form_version       text NOT NULL CHECK (length(btrim(form_version)) BETWEEN 1 AND 50),
    signed_at          timestamptz NOT NULL,
    signer             text NOT NULL CHECK (signer IN ('PATIENT', 'LEGAL_GUARDIAN')),
    guardian_name      text CHECK (length(btrim(guardian_name)) BETWEEN 1 AND 200),
    witnessed_by       text NOT NULL,
    document_reference text CHECK (length(document_reference) <= 500),
    recorded_at        timestamptz NOT NULL,
    recorded_by        text NOT NULL,
    revoked_at         timestamptz,
    revoked_by         text,
    revocation_reason  text CHECK (length(btrim(revocation_reason)) BETWEEN 1 AND 500),
    version            integer NOT NULL DEFAULT 0,
    CONSTRAINT consent_guardian_named_iff_guardian_signed
        CHECK ((signer = 'LEGAL_GUARDIAN') = (guardian_name IS NOT NULL)),
    CONSTRAINT consent_revocation_complete
        CHECK ((revoked_at IS NULL) = (revoked_by IS NULL) AND (revoked_at IS NULL) = (revocation_reason IS NULL)),
    CONSTRAINT consent_revoked_after_signed CHECK (revoked_at >= signed_at)
);

CREATE INDEX consent_by_patient ON consent (patient_id, signed_at DESC);

-- A signed consent is history: only its revocation may be added, once.
CREATE FUNCTION consent_only_revocable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'consent records are never deleted' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF (NEW.id, NEW.patient_id, NEW.form_version, NEW.signed_at, NEW.signer, NEW.guardian_name, NEW.witnessed_by,
            NEW.document_reference, NEW.recorded_at, NEW.recorded_by)
        IS DISTINCT FROM (OLD.id, OLD.patient_id, OLD.form_version, OLD.signed_at, OLD.signer, OLD.guardian_name,
            OLD.witnessed_by, OLD.document_reference, OLD.recorded_at, OLD.recorded_by)
        OR (OLD.revoked_at IS NOT NULL AND (NEW.revoked_at, NEW.revoked_by, NEW.revocation_reason)
            IS DISTINCT FROM (OLD.revoked_at, OLD.revoked_by, OLD.revocation_reason)) THEN
        RAISE EXCEPTION 'a consent may only be revoked, once' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER consent_only_revocable BEFORE UPDATE OR DELETE ON consent
    FOR EACH ROW EXECUTE FUNCTION consent_only_revocable();

-- Every access to a patient's record: append-only.
CREATE TABLE phi_access_log (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at   timestamptz NOT NULL,
    patient_id    uuid NOT NULL REFERENCES patient (id),
    actor_subject text NOT NULL,
    actor_role    text NOT NULL,
    client_id     text,
    action        text NOT NULL CHECK (action IN (
        'REGISTER', 'DUPLICATE_MATCH', 'SEARCH_RESULT', 'READ', 'UPDATE_DEMOGRAPHICS', 'LINK_LOGIN', 'UNLINK_LOGIN',
        'READ_SCREENINGS', 'RECORD_SCREENING', 'RECORD_CLEARANCE', 'READ_CONSENTS', 'RECORD_CONSENT',
        'REVOKE_CONSENT', 'READ_READINESS'))
);

CREATE INDEX phi_access_log_by_patient ON phi_access_log (patient_id, occurred_at DESC);
CREATE INDEX phi_access_log_by_time ON phi_access_log (occurred_at DESC);

CREATE FUNCTION phi_access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'phi_access_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER phi_access_log_no_update_or_delete BEFORE UPDATE OR DELETE ON phi_access_log
    FOR EACH ROW EXECUTE FUNCTION phi_access_log_append_only();

CREATE TRIGGER phi_access_log_no_truncate BEFORE TRUNCATE ON phi_access_log
    FOR EACH STATEMENT EXECUTE FUNCTION phi_access_log_append_only();
