-- Removes the bench's patients (seed-patients.sql) with their screenings, consents and
-- the access-log rows the bench's readiness checks wrote. Consents and the access log
-- refuse deletes by trigger; a superuser session in replica mode skips those triggers
-- (and the foreign keys, so the order below keeps them satisfied). Only rows of
-- patients registered by 'bench' are touched.
BEGIN;
SET LOCAL session_replication_role = replica;
CREATE TEMP TABLE bench_patient ON COMMIT DROP AS SELECT id FROM patient WHERE registered_by = 'bench';
DELETE FROM phi_access_log WHERE patient_id IN (SELECT id FROM bench_patient);
DELETE FROM clearance_item WHERE clearance_id IN (
    SELECT c.id FROM clearance c JOIN screening s ON s.id = c.screening_id WHERE s.patient_id IN (SELECT id FROM bench_patient));
DELETE FROM clearance WHERE screening_id IN (SELECT id FROM screening WHERE patient_id IN (SELECT id FROM bench_patient));
DELETE FROM screening_answer WHERE screening_id IN (
    SELECT id FROM screening WHERE patient_id IN (SELECT id FROM bench_patient));
DELETE FROM screening WHERE patient_id IN (SELECT id FROM bench_patient);
DELETE FROM consent WHERE patient_id IN (SELECT id FROM bench_patient);
DELETE FROM patient WHERE id IN (SELECT id FROM bench_patient);
COMMIT;
