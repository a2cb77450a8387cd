-- The bench's ten states, shared by the seed scripts of every database: clinic k (0..49)
-- is in state k / 5; therapist n (1..500) works at clinic (n - 1) / 10. Ids are
-- md5('bench-<kind>-<n>')::uuid, so each database's script makes the same ids without
-- reading the others (the harness computes them the same way).
CREATE TEMP TABLE bench_state (ordinal int, state text, zone text, lat double precision, lng double precision);
INSERT INTO bench_state VALUES
    (0, 'UT', 'America/Denver', 40.76, -111.89), (1, 'CO', 'America/Denver', 39.74, -104.99),
    (2, 'AZ', 'America/Phoenix', 33.45, -112.07), (3, 'TX', 'America/Chicago', 30.27, -97.74),
    (4, 'FL', 'America/New_York', 28.54, -81.38), (5, 'GA', 'America/New_York', 33.75, -84.39),
    (6, 'NC', 'America/New_York', 35.78, -78.64), (7, 'WA', 'America/Los_Angeles', 47.61, -122.33),
    (8, 'CA', 'America/Los_Angeles', 38.58, -121.49), (9, 'NY', 'America/New_York', 42.65, -73.76);

-- The Luhn check digit of a digit string (the rightmost digit is doubled), as the
-- services compute it for NPIs (over '80840' + the first nine digits) and record numbers.
CREATE FUNCTION pg_temp.luhn_check_digit(digits text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
    SELECT (10 - sum(CASE WHEN (length(digits) - i) % 2 = 0
                          THEN (CASE WHEN d * 2 > 9 THEN d * 2 - 9 ELSE d * 2 END)
                          ELSE d END) % 10) % 10
    FROM (SELECT i, substr(digits, i, 1)::int AS d FROM generate_series(1, length(digits)) AS i) AS x
$$;
