-- Delphi studies: expertise self-ratings, automatic reminders and scenarios.
--
-- delphi_answers.expertise: the panellist's own rating of their expertise on the statement
-- (1–5), kept with the answer under the respondent key like the rest of it.
--
-- delphi_reminders: that a panellist was reminded of a round by the hourly mail round, so that
-- each is reminded once per round. Like delphi_participation it names the person and holds
-- nothing answered, and no time.
--
-- Scenarios of a finished study: one frame per study with its two axes (each a key uncertainty
-- with its two poles), the drivers and uncertainties picked from the statements, a narrative
-- per quadrant and the statements behind each. The frame is saved whole as a new revision.

ALTER TABLE delphi_answers ADD COLUMN expertise INTEGER CHECK (expertise BETWEEN 1 AND 5);

CREATE TABLE delphi_reminders (
  study_id BIGINT NOT NULL,
  number   INTEGER NOT NULL,
  user_id  BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (study_id, number, user_id),
  FOREIGN KEY (study_id, number) REFERENCES delphi_rounds (study_id, number) ON DELETE CASCADE
);

CREATE TABLE delphi_scenario_frames (
  study_id    BIGINT PRIMARY KEY REFERENCES delphi_studies (id) ON DELETE CASCADE,
  x_statement BIGINT NOT NULL REFERENCES delphi_statements (id) ON DELETE CASCADE,
  x_low       TEXT NOT NULL,
  x_high      TEXT NOT NULL,
  y_statement BIGINT NOT NULL REFERENCES delphi_statements (id) ON DELETE CASCADE,
  y_low       TEXT NOT NULL,
  y_high      TEXT NOT NULL,
  revision    INTEGER NOT NULL DEFAULT 1,
  updated_at  BIGINT NOT NULL,
  CHECK (x_statement <> y_statement)
);

CREATE TABLE delphi_scenario_factors (
  study_id     BIGINT NOT NULL REFERENCES delphi_scenario_frames (study_id) ON DELETE CASCADE,
  statement_id BIGINT NOT NULL REFERENCES delphi_statements (id) ON DELETE CASCADE,
  role         TEXT NOT NULL CHECK (role IN ('driver', 'uncertainty')),
  position     INTEGER NOT NULL,
  PRIMARY KEY (study_id, statement_id)
);

CREATE TABLE delphi_scenarios (
  study_id  BIGINT NOT NULL REFERENCES delphi_scenario_frames (study_id) ON DELETE CASCADE,
  quadrant  TEXT NOT NULL CHECK (quadrant IN ('high_high', 'low_high', 'low_low', 'high_low')),
  title     TEXT NOT NULL,
  narrative TEXT NOT NULL,
  PRIMARY KEY (study_id, quadrant)
);

CREATE TABLE delphi_scenario_evidence (
  study_id     BIGINT NOT NULL,
  quadrant     TEXT NOT NULL,
  statement_id BIGINT NOT NULL REFERENCES delphi_statements (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  PRIMARY KEY (study_id, quadrant, statement_id),
  FOREIGN KEY (study_id, quadrant) REFERENCES delphi_scenarios (study_id, quadrant) ON DELETE CASCADE
);
