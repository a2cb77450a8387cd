-- ShedLock's lock for the daily jobs (one row per job): the instance that moves lock_until
-- into the future runs the job; the others skip it. A crashed holder's lock lapses at
-- lock_until (the job's lockAtMostFor). Times are the database's own (ShedLock's
-- usingDbTime), in UTC, so the instances' clocks do not matter.
CREATE TABLE shedlock (
    name       varchar(64)  PRIMARY KEY,
    lock_until timestamp    NOT NULL,
    locked_at  timestamp    NOT NULL,
    locked_by  varchar(255) NOT NULL
);
