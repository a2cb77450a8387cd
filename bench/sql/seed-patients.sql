-- The bench's 4,000 patients in the patient database, all ready for dry needling: a
-- consent signed and a screening with no contraindication recorded a day ago (valid
-- for 90 days, longer than the bench's four weeks). Patients 1-2,000 book needling
-- visits (their initial evaluation is in the scheduling seed), 2,001-3,000 follow-ups,
-- 3,001-4,000 hold the background schedule. Record numbers P9000001.. (the service's
-- sequence starts at P0100001). Removed by clear-patients.sql.
--   psql -h 127.0.0.1 -U postgres -d patients -f bench/sql/seed-patients.sql
\set ON_ERROR_STOP on
\ir clear-patients.sql
\ir bench-states.sql

BEGIN;
INSERT INTO patient (id, mrn, first_name, last_name, birth_date, sex, phone, address_line1, address_city,
                     address_state, address_postal_code, registered_at, registered_by, version)
SELECT md5('bench-patient-' || n)::uuid, 'P' || d || '-' || pg_temp.luhn_check_digit(d), 'Bench', 'Patient ' || n,
       date '1950-01-01' + (n * 7) % 20000, (ARRAY['FEMALE', 'MALE', 'OTHER'])[n % 3 + 1],
       '+1801555' || lpad(n::text, 4, '0'), n || ' Bench St', 'Bench City', 'UT', '84101',
       now() - interval '2 days', 'bench', 0
FROM (SELECT n, (9000000 + n)::text AS d FROM generate_series(1, 4000) AS n) AS numbered;

INSERT INTO screening (id, patient_id, recorded_at, recorded_by, screened_at)
SELECT md5('bench-screening-' || n)::uuid, md5('bench-patient-' || n)::uuid, now() - interval '1 day', 'bench',
    now() - interval '1 day'
FROM generate_series(1, 4000) AS n;

INSERT INTO screening_answer (screening_id, contraindication, present)
SELECT md5('bench-screening-' || n)::uuid, c, false
FROM generate_series(1, 4000) AS n
CROSS JOIN unnest(ARRAY['FIRST_TRIMESTER_PREGNANCY', 'BLEEDING_DISORDER_OR_ANTICOAGULANTS', 'ACTIVE_CANCER_TREATMENT',
                        'INFECTION_AT_SITE', 'COMPROMISED_IMMUNITY', 'SEVERE_NEEDLE_FEAR', 'VASCULAR_CONCERNS']) AS c;

INSERT INTO consent (id, patient_id, form_version, signed_at, signer, witnessed_by, recorded_at, recorded_by)
SELECT md5('bench-consent-' || n)::uuid, md5('bench-patient-' || n)::uuid, 'DN-2026-01', now() - interval '1 day',
       'PATIENT', 'bench', now() - interval '1 day', 'bench'
FROM generate_series(1, 4000) AS n;

ANALYZE patient;
ANALYZE screening;
ANALYZE screening_answer;
ANALYZE consent;
COMMIT;
