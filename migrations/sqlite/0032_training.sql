-- The training programme: modules per thematic area and people's enrolments, each holding the
-- pre- and post-self-assessment (one 1–5 rating per learning objective), the quiz's best score
-- and the digest of the certificate page's token. A module's lists (objectives, linked knowledge
-- items and sessions, languages, quiz) are JSON text: they are read and written with the
-- module, never searched on their own.
-- The PostgreSQL version of this file differs only in how ids are generated.

CREATE TABLE training_modules (
  id                INTEGER PRIMARY KEY,
  area              TEXT NOT NULL CHECK (area IN ('WG1', 'WG2', 'WG3', 'WG4', 'WG5', 'WG6')),
  title             TEXT NOT NULL,
  summary           TEXT NOT NULL DEFAULT '',
  objectives        TEXT NOT NULL DEFAULT '[]',
  materials         TEXT NOT NULL DEFAULT '',
  knowledge_items   TEXT NOT NULL DEFAULT '[]',
  sessions          TEXT NOT NULL DEFAULT '[]',
  languages         TEXT NOT NULL DEFAULT '[]',
  status            TEXT NOT NULL CHECK (status IN ('draft', 'published')),
  quiz              TEXT NOT NULL DEFAULT '[]',
  pass_mark         INTEGER NOT NULL CHECK (pass_mark BETWEEN 1 AND 100),
  sessions_required INTEGER NOT NULL DEFAULT 0 CHECK (sessions_required >= 0),
  created_by        BIGINT REFERENCES users (id) ON DELETE SET NULL,
  revision          INTEGER NOT NULL DEFAULT 1,
  created_at        BIGINT NOT NULL,
  updated_at        BIGINT NOT NULL
);

CREATE TABLE training_enrolments (
  id                 INTEGER PRIMARY KEY,
  module_id          BIGINT NOT NULL REFERENCES training_modules (id) ON DELETE CASCADE,
  user_id            BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name               TEXT NOT NULL,
  active             INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  enrolled_at        BIGINT NOT NULL,
  pre                TEXT NOT NULL DEFAULT '[]',
  pre_at             BIGINT NOT NULL DEFAULT 0,
  post               TEXT NOT NULL DEFAULT '[]',
  post_at            BIGINT NOT NULL DEFAULT 0,
  quiz_attempts      INTEGER NOT NULL DEFAULT 0,
  quiz_best          INTEGER NOT NULL DEFAULT 0,
  quiz_passed_at     BIGINT NOT NULL DEFAULT 0,
  completed_at       BIGINT NOT NULL DEFAULT 0,
  certificate_digest TEXT UNIQUE,
  UNIQUE (module_id, user_id)
);
