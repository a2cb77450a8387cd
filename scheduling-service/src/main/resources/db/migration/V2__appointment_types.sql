-- What can be booked. Types are data: the gateway's dry-needling guard asks which types
-- involve needling instead of knowing their names.
CREATE TABLE appointment_type (
    id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code                  text    NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name                  text    NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    duration_minutes      integer NOT NULL CHECK (duration_minutes BETWEEN 15 AND 240 AND duration_minutes % 15 = 0),
    involves_dry_needling boolean NOT NULL DEFAULT false,
    active                boolean NOT NULL DEFAULT true,
    version               integer NOT NULL DEFAULT 0
);

INSERT INTO appointment_type (code, name, duration_minutes, involves_dry_needling) VALUES
    ('INITIAL_EVALUATION', 'Initial evaluation', 60, false),
    ('FOLLOW_UP', 'Follow-up visit', 45, false),
    ('DRY_NEEDLING', 'Dry needling', 30, true);
