-- The second edition of the state rules: the December 2026 survey
-- (shared/data/dry-needling-state-conditions-2026-12.csv) found sourced conditions, or an
-- explicit finding that no fixed standard is known, for 17 states the January 2026 seed
-- recorded without conditions. Each becomes a new version taking effect on 2026-12-02, the
-- day these conditions became known here; the first edition's versions stay as they were
-- (the table is append-only), so past decisions remain explainable.

-- Provenance of a version. NULL on versions recorded before it was kept (the first
-- edition rated nothing and recorded no research date).
--   confidence          HIGH: the rule or the board's own page; MEDIUM: a reputable secondary
--                       source quoting it; LOW: the rule exists but its text was not found
--   researched_on       the day the source was read
--   law_effective_from  the day the law itself took effect, where the sources give it (the
--                       version's effective_from is when the practice started applying it)
--   minimums_known      whether the version states a fixed minimum (years licensed, training
--                       hours or supervised sessions); false: no fixed minimum is known, and
--                       the note says why
ALTER TABLE state_rule
    ADD COLUMN confidence         text CHECK (confidence IN ('HIGH', 'MEDIUM', 'LOW')),
    ADD COLUMN researched_on      date,
    ADD COLUMN law_effective_from date,
    ADD COLUMN minimums_known     boolean,
    ADD CONSTRAINT state_rule_minimums_known_check CHECK (minimums_known IS NULL
        OR minimums_known = (min_years_licensed IS NOT NULL OR min_training_hours IS NOT NULL
            OR min_supervised_sessions IS NOT NULL));

-- Copied from the survey file: its effective_from (a legal date, given for MD and SD) goes
-- to law_effective_from; conditions it does not give are NULL, empty flags false.
INSERT INTO state_rule (state, status, effective_from, min_years_licensed, min_training_hours,
        min_supervised_sessions, registration_required, written_consent_required, minimums_known, confidence,
        researched_on, law_effective_from, source, note) VALUES
    ('AK', 'PERMITTED', DATE '2026-12-02', NULL, NULL, NULL, false, false, false, 'MEDIUM', DATE '2026-12-02', NULL,
     'masterdryneedling.com/scope-of-practice-for-pts (paraphrase of AK board letter of 2012-04-24; page undated)',
     'No fixed training standard found: board will not address specific treatment approaches; PT must be competent and is accountable for showing competence if there is a complaint. Low-medium confidence (CE provider paraphrase).'),
    ('AL', 'PERMITTED', DATE '2026-12-02', NULL, NULL, NULL, false, false, false, 'MEDIUM', DATE '2026-12-02', NULL,
     'masterdryneedling.com/scope-of-practice-for-pts (cites AL board minutes 2007-10-23; page undated)',
     'Only a scope finding (board minutes: dry needling within PT scope); no conditions found.'),
    ('IA', 'PERMITTED', DATE '2026-12-02', NULL, NULL, NULL, false, false, false, 'MEDIUM', DATE '2026-12-02', NULL,
     'kinetacore.com/about/scope-of-practice/iowa (quotes June 2012 board statement; undated page); Iowa Ct. App. No. 16-1902 (2018-01-10) via cetient.com; iaoma.org/dn-resource-iowa-dry-needling',
     'No fixed requirements: board says DN is an advanced skill needing training beyond entry level and shown competence, but has no official policy; appeals court upheld board''s declaratory order (Iowa Code 148A.1(1)(b)). Acupuncture association says no training requirement exists.'),
    ('ID', 'PERMITTED', DATE '2026-12-02', NULL, NULL, NULL, false, false, false, 'LOW', DATE '2026-12-02', NULL,
     'Idaho Code 54-2203(5) (legislature.idaho.gov, undated); ptidaho.org (IPTA, undated, c. 2018)',
     'HB 505 (2018) put DN in the practice act; IPTA reported the board said PTs must not dry needle until board rules exist (expected 2019). Rule text (IDAPA 24.13.01) NOT found - conditions unknown; verify with the board.'),
    ('IL', 'PERMITTED', DATE '2026-12-02', NULL, 84, NULL, false, false, true, 'HIGH', DATE '2026-12-02', NULL,
     '225 ILCS 90/1.5 (added by P.A. 100-0418, 2017) at ilga.gov (undated); IPTA news 2018-03-12 (proposed rules 68 Ill. Adm. Code 1340, Ill. Reg. 2018-02-23)',
     '84 = 30 h didactic DN coursework + 54 h DN practicum (FSBPT-approved or equivalent), stated separately in statute; plus 50 h prior instruction in MSK/neuromuscular, pain mechanisms, trigger point theory, universal precautions. Remaining conditions of 1.5(b) not retrieved (truncated). ilga.gov marks the section ''scheduled to be repealed on January 1, 2026'' (PT Act sunset) - extension not verified.'),
    ('KY', 'PERMITTED', DATE '2026-12-02', NULL, NULL, NULL, false, false, false, 'HIGH', DATE '2026-12-02', NULL,
     'Ky. OAG 13-010 (2013) at kyopengov.org; KY Board of PT Opinion and Declaratory Ruling 2010-03-18 (as quoted in the OAG)',
     'No fixed requirements found: board ruling says PT may dry needle if competent; AG (2013) agreed and encouraged the board to set fixed education/safety standards. No later KY rule found.'),
    ('LA', 'PERMITTED', DATE '2026-12-02', 2, 50, NULL, true, false, true, 'HIGH', DATE '2026-12-02', NULL,
     'laptboard.org/index.cfm/page/23 (LA PT Board dry needling page, undated); LAC 46:LIV §§123, 311 (rules as amended through 2019-09-20)',
     '2 years'' experience as licensed PT BEFORE starting DN education; >=50 h face-to-face instruction in board-approved course(s). Registration = notify board with certificate after each course and sign/return ''Dry Needling Acknowledgement''; board must hold one for every PT practising DN. Consent rules (therapycomply lists an ''Informed Consent'' item) not retrieved.'),
    ('MD', 'PERMITTED', DATE '2026-12-02', 2, 80, NULL, true, true, true, 'MEDIUM', DATE '2026-12-02', DATE '2018-10-01',
     'COMAR 10.38.12 via myopainseminars.com/resources/us-rulings/maryland (undated) and blog ''Update on the Maryland DN Regulations'' (Nov 2023); Md. Register 45:12 (2018-06-08) proposal 18-144-P; MD board newsletter (Jan 2018); myopainseminars ''Legislative News - December 2025''',
     '2 yrs practice before DN; 80 h = 40 h theory (in person or real-time interactive) + 40 h practical; no DN at all before 80 h; registration with board (effective date moved from 2018-06-19 to 2018-10-01 per Md. Register; Jan 2018 newsletter said 2019-01-01). Written consent value inferred from myopain''s Dec 2025 note that a proposed amendment would make it ''no longer required''. PENDING (comments closed 2025-12-05): drop 2-yr wait, cut live theory to 10 h, provisional registration after 10+10 h, drop written consent - adoption not confirmed.'),
    ('MS', 'PERMITTED', DATE '2026-12-02', NULL, NULL, NULL, false, false, false, 'LOW', DATE '2026-12-02', NULL,
     'MS PT board regulation as quoted at onetonline.org/link/licenseinfo?id=28-219312021 (undated, truncated); MS acupuncture council position paper 2012-09-25 (doczz.net)',
     'Board rule allows ''intramuscular manual therapy'' (filiform needle no larger than 25 gauge) by PTs who meet listed criteria; criteria text NOT retrieved. Rule effective 2012-09-10 per acupuncture council paper. Do not use the MS OT rule (3 yrs/50 h) for PTs.'),
    ('MT', 'PERMITTED', DATE '2026-12-02', NULL, NULL, NULL, false, false, false, 'HIGH', DATE '2026-12-02', NULL,
     'ARM 24.177.413 (regulations.justia.com, current through 2024-03-22); MAR Notice 24-177-33 adoption (2016-09-23)',
     'No hour/year minimum. Training must meet APTA CE quality standards and/or FSBPT continuing-competence standards; initial training must include hands-on training plus written and practical exams; not delegable; written proof of training on board request.'),
    ('NC', 'PERMITTED', DATE '2026-12-02', NULL, NULL, NULL, false, false, false, 'MEDIUM', DATE '2026-12-02', NULL,
     'myopainseminars.com blog ''Physical Therapy Dry Needling in North Carolina'' (on NCBPTE position statement of June 2024) and /us-rulings/north-carolina (undated); kinetacore.com NC page (undated)',
     'No binding requirements (no NC regulation). June 2024 board position ''strongly encourages'' self-attestation of competence, informed consent, ''advanced training'', keeping proof of training; perineural DN ruled outside PT scope (2024-03-09). Older: June 2012 guideline of 54 face-to-face hours, replaced by Jan 2015 notice that no regulation sets requirements.'),
    ('NE', 'PERMITTED', DATE '2026-12-02', NULL, NULL, NULL, false, false, false, 'MEDIUM', DATE '2026-12-02', NULL,
     'myopainseminars.com/resources/us-rulings/nebraska (undated); Neb. AGO 16-9 (2016-07-08) via us.vlex.com',
     'No fixed requirements: board (June 2011) - PT may dry needle if competent; not PTAs. AG 2016: DN not defined in NE statute or rule; reasonable argument it is within PT scope.'),
    ('NM', 'PERMITTED', DATE '2026-12-02', NULL, NULL, NULL, false, false, false, 'LOW', DATE '2026-12-02', NULL,
     '16.20.13.8 NMAC; NM Register XXXVI/11 (2025-06-10) and XXXVI/19 (2025-10-07) rule-hearing notices',
     'A board rule ''Requirements for Physical Therapist to Provide Dry Needling'' exists and was under amendment in 2025 (hearing 2025-11-10, new number 16.020.0013 NMAC). Its text/hours were NOT retrieved - verify current rule.'),
    ('NV', 'PERMITTED', DATE '2026-12-02', NULL, 150, NULL, true, false, true, 'HIGH', DATE '2026-12-02', NULL,
     'ptboard.nv.gov/Licensure/Dry_Needling (NV PT Board, undated; cites LCB File R054-19 approved 2020-06-05); myopainseminars.com/resources/us-rulings/nevada',
     '>=150 h didactic education and training in DN, incl. >=25 h in a postgraduate course with in-person written and practical exams; documented proof must be submitted to the board before providing DN. NRS 640.014 definition excludes needle retention and auricular/non-local points.'),
    ('SD', 'PERMITTED', DATE '2026-12-02', NULL, NULL, NULL, false, false, false, 'HIGH', DATE '2026-12-02', DATE '2018-08-01',
     'SDCL 36-10-52; ARSD 20:66:04:02 (sdlegislature.gov, source note 45 SDR 9 eff 2018-08-01, 50 SDR 66 eff 2023-12-03; Cornell LII; casetext current through 2024-06-24)',
     'Course of study approved by the board (16 listed topics); majority in person (not entirely online); DN only on body regions covered by the course; board may require proof of the course. sdlegislature.gov version adds practical hands-on evaluation + written exam (other copies omit this). No hour or year minimum.'),
    ('TN', 'PERMITTED', DATE '2026-12-02', 1, 24, NULL, false, false, true, 'MEDIUM', DATE '2026-12-02', NULL,
     'therapycomply.com/Tennessee-PT-Dry-Needling (undated); Tenn. Comp. R. & Regs. 1150-01-.22 Dry Needling (text via xcelitebulletmagnetic.pages.dev/861806.html, low; rule number from TN rules TOC, June 2016 rev., fdocuments.net); T.C.A. HB 25 (2015) eff 2015-07-01 per myopainseminars',
     '24 h DN-specific instruction + 50 h foundational instruction (usually met in PT school), all in person (no online/video). Newly licensed PT may not dry needle for 1 yr after initial licensure unless pre-licensure coursework meets the rule. Courses need board pre-approval; out-of-state coursework needs board approval before practice. Not delegable. First-time DN patients must get written information (definition, PT''s training...) - whether signed consent is required was not retrieved.'),
    ('WY', 'PERMITTED', DATE '2026-12-02', NULL, NULL, NULL, false, false, false, 'LOW', DATE '2026-12-02', NULL,
     'physicaltherapy.wyo.gov (board home page; ''Policy on Dry Needling'' adopted 2016-04-01)',
     'A board dry needling policy exists (adopted 2016-04-01); its content was NOT retrieved - verify with the board.');
