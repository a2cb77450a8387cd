-- Plans of care (issue 17): a series of visits booked in one request. Each occurrence is
-- an ordinary appointment (same exclusion constraints, same lifecycle) that names its
-- series; the series keeps what was asked and the first answer (every occurrence, booked
-- or refused with its reasons), so a retry with the same Idempotency-Key gets that answer
-- back and the front desk can see later which dates were refused and why.
CREATE TABLE appointment_series (
    id              uuid PRIMARY KEY,
    patient_id      uuid NOT NULL,
    therapist_id    uuid,                      -- null: any eligible therapist per occurrence
    clinic_id       uuid NOT NULL REFERENCES clinic (id),
    type_code       text NOT NULL REFERENCES appointment_type (code),
    weekdays        text NOT NULL CHECK (weekdays ~ '^[1-7](,[1-7]){0,6}$'),
    start_time      time NOT NULL,
    first_date      date NOT NULL,
    occurrence_count integer CHECK (occurrence_count BETWEEN 1 AND 52),
    until_date      date,
    mode            text NOT NULL CHECK (mode IN ('BOOK_WHAT_CAN_BE_BOOKED', 'ALL_OR_NOTHING')),
    outcomes        jsonb NOT NULL,
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL,
    CHECK (occurrence_count IS NOT NULL OR until_date IS NOT NULL)
);
CREATE INDEX appointment_series_by_patient ON appointment_series (patient_id, created_at);

ALTER TABLE appointment ADD COLUMN series_id uuid REFERENCES appointment_series (id);
CREATE INDEX appointment_by_series ON appointment (series_id, starts_at) WHERE series_id IS NOT NULL;

-- A caller's Idempotency-Key for a series remembers the request and the series it made.
CREATE TABLE series_idempotency (
    caller          text NOT NULL,
    idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    request_hash    text NOT NULL,
    series_id       uuid NOT NULL REFERENCES appointment_series (id),
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);
