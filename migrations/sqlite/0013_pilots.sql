-- Pilot initiatives: a pilot with its texts per language, lead and participating
-- organisations, regions, thematic areas, the knowledge items it transfers and the learning
-- need it answers, its logframe, indicators with their values per reporting period,
-- milestones, risks, evaluations per stage with a score per OECD-DAC criterion, and the
-- modification requests on its approved baseline. Times are Unix seconds (UTC), dates
-- YYYY-MM-DD, money integer euro cents.
-- The PostgreSQL version of this file differs only in how ids are generated.

CREATE TABLE pilots (
  id                    INTEGER PRIMARY KEY,
  original_language     TEXT NOT NULL,
  lead_organisation_id  BIGINT NOT NULL REFERENCES organisations (id),
  status                TEXT NOT NULL CHECK (status IN ('planned', 'running', 'completed', 'stopped')),
  starts_on             TEXT NOT NULL,
  ends_on               TEXT NOT NULL,
  budget_cents          BIGINT NOT NULL CHECK (budget_cents >= 0),
  -- As first approved, kept once a modification changes them: NULL and '' until then.
  original_budget_cents BIGINT CHECK (original_budget_cents >= 0),
  original_ends_on      TEXT NOT NULL DEFAULT '',
  -- The learning need of an assessment it answers: a region's criterion (the framework's code).
  need_region_code      TEXT REFERENCES regions (code),
  need_criterion        TEXT,
  baseline_version      INTEGER NOT NULL DEFAULT 0 CHECK (baseline_version >= 0),  -- 0: a draft
  baseline_approved_at  BIGINT NOT NULL DEFAULT 0,
  revision              INTEGER NOT NULL CHECK (revision > 0),
  created_by            BIGINT REFERENCES users (id) ON DELETE SET NULL,
  created_at            BIGINT NOT NULL,
  updated_at            BIGINT NOT NULL,
  CHECK (starts_on <= ends_on),
  CHECK ((need_region_code IS NULL) = (need_criterion IS NULL))
);
CREATE INDEX pilots_by_start ON pilots (starts_on, id);
CREATE INDEX pilots_by_lead ON pilots (lead_organisation_id);

CREATE TABLE pilot_texts (
  pilot_id    BIGINT NOT NULL REFERENCES pilots (id) ON DELETE CASCADE,
  language    TEXT NOT NULL,
  position    INTEGER NOT NULL,                 -- as entered
  title       TEXT NOT NULL,
  summary     TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',         -- Markdown, as objectives
  objectives  TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (pilot_id, language)
);

CREATE TABLE pilot_participants (
  pilot_id        BIGINT NOT NULL REFERENCES pilots (id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  position        INTEGER NOT NULL,
  PRIMARY KEY (pilot_id, organisation_id)
);
CREATE INDEX pilot_participants_by_organisation ON pilot_participants (organisation_id);

CREATE TABLE pilot_regions (
  pilot_id    BIGINT NOT NULL REFERENCES pilots (id) ON DELETE CASCADE,
  region_code TEXT NOT NULL REFERENCES regions (code),
  position    INTEGER NOT NULL,
  PRIMARY KEY (pilot_id, region_code)
);
CREATE INDEX pilot_regions_by_region ON pilot_regions (region_code);

CREATE TABLE pilot_areas (
  pilot_id  BIGINT NOT NULL REFERENCES pilots (id) ON DELETE CASCADE,
  area_code TEXT NOT NULL REFERENCES thematic_areas (code),
  PRIMARY KEY (pilot_id, area_code)
);
CREATE INDEX pilot_areas_by_area ON pilot_areas (area_code);

-- A transfer leaves with its knowledge item: an item is deleted only by an administrator,
-- and a pilot must not keep pointing at nothing.
CREATE TABLE pilot_transfers (
  pilot_id             BIGINT NOT NULL REFERENCES pilots (id) ON DELETE CASCADE,
  item_id              BIGINT NOT NULL REFERENCES knowledge_items (id) ON DELETE CASCADE,
  from_region_code     TEXT REFERENCES regions (code),   -- NULL: the item's region
  from_organisation_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
  position             INTEGER NOT NULL,
  PRIMARY KEY (pilot_id, item_id)
);
CREATE INDEX pilot_transfers_by_item ON pilot_transfers (item_id);

-- overall objective -> specific objectives -> results -> activities, each entry below the
-- overall objective under the code of its parent.
CREATE TABLE pilot_logframe (
  id          INTEGER PRIMARY KEY,
  pilot_id    BIGINT NOT NULL REFERENCES pilots (id) ON DELETE CASCADE,
  level       TEXT NOT NULL CHECK (level IN ('overall_objective', 'specific_objective', 'result', 'activity')),
  code        TEXT NOT NULL,
  parent_code TEXT,
  body        TEXT NOT NULL,
  assumptions TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL,
  UNIQUE (pilot_id, code),
  CHECK ((level = 'overall_objective') = (parent_code IS NULL))
);

-- A baseline and a target are a value at a date. The target as first approved is kept beside
-- a target a modification changed. A "lower is better" indicator cannot be judged without a
-- baseline, so the database refuses one without.
CREATE TABLE pilot_indicators (
  id                    INTEGER PRIMARY KEY,
  pilot_id              BIGINT NOT NULL REFERENCES pilots (id) ON DELETE CASCADE,
  code                  TEXT NOT NULL,
  name                  TEXT NOT NULL,
  kind                  TEXT NOT NULL CHECK (kind IN ('output', 'result', 'impact')),
  unit                  TEXT NOT NULL CHECK (unit IN ('count', 'people', 'organisations', 'companies', 'events',
                                                      'documents', 'percent', 'euro', 'days', 'hours', 'score')),
  direction             TEXT NOT NULL CHECK (direction IN ('higher_is_better', 'lower_is_better')),
  baseline_value        DOUBLE PRECISION,
  baseline_on           TEXT,
  target_value          DOUBLE PRECISION NOT NULL,
  target_on             TEXT NOT NULL,
  original_target_value DOUBLE PRECISION,
  original_target_on    TEXT,
  source                TEXT NOT NULL DEFAULT '',
  logframe_code         TEXT,                   -- the logframe entry it measures
  position              INTEGER NOT NULL,
  UNIQUE (pilot_id, code),
  CHECK ((baseline_value IS NULL) = (baseline_on IS NULL)),
  CHECK ((original_target_value IS NULL) = (original_target_on IS NULL)),
  CHECK (direction = 'higher_is_better' OR baseline_value IS NOT NULL)
);
CREATE INDEX pilot_indicators_by_pilot ON pilot_indicators (pilot_id, position);

-- One value per indicator and reporting period. The period is not a foreign key: periods'
-- dates may be set again, and the values recorded for them must stay.
CREATE TABLE pilot_indicator_values (
  indicator_id BIGINT NOT NULL REFERENCES pilot_indicators (id) ON DELETE CASCADE,
  period       INTEGER NOT NULL CHECK (period >= 1),
  value        DOUBLE PRECISION NOT NULL,
  evidence     TEXT NOT NULL DEFAULT '',       -- an address or a short description of the document
  comment      TEXT NOT NULL DEFAULT '',
  recorded_by  BIGINT REFERENCES users (id) ON DELETE SET NULL,
  recorded_at  BIGINT NOT NULL,
  PRIMARY KEY (indicator_id, period)
);

CREATE TABLE pilot_milestones (
  id         INTEGER PRIMARY KEY,
  pilot_id   BIGINT NOT NULL REFERENCES pilots (id) ON DELETE CASCADE,
  title      TEXT NOT NULL,
  due_on     TEXT NOT NULL,
  status     TEXT NOT NULL CHECK (status IN ('open', 'reached', 'missed')),
  reached_on TEXT NOT NULL DEFAULT '',          -- '' until reached
  note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pilot_milestones_by_pilot ON pilot_milestones (pilot_id, due_on);

CREATE TABLE pilot_risks (
  id          INTEGER PRIMARY KEY,
  pilot_id    BIGINT NOT NULL REFERENCES pilots (id) ON DELETE CASCADE,
  description TEXT NOT NULL,
  likelihood  TEXT NOT NULL CHECK (likelihood IN ('low', 'medium', 'high')),
  impact      TEXT NOT NULL CHECK (impact IN ('low', 'medium', 'high')),
  mitigation  TEXT NOT NULL DEFAULT '',
  status      TEXT NOT NULL CHECK (status IN ('open', 'closed'))
);
CREATE INDEX pilot_risks_by_pilot ON pilot_risks (pilot_id, id);

-- One evaluation per stage, a score of 1-5 and a narrative per OECD-DAC criterion.
CREATE TABLE pilot_evaluations (
  id           INTEGER PRIMARY KEY,
  pilot_id     BIGINT NOT NULL REFERENCES pilots (id) ON DELETE CASCADE,
  stage        TEXT NOT NULL CHECK (stage IN ('mid_term', 'final')),
  lessons      TEXT NOT NULL DEFAULT '',        -- Markdown
  result       TEXT NOT NULL DEFAULT '',
  evaluator_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
  evaluated_at BIGINT NOT NULL,
  UNIQUE (pilot_id, stage)
);

CREATE TABLE pilot_evaluation_scores (
  evaluation_id BIGINT NOT NULL REFERENCES pilot_evaluations (id) ON DELETE CASCADE,
  criterion     TEXT NOT NULL CHECK (criterion IN ('relevance', 'coherence', 'effectiveness', 'efficiency',
                                                   'impact', 'sustainability')),
  score         INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  narrative     TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (evaluation_id, criterion)
);

-- A change to an approved baseline: new targets, budget, end date and/or a whole new logframe
-- (changes_logframe = 1, its entries in pilot_modification_logframe). An approved one made
-- baseline version `version`.
CREATE TABLE pilot_modifications (
  id               INTEGER PRIMARY KEY,
  pilot_id         BIGINT NOT NULL REFERENCES pilots (id) ON DELETE CASCADE,
  reason           TEXT NOT NULL,
  budget_cents     BIGINT CHECK (budget_cents >= 0),  -- NULL: unchanged, as ends_on
  ends_on          TEXT,
  changes_logframe INTEGER NOT NULL DEFAULT 0 CHECK (changes_logframe IN (0, 1)),
  status           TEXT NOT NULL CHECK (status IN ('requested', 'approved', 'rejected')),
  requested_by     BIGINT REFERENCES users (id) ON DELETE SET NULL,
  requested_at     BIGINT NOT NULL,
  decided_by       BIGINT REFERENCES users (id) ON DELETE SET NULL,
  decision_note    TEXT NOT NULL DEFAULT '',
  decided_at       BIGINT NOT NULL DEFAULT 0,   -- 0 while requested
  version          INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
  CHECK (status = 'approved' OR version = 0)
);
CREATE INDEX pilot_modifications_by_pilot ON pilot_modifications (pilot_id, id);

CREATE TABLE pilot_modification_targets (
  modification_id BIGINT NOT NULL REFERENCES pilot_modifications (id) ON DELETE CASCADE,
  indicator_code  TEXT NOT NULL,
  position        INTEGER NOT NULL,
  target_value    DOUBLE PRECISION NOT NULL,
  target_on       TEXT NOT NULL,
  PRIMARY KEY (modification_id, indicator_code)
);

-- The whole new logframe a modification asks for, in its order (ordinal).
CREATE TABLE pilot_modification_logframe (
  modification_id BIGINT NOT NULL REFERENCES pilot_modifications (id) ON DELETE CASCADE,
  ordinal         INTEGER NOT NULL,
  entry_id        BIGINT NOT NULL DEFAULT 0,    -- the entry's id in the logframe it was copied from, 0 for a new one
  level           TEXT NOT NULL CHECK (level IN ('overall_objective', 'specific_objective', 'result', 'activity')),
  code            TEXT NOT NULL,
  parent_code     TEXT,
  body            TEXT NOT NULL,
  assumptions     TEXT NOT NULL DEFAULT '',
  position        INTEGER NOT NULL,
  PRIMARY KEY (modification_id, ordinal),
  UNIQUE (modification_id, code),
  CHECK ((level = 'overall_objective') = (parent_code IS NULL))
);
