-- The bench's schedule in the scheduling database: 50 clinics in 10 states (5 each),
-- 500 therapists (10 per clinic, the ids credentialing knows), working Monday to
-- Saturday 07:00-19:00 clinic-local, and the four weeks from next Monday about 60%
-- booked with one-hour visits of the background patients (3,001-4,000, never two at
-- once). Each needling patient (1-2,000) gets the initial evaluation the needling rule
-- asks for, completed a month ago. Everything hangs off clinics named 'Bench ...' and
-- is removed first (clear-scheduling.sql), so it can run again.
--   psql -h 127.0.0.1 -U postgres -d scheduling -f bench/sql/seed-scheduling.sql
-- (after the scheduling service has migrated the database once).
\set ON_ERROR_STOP on
\ir clear-scheduling.sql
\ir bench-states.sql

BEGIN;
INSERT INTO clinic (id, name, address_line1, city, state, postal_code, phone, zone_id, latitude, longitude)
SELECT md5('bench-clinic-' || k)::uuid, 'Bench ' || s.state || ' ' || (k % 5 + 1), (k % 5 + 1) || ' Main St',
       'Bench City', s.state, '84101', '801-555-0100', s.zone, s.lat + (k % 5) * 0.05, s.lng + (k % 5) * 0.05
FROM generate_series(0, 49) AS k
JOIN bench_state s ON s.ordinal = k / 5;

INSERT INTO assignment (id, therapist_id, clinic_id, effective_from, created_by, created_at)
SELECT md5('bench-assignment-' || n)::uuid, md5('bench-therapist-' || n)::uuid,
       md5('bench-clinic-' || ((n - 1) / 10))::uuid, current_date - 60, 'bench', now()
FROM generate_series(1, 500) AS n;

INSERT INTO weekly_hours (assignment_id, day_of_week, start_time, end_time)
SELECT md5('bench-assignment-' || n)::uuid, d, time '07:00', time '19:00'
FROM generate_series(1, 500) AS n CROSS JOIN generate_series(1, 6) AS d;

-- next Monday, four weeks, every working hour booked with probability 0.6
CREATE TEMP TABLE bench_booked ON COMMIT DROP AS
SELECT md5('bench-therapist-' || n)::uuid AS therapist_id, md5('bench-clinic-' || ((n - 1) / 10))::uuid AS clinic_id,
       ((day + hour * interval '1 hour') AT TIME ZONE c.zone_id) AS starts_at
FROM generate_series(1, 500) AS n
JOIN clinic c ON c.id = md5('bench-clinic-' || ((n - 1) / 10))::uuid
CROSS JOIN generate_series(date_trunc('week', current_date + 7)::timestamp,
                           date_trunc('week', current_date + 7)::timestamp + interval '27 days', interval '1 day') AS day
CROSS JOIN generate_series(7, 18) AS hour
WHERE extract(isodow FROM day) <= 6 AND random() < 0.6;

INSERT INTO appointment (id, patient_id, therapist_id, clinic_id, type_code, involves_dry_needling, starts_at, ends_at,
                         status, created_by, created_at)
SELECT gen_random_uuid(),
       md5('bench-patient-' || (3001 + (row_number() OVER (PARTITION BY starts_at ORDER BY therapist_id) - 1) % 1000))::uuid,
       therapist_id, clinic_id, 'INITIAL_EVALUATION', false, starts_at, starts_at + interval '1 hour', 'BOOKED', 'bench',
       now()
FROM bench_booked;

-- the needling patients' initial evaluations, a month ago (therapist n sees four of them)
INSERT INTO appointment (id, patient_id, therapist_id, clinic_id, type_code, involves_dry_needling, starts_at, ends_at,
                         status, created_by, created_at)
SELECT gen_random_uuid(), md5('bench-patient-' || p)::uuid, md5('bench-therapist-' || ((p - 1) % 500 + 1))::uuid,
       md5('bench-clinic-' || (((p - 1) % 500) / 10))::uuid, 'INITIAL_EVALUATION', false,
       date_trunc('day', now()) - interval '30 days' + ((p - 1) / 500) * interval '1 hour',
       date_trunc('day', now()) - interval '30 days' + ((p - 1) / 500 + 1) * interval '1 hour', 'COMPLETED', 'bench',
       now() - interval '31 days'
FROM generate_series(1, 2000) AS p;

ANALYZE clinic;
ANALYZE assignment;
ANALYZE weekly_hours;
ANALYZE appointment;
COMMIT;

SELECT count(*) AS bench_appointments FROM appointment a JOIN clinic c ON c.id = a.clinic_id WHERE c.name LIKE 'Bench %';
