-- A status recorded by mistake is corrected by an explicit event naming who, why, and the
-- status before and after (issue 14); never by editing the appointment silently.
ALTER TABLE appointment_event DROP CONSTRAINT appointment_event_kind_check;
ALTER TABLE appointment_event ADD CONSTRAINT appointment_event_kind_check
    CHECK (kind IN ('BOOKED', 'RESCHEDULED', 'CANCELLED', 'CHECKED_IN', 'COMPLETED', 'NO_SHOW', 'CORRECTED'));
ALTER TABLE appointment_event ADD COLUMN status_before text, ADD COLUMN status_after text;
ALTER TABLE appointment_event ADD CONSTRAINT appointment_event_correction_check
    CHECK ((kind = 'CORRECTED') = (status_before IS NOT NULL AND status_after IS NOT NULL
                                   AND reason IS NOT NULL AND length(btrim(reason)) > 0));
