-- The bench's 500 therapists in the credentialing database, each eligible for dry
-- needling where the law allows it: a verified, active license in their clinic's state
-- (issued 2015, valid to 2040), a verified national certification (60 hours, 300
-- supervised sessions, enough for every state's minimum) and the state's endorsement or
-- registration (UT, FL, GA and WA require one). Written straight into the tables (no audit entries: nothing was changed
-- through the service). Removed by clear-credentialing.sql.
--   psql -h 127.0.0.1 -U postgres -d credentialing -f bench/sql/seed-credentialing.sql
\set ON_ERROR_STOP on
\ir clear-credentialing.sql
\ir bench-states.sql

BEGIN;
CREATE TEMP TABLE bench_therapist ON COMMIT DROP AS
SELECT n, md5('bench-therapist-' || n)::uuid AS id, s.state,
       '17' || lpad(n::text, 7, '0') AS npi_first_nine
FROM generate_series(1, 500) AS n
JOIN bench_state s ON s.ordinal = ((n - 1) / 10) / 5;

INSERT INTO therapist (id, npi, first_name, last_name, email, active, version)
SELECT id, npi_first_nine || pg_temp.luhn_check_digit('80840' || npi_first_nine), 'Bench', 'Therapist ' || n,
       'bench-therapist-' || n || '@bench.ptpractice.example', true, 0
FROM bench_therapist;

INSERT INTO credential (id, therapist_id, kind, state, number, issued_on, expires_on, status, verification,
                        verified_by, verified_at, primary_source, version)
SELECT md5('bench-license-' || n)::uuid, id, 'STATE_LICENSE', state, 'BENCH-' || n, date '2015-01-01',
       date '2040-01-01', 'ACTIVE', 'VERIFIED', 'bench', now(), 'bench seed', 0
FROM bench_therapist;

INSERT INTO credential (id, therapist_id, kind, issuer, training_hours, supervised_sessions, issued_on, status,
                        verification, verified_by, verified_at, primary_source, version)
SELECT md5('bench-certification-' || n)::uuid, id, 'DRY_NEEDLING_CERTIFICATION', 'Bench Institute', 60, 300,
       date '2016-01-01', 'ACTIVE', 'VERIFIED', 'bench', now(), 'bench seed', 0
FROM bench_therapist;

INSERT INTO credential (id, therapist_id, kind, state, number, issued_on, status, verification, verified_by,
                        verified_at, primary_source, version)
SELECT md5('bench-endorsement-' || n)::uuid, id, 'DRY_NEEDLING_ENDORSEMENT', state, 'BENCH-E-' || n,
       date '2016-02-01', 'ACTIVE', 'VERIFIED', 'bench', now(), 'bench seed', 0
FROM bench_therapist;

ANALYZE therapist;
ANALYZE credential;
COMMIT;
