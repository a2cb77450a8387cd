-- Each daily at-risk run records the window it covered (fixed at its start) next to how
-- many visits it evaluated. Runs recorded before this column existed have no window.
ALTER TABLE at_risk_run
    ADD COLUMN window_from timestamptz,
    ADD COLUMN window_to   timestamptz,
    ADD CONSTRAINT at_risk_run_window CHECK ((window_from IS NULL) = (window_to IS NULL)
        AND (window_from IS NULL OR window_from < window_to));
