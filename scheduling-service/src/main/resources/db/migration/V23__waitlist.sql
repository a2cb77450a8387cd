-- The waitlist (issue 17): patients waiting for an earlier visit, the time a cancellation or
-- a reschedule freed (an opening), and the offers that hold that time for one patient at a
-- time. An offer that holds time is a claim on the therapist's time like a live visit: no
-- appointment may be put on it (trigger below) and no two offers hold the same time
-- (exclusion constraint); both take the therapist's advisory lock, the one every booking
-- takes, so a race between an offer and a booking is decided here, not in the application.

CREATE TABLE waitlist_entry (
    id            uuid PRIMARY KEY,
    patient_id    uuid NOT NULL,
    type_code     text NOT NULL REFERENCES appointment_type (code),
    from_date     date NOT NULL,
    to_date       date NOT NULL,
    -- ISO days of the week (1 Monday .. 7 Sunday); empty: any day
    weekdays      smallint[] NOT NULL DEFAULT '{}',
    earliest_time time NOT NULL,
    latest_time   time NOT NULL,
    -- where: some clinics, or every clinic of a state
    clinic_ids    uuid[] NOT NULL DEFAULT '{}',
    state         text CHECK (state ~ '^[A-Z]{2}$'),
    therapist_id  uuid,
    status        text NOT NULL CHECK (status IN ('WAITING', 'OFFERED', 'BOOKED', 'REMOVED')),
    requested_at  timestamptz NOT NULL,
    created_by    text NOT NULL,
    version       integer NOT NULL DEFAULT 0,
    CHECK (to_date >= from_date),
    CHECK (earliest_time < latest_time),
    CHECK (weekdays <@ ARRAY[1, 2, 3, 4, 5, 6, 7]::smallint[]),
    CHECK ((cardinality(clinic_ids) > 0) <> (state IS NOT NULL))
);
CREATE INDEX waitlist_entry_waiting ON waitlist_entry (type_code, requested_at, id) WHERE status = 'WAITING';
CREATE INDEX waitlist_entry_by_patient ON waitlist_entry (patient_id);
-- a patient waits once for a type
CREATE UNIQUE INDEX waitlist_entry_once ON waitlist_entry (patient_id, type_code) WHERE status IN ('WAITING', 'OFFERED');

-- Time a cancelled or moved visit left free for its therapist.
CREATE TABLE waitlist_opening (
    id           uuid PRIMARY KEY,
    therapist_id uuid NOT NULL,
    clinic_id    uuid NOT NULL REFERENCES clinic (id),
    starts_at    timestamptz NOT NULL,
    ends_at      timestamptz NOT NULL,
    freed_by     uuid NOT NULL REFERENCES appointment (id),
    freed_at     timestamptz NOT NULL,
    status       text NOT NULL CHECK (status IN ('OPEN', 'OFFERED', 'FILLED', 'CLOSED')),
    CHECK (ends_at > starts_at)
);
CREATE INDEX waitlist_opening_open ON waitlist_opening (starts_at) WHERE status = 'OPEN';

CREATE TABLE waitlist_offer (
    id             uuid PRIMARY KEY,
    opening_id     uuid NOT NULL REFERENCES waitlist_opening (id),
    entry_id       uuid NOT NULL REFERENCES waitlist_entry (id),
    patient_id     uuid NOT NULL,
    therapist_id   uuid NOT NULL,
    clinic_id      uuid NOT NULL REFERENCES clinic (id),
    type_code      text NOT NULL REFERENCES appointment_type (code),
    starts_at      timestamptz NOT NULL,
    ends_at        timestamptz NOT NULL,
    during         tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at)) STORED,
    held_until     timestamptz NOT NULL,
    status         text NOT NULL CHECK (status IN ('HELD', 'CONFIRMED', 'DECLINED', 'EXPIRED', 'WITHDRAWN')),
    -- the visit a confirmation booked; inserted after the offer is claimed, in the same transaction
    appointment_id uuid REFERENCES appointment (id) DEFERRABLE INITIALLY DEFERRED,
    offered_at     timestamptz NOT NULL,
    decided_by     text,
    decided_at     timestamptz,
    CHECK (ends_at > starts_at),
    CHECK ((status = 'CONFIRMED') = (appointment_id IS NOT NULL)),
    -- an entry is offered one opening once: a declined or expired offer is not made again
    UNIQUE (opening_id, entry_id),
    CONSTRAINT waitlist_offer_one_hold
        EXCLUDE USING gist (therapist_id WITH =, during WITH &&) WHERE (status = 'HELD')
);
CREATE INDEX waitlist_offer_held ON waitlist_offer (held_until) WHERE status = 'HELD';
CREATE INDEX waitlist_offer_by_entry ON waitlist_offer (entry_id);

-- A needling entry the one decision refused for an opening: not asked again for it.
CREATE TABLE waitlist_refusal (
    opening_id uuid NOT NULL REFERENCES waitlist_opening (id),
    entry_id   uuid NOT NULL REFERENCES waitlist_entry (id),
    reasons    jsonb NOT NULL,
    decided_at timestamptz NOT NULL,
    PRIMARY KEY (opening_id, entry_id)
);

-- Every change of an entry or offer, with who and when. Append-only.
CREATE TABLE waitlist_event (
    id          uuid PRIMARY KEY,
    seq         bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    entry_id    uuid NOT NULL REFERENCES waitlist_entry (id),
    offer_id    uuid REFERENCES waitlist_offer (id),
    kind        text NOT NULL CHECK (kind IN ('ADDED', 'REMOVED', 'OFFERED', 'NOT_ELIGIBLE', 'CONFIRMED', 'DECLINED',
                                              'EXPIRED', 'WITHDRAWN')),
    actor       text NOT NULL,
    occurred_at timestamptz NOT NULL
);
CREATE INDEX waitlist_event_by_entry ON waitlist_event (entry_id, seq);

-- No live visit on time an offer holds. Takes the therapist's lock first (re-entrant for a
-- booking that holds it already), so a concurrent offer is committed or not yet begun.
-- A hold that lapsed but is not released yet still counts here: booking releases lapsed
-- holds on the time it takes (SlotHolds) before it writes.
CREATE FUNCTION appointment_not_on_held_time() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IN ('CANCELLED', 'NO_SHOW') THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.status NOT IN ('CANCELLED', 'NO_SHOW') AND OLD.therapist_id = NEW.therapist_id
       AND OLD.starts_at = NEW.starts_at AND OLD.ends_at = NEW.ends_at THEN
        RETURN NEW;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('therapist:' || NEW.therapist_id, 0));
    IF EXISTS (SELECT 1 FROM waitlist_offer o
               WHERE o.status = 'HELD' AND o.therapist_id = NEW.therapist_id
                 AND o.during && tstzrange(NEW.starts_at, NEW.ends_at)) THEN
        RAISE EXCEPTION USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'appointment_not_on_held_time',
            MESSAGE = 'the time is held for a waitlist offer';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER appointment_not_on_held_time BEFORE INSERT OR UPDATE ON appointment
    FOR EACH ROW EXECUTE FUNCTION appointment_not_on_held_time();

-- No hold on time a live visit takes, under the same lock.
CREATE FUNCTION waitlist_offer_on_free_time() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status <> 'HELD' THEN
        RETURN NEW;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('therapist:' || NEW.therapist_id, 0));
    IF EXISTS (SELECT 1 FROM appointment a
               WHERE a.status NOT IN ('CANCELLED', 'NO_SHOW') AND a.therapist_id = NEW.therapist_id
                 AND a.during && tstzrange(NEW.starts_at, NEW.ends_at)) THEN
        RAISE EXCEPTION USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'waitlist_offer_on_free_time',
            MESSAGE = 'the time is taken by a visit';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER waitlist_offer_on_free_time BEFORE INSERT ON waitlist_offer
    FOR EACH ROW EXECUTE FUNCTION waitlist_offer_on_free_time();
