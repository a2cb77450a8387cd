-- Who made a change, by name as well as by login id: the name the caller's token gave
-- (name, else given and family name, else the username) when the change was made. Rows
-- written before have none; screens show their login id.
ALTER TABLE audit_entry ADD COLUMN actor_name text CHECK (length(actor_name) <= 200);

ALTER TABLE unsettled_state_policy ADD COLUMN updated_by_name text CHECK (length(updated_by_name) <= 200);

ALTER TABLE state_rule ADD COLUMN recorded_by_name text CHECK (length(recorded_by_name) <= 200);
