-- Delphi studies of the foresight programme: the study with its stop rules (fixed when round 1
-- opens), its statements, the invited panel, the rounds with the statements each asks, who
-- took part in a round, and the answers. Times are Unix seconds (UTC).
--
-- Anonymity: delphi_participation names the person and holds nothing answered, not even a
-- time; delphi_answers and delphi_respondents hold a respondent key (a keyed digest of study
-- and person whose key is not in the database) and no person and no time. The answer tables
-- are WITHOUT ROWID, so their rows sit in key order and not in the order they were written.
-- The PostgreSQL version of this file differs in how ids are generated, in the type of real
-- numbers and in WITHOUT ROWID (its heap keeps rows roughly in the order written, which only
-- someone reading the data files could use).

CREATE TABLE delphi_studies (
  id                INTEGER PRIMARY KEY,
  title             TEXT NOT NULL,
  description       TEXT NOT NULL DEFAULT '',
  scale_min         INTEGER NOT NULL,
  scale_max         INTEGER NOT NULL,
  iqr_max           REAL NOT NULL,
  agreement_from    INTEGER NOT NULL,
  agreement_percent REAL NOT NULL,
  horizon_iqr_max   REAL NOT NULL,
  stability_percent REAL NOT NULL,
  max_rounds        INTEGER NOT NULL CHECK (max_rounds BETWEEN 2 AND 6),
  horizon_from      INTEGER NOT NULL,
  horizon_to        INTEGER NOT NULL,
  organiser_id      BIGINT NOT NULL REFERENCES users (id),
  revision          INTEGER NOT NULL DEFAULT 1,
  created_at        BIGINT NOT NULL,
  updated_at        BIGINT NOT NULL,
  CHECK (scale_max > scale_min)
);

CREATE TABLE delphi_statements (
  id          INTEGER PRIMARY KEY,
  study_id    BIGINT NOT NULL REFERENCES delphi_studies (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('desirability', 'probability', 'importance', 'time_horizon')),
  text        TEXT NOT NULL,
  first_round INTEGER NOT NULL,
  UNIQUE (study_id, position)
);

CREATE TABLE delphi_panel (
  study_id   BIGINT NOT NULL REFERENCES delphi_studies (id) ON DELETE CASCADE,
  user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  area       TEXT NOT NULL DEFAULT '',
  invited_at BIGINT NOT NULL,
  PRIMARY KEY (study_id, user_id)
);

CREATE TABLE delphi_rounds (
  study_id  BIGINT NOT NULL REFERENCES delphi_studies (id) ON DELETE CASCADE,
  number    INTEGER NOT NULL CHECK (number >= 1),
  state     TEXT NOT NULL CHECK (state IN ('open', 'closed')),
  opened_at BIGINT NOT NULL,
  closes_at BIGINT NOT NULL DEFAULT 0,
  closed_at BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (study_id, number)
);
-- At most one open round per study.
CREATE UNIQUE INDEX delphi_rounds_one_open ON delphi_rounds (study_id) WHERE state = 'open';

CREATE TABLE delphi_round_statements (
  study_id     BIGINT NOT NULL,
  number       INTEGER NOT NULL,
  statement_id BIGINT NOT NULL REFERENCES delphi_statements (id) ON DELETE CASCADE,
  PRIMARY KEY (study_id, number, statement_id),
  FOREIGN KEY (study_id, number) REFERENCES delphi_rounds (study_id, number) ON DELETE CASCADE
);

CREATE TABLE delphi_participation (
  study_id BIGINT NOT NULL,
  number   INTEGER NOT NULL,
  user_id  BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (study_id, number, user_id),
  FOREIGN KEY (study_id, number) REFERENCES delphi_rounds (study_id, number) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE delphi_respondents (
  study_id          BIGINT NOT NULL REFERENCES delphi_studies (id) ON DELETE CASCADE,
  respondent        TEXT NOT NULL,
  country           TEXT NOT NULL DEFAULT '',
  organisation_type TEXT NOT NULL DEFAULT '',
  area              TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (study_id, respondent)
) WITHOUT ROWID;

CREATE TABLE delphi_answers (
  study_id     BIGINT NOT NULL,
  number       INTEGER NOT NULL,
  statement_id BIGINT NOT NULL REFERENCES delphi_statements (id) ON DELETE CASCADE,
  respondent   TEXT NOT NULL,
  rating       INTEGER,
  year         INTEGER,
  never        INTEGER NOT NULL DEFAULT 0 CHECK (never IN (0, 1)),
  argument     TEXT NOT NULL DEFAULT '',
  reason       TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (study_id, number, statement_id, respondent),
  FOREIGN KEY (study_id, number) REFERENCES delphi_rounds (study_id, number) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX delphi_answers_by_statement ON delphi_answers (statement_id);
