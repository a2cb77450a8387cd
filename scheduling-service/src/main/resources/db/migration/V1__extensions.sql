-- Overlap rules for appointments are exclusion constraints over (uuid, tstzrange),
-- which need btree_gist (a trusted extension: the database owner may create it).
CREATE EXTENSION IF NOT EXISTS btree_gist;
