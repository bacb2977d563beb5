-- The partnership's own monitoring: the reporting periods' report due dates, the work plan's
-- activities (texts, areas, responsible partners, periods), its baseline and modification
-- requests, partners' progress reports with their activity lines and attachments, planned
-- amounts, monthly exchange rates, spending entries with the controller's verification,
-- project indicator targets and the reminders already sent. Money is in integer cents of its
-- currency; times are Unix seconds (UTC), dates YYYY-MM-DD.
-- The PostgreSQL version of this file differs in how ids are generated and in how the report
-- due date's check is added to the existing table.

-- The periods stay the platform's one list (assessments and pilots refer to them). A period
-- counts for monitoring once its report due date is set: the reference data ships the dates
-- alone, and the work plan (or the lead partner) sets them with the due dates.
ALTER TABLE reporting_periods ADD COLUMN report_due TEXT NOT NULL DEFAULT ''
  CHECK (report_due = '' OR report_due >= ends_on);

CREATE TABLE monitoring_activities (
  id           INTEGER PRIMARY KEY,
  code         TEXT NOT NULL UNIQUE CHECK (code <> ''),   -- M1, C2, T3.1
  kind         TEXT NOT NULL CHECK (kind IN ('activity', 'deliverable')),
  phase        TEXT NOT NULL CHECK (phase IN ('management', 'communication', 'platform', 'analysis', 'learning',
                                              'testing', 'joint_action')),
  due          TEXT NOT NULL DEFAULT '',
  original_due TEXT NOT NULL DEFAULT '',                   -- as approved, when a modification changed it
  status       TEXT NOT NULL CHECK (status IN ('not_started', 'on_track', 'at_risk', 'delayed', 'done', 'cancelled')),
  progress     INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
  status_note  TEXT NOT NULL DEFAULT '',
  updated_at   BIGINT NOT NULL
);

CREATE TABLE monitoring_activity_texts (
  activity_id BIGINT NOT NULL REFERENCES monitoring_activities (id) ON DELETE CASCADE,
  language    TEXT NOT NULL,
  position    INTEGER NOT NULL,                            -- as entered (English first)
  title       TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',                    -- Markdown
  PRIMARY KEY (activity_id, language)
);

-- No row: a horizontal activity (every area).
CREATE TABLE monitoring_activity_areas (
  activity_id BIGINT NOT NULL REFERENCES monitoring_activities (id) ON DELETE CASCADE,
  area_code   TEXT NOT NULL REFERENCES thematic_areas (code),
  PRIMARY KEY (activity_id, area_code)
);

CREATE TABLE monitoring_activity_responsible (
  activity_id     BIGINT NOT NULL REFERENCES monitoring_activities (id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  position        INTEGER NOT NULL,
  PRIMARY KEY (activity_id, organisation_id)
);
CREATE INDEX monitoring_activity_responsible_by_organisation ON monitoring_activity_responsible (organisation_id);

-- The periods an activity runs in ('current'), and those approved ('original') once a
-- modification changed them.
CREATE TABLE monitoring_activity_periods (
  activity_id BIGINT NOT NULL REFERENCES monitoring_activities (id) ON DELETE CASCADE,
  plan        TEXT NOT NULL CHECK (plan IN ('current', 'original')),
  period      INTEGER NOT NULL REFERENCES reporting_periods (number),
  PRIMARY KEY (activity_id, plan, period)
);

-- One row: the approved versions of the work plan and the budget (0: draft).
CREATE TABLE monitoring_baseline (
  id                    INTEGER PRIMARY KEY CHECK (id = 1),
  work_plan_version     INTEGER NOT NULL CHECK (work_plan_version >= 0),
  work_plan_approved_at BIGINT NOT NULL,
  budget_version        INTEGER NOT NULL CHECK (budget_version >= 0),
  budget_approved_at    BIGINT NOT NULL
);
INSERT INTO monitoring_baseline (id, work_plan_version, work_plan_approved_at, budget_version, budget_approved_at)
VALUES (1, 0, 0, 0, 0);

CREATE TABLE monitoring_plan_changes (
  id            INTEGER PRIMARY KEY,
  part          TEXT NOT NULL CHECK (part IN ('work_plan', 'budget')),
  reason        TEXT NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('requested', 'approved', 'rejected')),
  requested_by  BIGINT REFERENCES users (id) ON DELETE SET NULL,
  requested_at  BIGINT NOT NULL,
  decided_by    BIGINT REFERENCES users (id) ON DELETE SET NULL,
  decision_note TEXT NOT NULL DEFAULT '',
  decided_at    BIGINT NOT NULL DEFAULT 0,                 -- 0 until decided
  version       INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0)
);

-- A requested change of an activity, by its code (the request is a record: it stays even if
-- the activity is later renamed).
CREATE TABLE monitoring_plan_change_activities (
  change_id     BIGINT NOT NULL REFERENCES monitoring_plan_changes (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  activity_code TEXT NOT NULL,
  due           TEXT NOT NULL DEFAULT '',
  periods       TEXT NOT NULL DEFAULT '',                  -- ascending numbers, comma-separated
  PRIMARY KEY (change_id, position)
);

CREATE TABLE monitoring_plan_change_amounts (
  change_id       BIGINT NOT NULL REFERENCES monitoring_plan_changes (id) ON DELETE CASCADE,
  position        INTEGER NOT NULL,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  category        TEXT NOT NULL CHECK (category IN ('staff', 'office', 'travel', 'external_expertise', 'equipment',
                                                    'infrastructure')),
  period          INTEGER NOT NULL REFERENCES reporting_periods (number),
  euro_cents      BIGINT NOT NULL CHECK (euro_cents >= 0),
  PRIMARY KEY (change_id, position)
);

-- One report per partner and period.
CREATE TABLE monitoring_reports (
  id              INTEGER PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  period          INTEGER NOT NULL REFERENCES reporting_periods (number),
  status          TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'returned')),
  activities_done TEXT NOT NULL DEFAULT '',                -- Markdown, as the three below
  outputs         TEXT NOT NULL DEFAULT '',
  problems        TEXT NOT NULL DEFAULT '',
  next_steps      TEXT NOT NULL DEFAULT '',
  review_note     TEXT NOT NULL DEFAULT '',
  submitted_by    BIGINT REFERENCES users (id) ON DELETE SET NULL,
  submitted_at    BIGINT NOT NULL DEFAULT 0,               -- 0 until submitted
  reviewed_by     BIGINT REFERENCES users (id) ON DELETE SET NULL,
  reviewed_at     BIGINT NOT NULL DEFAULT 0,               -- 0 until reviewed
  revision        INTEGER NOT NULL CHECK (revision > 0),
  updated_at      BIGINT NOT NULL,
  UNIQUE (organisation_id, period)
);
CREATE INDEX monitoring_reports_by_period ON monitoring_reports (period, status);

CREATE TABLE monitoring_report_activities (
  report_id   BIGINT NOT NULL REFERENCES monitoring_reports (id) ON DELETE CASCADE,
  activity_id BIGINT NOT NULL REFERENCES monitoring_activities (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  progress    INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
  note        TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (report_id, activity_id)
);
CREATE INDEX monitoring_report_activities_by_activity ON monitoring_report_activities (activity_id);

-- The bytes are in the content store (as knowledge attachments' are), by their SHA-256.
CREATE TABLE monitoring_report_attachments (
  report_id  BIGINT NOT NULL REFERENCES monitoring_reports (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  file_name  TEXT NOT NULL,
  sha256     TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size       BIGINT NOT NULL CHECK (size >= 0),
  PRIMARY KEY (report_id, position)
);
CREATE INDEX monitoring_report_attachments_by_sha256 ON monitoring_report_attachments (sha256);

-- Planned amounts in euro cents; original_cents is the approved amount once a modification
-- changed it.
CREATE TABLE monitoring_planned (
  organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  category        TEXT NOT NULL CHECK (category IN ('staff', 'office', 'travel', 'external_expertise', 'equipment',
                                                    'infrastructure')),
  period          INTEGER NOT NULL REFERENCES reporting_periods (number),
  euro_cents      BIGINT NOT NULL CHECK (euro_cents >= 0),
  original_cents  BIGINT CHECK (original_cents >= 0),
  PRIMARY KEY (organisation_id, category, period)
);

-- The programme's monthly rates: units of the currency for one euro.
CREATE TABLE monitoring_rates (
  currency TEXT NOT NULL CHECK (currency IN ('EUR', 'RON', 'HUF', 'BGN', 'RSD', 'ALL', 'MKD', 'BAM', 'MDL', 'UAH')),
  month    TEXT NOT NULL CHECK (length(month) = 7),        -- YYYY-MM
  per_euro DOUBLE PRECISION NOT NULL CHECK (per_euro > 0),
  PRIMARY KEY (currency, month),
  CHECK (currency <> 'EUR' OR per_euro = 1)
);

-- An expense in its currency (VAT included), with the rate and euro amount fixed when the
-- partner's report is submitted, the fields a first-level controller asks for, and the
-- controller's verification.
CREATE TABLE monitoring_spending (
  id                    INTEGER PRIMARY KEY,
  organisation_id       BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  category              TEXT NOT NULL CHECK (category IN ('staff', 'office', 'travel', 'external_expertise',
                                                          'equipment', 'infrastructure')),
  period                INTEGER NOT NULL REFERENCES reporting_periods (number),
  spent_on              TEXT NOT NULL,
  description           TEXT NOT NULL,
  amount_cents          BIGINT NOT NULL CHECK (amount_cents > 0),
  currency              TEXT NOT NULL CHECK (currency IN ('EUR', 'RON', 'HUF', 'BGN', 'RSD', 'ALL', 'MKD', 'BAM',
                                                          'MDL', 'UAH')),
  vat_cents             BIGINT NOT NULL CHECK (vat_cents >= 0),
  rate                  DOUBLE PRECISION CHECK (rate > 0),   -- NULL until fixed, with euro_cents
  euro_cents            BIGINT CHECK (euro_cents >= 0),
  invoice_number        TEXT NOT NULL DEFAULT '',
  invoice_date          TEXT NOT NULL DEFAULT '',
  payment_date          TEXT NOT NULL DEFAULT '',
  procurement_reference TEXT NOT NULL DEFAULT '',
  cofinancing           TEXT NOT NULL DEFAULT '',
  document              TEXT NOT NULL DEFAULT '',
  attachment_name       TEXT,                                -- NULL without an attachment, as the three below
  attachment_sha256     TEXT,
  attachment_media_type TEXT,
  attachment_size       BIGINT CHECK (attachment_size >= 0),
  verification          TEXT NOT NULL CHECK (verification IN ('pending', 'verified', 'ineligible')),
  verified_cents        BIGINT CHECK (verified_cents >= 0),
  controller_note       TEXT NOT NULL DEFAULT '',
  verified_by           BIGINT REFERENCES users (id) ON DELETE SET NULL,
  verified_at           BIGINT NOT NULL DEFAULT 0,
  entered_by            BIGINT REFERENCES users (id) ON DELETE SET NULL,
  entered_at            BIGINT NOT NULL,
  CHECK (vat_cents <= amount_cents),
  CHECK ((rate IS NULL) = (euro_cents IS NULL)),
  CHECK (verified_cents IS NULL OR (euro_cents IS NOT NULL AND verified_cents <= euro_cents)),
  CHECK ((attachment_sha256 IS NULL) = (attachment_name IS NULL))
);
CREATE INDEX monitoring_spending_by_period ON monitoring_spending (period, organisation_id, spent_on);

-- Targets of the project indicators, with the programme's common indicator where one
-- corresponds (RCO 87, RCR 79 …).
CREATE TABLE monitoring_targets (
  measured       TEXT PRIMARY KEY CHECK (measured IN ('practices_published', 'assessments_published',
                                                      'pilots_running', 'pilots_completed',
                                                      'organisations_cooperating', 'active_members',
                                                      'joint_solutions', 'action_plans')),
  position       INTEGER NOT NULL,
  target         BIGINT NOT NULL CHECK (target >= 0),
  programme_code TEXT NOT NULL DEFAULT ''
);

-- Each reminder goes out once: its key ("report:3:12:due-7") is kept when it is queued.
CREATE TABLE monitoring_reminders (
  reminder_key TEXT PRIMARY KEY,
  sent_at      BIGINT NOT NULL
);
