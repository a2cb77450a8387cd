-- Therapists and what they hold: licenses, compact privileges, dry-needling
-- certifications and state endorsements, each with its own verification.

CREATE TABLE therapist (
    id            uuid PRIMARY KEY,
    npi           char(10) NOT NULL CHECK (npi ~ '^[0-9]{10}$'),
    first_name    text     NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
    last_name     text     NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
    email         text     NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    -- the Keycloak subject of the therapist's own login, if they have one
    login_subject text     CHECK (length(login_subject) BETWEEN 1 AND 100),
    active        boolean  NOT NULL DEFAULT true,
    version       integer  NOT NULL,
    CONSTRAINT therapist_npi_key UNIQUE (npi),
    CONSTRAINT therapist_login_subject_key UNIQUE (login_subject)
);

CREATE TABLE credential (
    id                  uuid PRIMARY KEY,
    therapist_id        uuid    NOT NULL REFERENCES therapist (id),
    kind                text    NOT NULL
        CHECK (kind IN ('STATE_LICENSE', 'COMPACT_PRIVILEGE', 'DRY_NEEDLING_CERTIFICATION', 'DRY_NEEDLING_ENDORSEMENT')),
    state               char(2) REFERENCES jurisdiction (code),
    number              text    CHECK (length(number) BETWEEN 1 AND 50),
    issuer              text    CHECK (length(issuer) BETWEEN 1 AND 200),
    training_hours      integer CHECK (training_hours BETWEEN 0 AND 10000),
    supervised_sessions integer CHECK (supervised_sessions BETWEEN 0 AND 10000),
    issued_on           date    NOT NULL,
    expires_on          date    CHECK (expires_on >= issued_on),
    status              text    NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    verification        text    NOT NULL CHECK (verification IN ('PENDING', 'VERIFIED', 'REJECTED')),
    verified_by         text,
    verified_at         timestamptz,
    primary_source      text    CHECK (length(primary_source) <= 500),
    verification_note   text    CHECK (length(verification_note) <= 2000),
    version             integer NOT NULL,
    -- a certification may be national; everything else applies in one state
    CHECK (kind = 'DRY_NEEDLING_CERTIFICATION' OR state IS NOT NULL),
    -- a certification names its issuer and its training; the others carry a number
    CHECK (kind <> 'DRY_NEEDLING_CERTIFICATION'
        OR (issuer IS NOT NULL AND training_hours IS NOT NULL AND supervised_sessions IS NOT NULL)),
    CHECK (kind = 'DRY_NEEDLING_CERTIFICATION' OR number IS NOT NULL),
    -- a decided verification says who decided and when
    CHECK (verification = 'PENDING' OR (verified_by IS NOT NULL AND verified_at IS NOT NULL))
);

CREATE INDEX credential_therapist_idx ON credential (therapist_id);
CREATE INDEX credential_expiry_idx ON credential (expires_on) WHERE expires_on IS NOT NULL;
