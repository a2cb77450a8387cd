-- Baseline of the schema: it starts empty, and each feature adds its tables in a later
-- version. Applied migrations are never edited; a change is a new version.
SELECT 1;
