-- Removes the bench's therapists and their credentials (seed-credentialing.sql).
BEGIN;
DELETE FROM credential WHERE therapist_id IN (
    SELECT id FROM therapist WHERE email LIKE 'bench-therapist-%@bench.ptpractice.example');
DELETE FROM therapist WHERE email LIKE 'bench-therapist-%@bench.ptpractice.example';
COMMIT;
