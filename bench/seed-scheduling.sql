-- A large schedule for measuring availability searches (issue 6): 50 clinics in 10
-- states, 500 therapists (10 per clinic, Monday to Friday 08:00-17:00 clinic-local),
-- and four weeks from next Monday about 60% booked with one-hour visits.
-- Everything it makes is named 'Bench ...' and is removed first (clear-scheduling.sql),
-- so it can run again:
--   psql -h 127.0.0.1 -U postgres -d scheduling -f bench/seed-scheduling.sql
-- (after the scheduling service has migrated the database once).
\ir clear-scheduling.sql

BEGIN;

CREATE TEMP TABLE bench_state (state text, zone text, lat double precision, lng double precision) ON COMMIT DROP;
INSERT INTO bench_state VALUES
    ('UT', 'America/Denver', 40.76, -111.89), ('CO', 'America/Denver', 39.74, -104.99),
    ('AZ', 'America/Phoenix', 33.45, -112.07), ('TX', 'America/Chicago', 30.27, -97.74),
    ('FL', 'America/New_York', 28.54, -81.38), ('GA', 'America/New_York', 33.75, -84.39),
    ('NC', 'America/New_York', 35.78, -78.64), ('WA', 'America/Los_Angeles', 47.61, -122.33),
    ('CA', 'America/Los_Angeles', 38.58, -121.49), ('NY', 'America/New_York', 42.65, -73.76);

INSERT INTO clinic (id, name, address_line1, city, state, postal_code, phone, zone_id, latitude, longitude)
SELECT gen_random_uuid(), 'Bench ' || s.state || ' ' || n, n || ' Main St', 'Bench City', s.state, '84101',
       '801-555-0100', s.zone, s.lat + n * 0.05, s.lng + n * 0.05
FROM bench_state s CROSS JOIN generate_series(1, 5) AS n;

INSERT INTO assignment (id, therapist_id, clinic_id, effective_from, created_by, created_at)
SELECT gen_random_uuid(), gen_random_uuid(), c.id, current_date, 'bench', now()
FROM clinic c CROSS JOIN generate_series(1, 10)
WHERE c.name LIKE 'Bench %';

INSERT INTO weekly_hours (assignment_id, day_of_week, start_time, end_time)
SELECT a.id, d, time '08:00', time '17:00'
FROM assignment a JOIN clinic c ON c.id = a.clinic_id CROSS JOIN generate_series(1, 5) AS d
WHERE c.name LIKE 'Bench %';

-- next Monday, four weeks, every working hour booked with probability 0.6
INSERT INTO appointment (id, patient_id, therapist_id, clinic_id, type_code, involves_dry_needling, starts_at, ends_at,
                         status, created_by, created_at)
SELECT gen_random_uuid(), gen_random_uuid(), a.therapist_id, a.clinic_id, 'INITIAL_EVALUATION', false,
       ((day + hour * interval '1 hour') AT TIME ZONE c.zone_id),
       ((day + (hour + 1) * interval '1 hour') AT TIME ZONE c.zone_id),
       'BOOKED', 'bench', now()
FROM assignment a
JOIN clinic c ON c.id = a.clinic_id
CROSS JOIN generate_series(date_trunc('week', current_date + 7), date_trunc('week', current_date + 7) + interval '27 days',
                           interval '1 day') AS day
CROSS JOIN generate_series(8, 16) AS hour
WHERE c.name LIKE 'Bench %' AND extract(isodow FROM day) <= 5 AND random() < 0.6;

ANALYZE clinic;
ANALYZE assignment;
ANALYZE weekly_hours;
ANALYZE appointment;
COMMIT;

SELECT count(*) AS bench_appointments FROM appointment a JOIN clinic c ON c.id = a.clinic_id WHERE c.name LIKE 'Bench %';
