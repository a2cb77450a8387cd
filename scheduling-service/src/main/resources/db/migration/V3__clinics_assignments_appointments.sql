-- Clinics, who works where and when, and appointments. Every invariant that must hold
-- under concurrency lives here: overlap of live appointments is forbidden by exclusion
-- constraints, not by a check-then-insert in the application.

CREATE TABLE clinic (
    id            uuid PRIMARY KEY,
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    address_line1 text NOT NULL CHECK (length(address_line1) BETWEEN 1 AND 200),
    address_line2 text CHECK (length(address_line2) <= 200),
    city          text NOT NULL CHECK (length(city) BETWEEN 1 AND 100),
    state         text NOT NULL CHECK (state ~ '^[A-Z]{2}$'),
    postal_code   text NOT NULL CHECK (postal_code ~ '^[0-9]{5}(-[0-9]{4})?$'),
    phone         text NOT NULL CHECK (length(phone) BETWEEN 7 AND 30),
    zone_id       text NOT NULL CHECK (zone_id ~ '^[A-Za-z_]+(/[A-Za-z0-9_+-]+)+$'),
    latitude      double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude     double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    active        boolean NOT NULL DEFAULT true,
    version       integer NOT NULL DEFAULT 0
);
CREATE INDEX clinic_by_state ON clinic (state, name);

-- A therapist (an id owned by the credentialing service) works at a clinic on weekly
-- hours given in the clinic's local time. "Never at two clinics in the same hour" spans
-- rows and time zones, so the application checks it under a transaction-scoped advisory
-- lock per therapist (see AssignmentService).
CREATE TABLE assignment (
    id              uuid PRIMARY KEY,
    therapist_id    uuid NOT NULL,
    clinic_id       uuid NOT NULL REFERENCES clinic (id),
    effective_from  date NOT NULL,
    effective_until date,
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL,
    version         integer NOT NULL DEFAULT 0,
    CHECK (effective_until IS NULL OR effective_until >= effective_from)
);
CREATE INDEX assignment_by_clinic ON assignment (clinic_id);
CREATE INDEX assignment_by_therapist ON assignment (therapist_id);

CREATE TABLE weekly_hours (
    assignment_id uuid NOT NULL REFERENCES assignment (id) ON DELETE CASCADE,
    day_of_week   smallint NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    start_time    time NOT NULL,
    end_time      time NOT NULL,
    CHECK (start_time < end_time),
    CHECK (extract(minute FROM start_time)::int % 15 = 0 AND extract(second FROM start_time) = 0),
    CHECK (extract(minute FROM end_time)::int % 15 = 0 AND extract(second FROM end_time) = 0),
    EXCLUDE USING gist (assignment_id WITH =, day_of_week WITH =, tsrange(date '2000-01-01' + start_time, date '2000-01-01' + end_time) WITH &&)
);

CREATE TABLE time_off (
    id           uuid PRIMARY KEY,
    therapist_id uuid NOT NULL,
    starts_at    timestamptz NOT NULL,
    ends_at      timestamptz NOT NULL,
    during       tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at)) STORED,
    reason       text CHECK (length(reason) <= 500),
    created_by   text NOT NULL,
    created_at   timestamptz NOT NULL,
    version      integer NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at)
);
CREATE INDEX time_off_by_therapist ON time_off USING gist (therapist_id, during);

CREATE TABLE appointment (
    id                    uuid PRIMARY KEY,
    patient_id            uuid NOT NULL,
    therapist_id          uuid NOT NULL,
    clinic_id             uuid NOT NULL REFERENCES clinic (id),
    type_code             text NOT NULL REFERENCES appointment_type (code),
    involves_dry_needling boolean NOT NULL,
    starts_at             timestamptz NOT NULL,
    ends_at               timestamptz NOT NULL,
    during                tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at)) STORED,
    status                text NOT NULL CHECK (status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    created_by            text NOT NULL,
    created_at            timestamptz NOT NULL,
    version               integer NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at),
    CONSTRAINT appointment_therapist_no_overlap
        EXCLUDE USING gist (therapist_id WITH =, during WITH &&) WHERE (status NOT IN ('CANCELLED', 'NO_SHOW')),
    CONSTRAINT appointment_patient_no_overlap
        EXCLUDE USING gist (patient_id WITH =, during WITH &&) WHERE (status NOT IN ('CANCELLED', 'NO_SHOW'))
);
CREATE INDEX appointment_by_clinic ON appointment (clinic_id, starts_at);
CREATE INDEX appointment_by_patient ON appointment (patient_id, starts_at);

-- Every change of an appointment, with who and when. Append-only.
CREATE TABLE appointment_event (
    id             uuid PRIMARY KEY,
    seq            bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    appointment_id uuid NOT NULL REFERENCES appointment (id),
    kind           text NOT NULL CHECK (kind IN ('BOOKED', 'RESCHEDULED', 'CANCELLED', 'CHECKED_IN', 'COMPLETED', 'NO_SHOW')),
    actor          text NOT NULL,
    occurred_at    timestamptz NOT NULL,
    reason         text,
    starts_at      timestamptz NOT NULL,
    therapist_id   uuid NOT NULL
);
CREATE INDEX appointment_event_by_appointment ON appointment_event (appointment_id, seq);

-- Idempotent booking: a caller's key remembers the request it came with and what it made.
CREATE TABLE booking_idempotency (
    caller         text NOT NULL,
    idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    request_hash   text NOT NULL,
    appointment_id uuid NOT NULL REFERENCES appointment (id),
    created_at     timestamptz NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);
