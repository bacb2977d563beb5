-- Co-drafting the joint plans (domain/plans): a plan's sections and paragraphs as they stand
-- (each paragraph with a revision that grows with every accepted change, so a suggestion knows
-- which text it was written on), every version's whole text as Markdown, the suggestions with
-- their supporters, and the steering committee's votes with one ballot per member organisation.
-- Times are Unix seconds.
-- The PostgreSQL version of this file differs only in how ids are generated.
CREATE TABLE plans (
  id                INTEGER PRIMARY KEY,
  title             TEXT NOT NULL,
  kind              TEXT NOT NULL CHECK (kind IN ('joint_strategic_plan', 'sustainability_plan', 'initiative_charter', 'regional_action_plan')),
  editor_group      TEXT NOT NULL CHECK (editor_group IN ('WG1', 'WG2', 'WG3', 'WG4', 'WG5', 'WG6', 'SC', 'STC')),
  languages         TEXT NOT NULL,  -- language codes separated by commas
  state             TEXT NOT NULL CHECK (state IN ('drafting', 'voting', 'approved')),
  version           INTEGER NOT NULL,
  published_version INTEGER NOT NULL DEFAULT 0,
  created_at        BIGINT NOT NULL,
  phase_opens       TEXT NOT NULL DEFAULT '',  -- YYYY-MM-DD; '' while suggestions are open at any time
  phase_closes      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE plan_sections (
  id       INTEGER PRIMARY KEY,
  plan_id  BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  heading  TEXT NOT NULL
);
CREATE INDEX plan_sections_by_plan ON plan_sections (plan_id, position);

CREATE TABLE plan_paragraphs (
  id         INTEGER PRIMARY KEY,
  section_id BIGINT NOT NULL REFERENCES plan_sections (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  body       TEXT NOT NULL,
  revision   INTEGER NOT NULL
);
CREATE INDEX plan_paragraphs_by_section ON plan_paragraphs (section_id, position);

CREATE TABLE plan_versions (
  plan_id     BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  number      INTEGER NOT NULL,
  body        TEXT NOT NULL,
  note        TEXT NOT NULL DEFAULT '',
  author_name TEXT NOT NULL,
  created_at  BIGINT NOT NULL,
  PRIMARY KEY (plan_id, number)
);

-- paragraph_id is not a reference: a suggestion outlives the paragraph an accepted deletion took.
CREATE TABLE plan_suggestions (
  id              INTEGER PRIMARY KEY,
  plan_id         BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  paragraph_id    BIGINT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('insert', 'replace', 'delete')),
  body            TEXT NOT NULL,
  reason          TEXT NOT NULL,
  base_revision   INTEGER NOT NULL,
  original        TEXT NOT NULL,
  author_id       BIGINT NOT NULL REFERENCES users (id),
  state           TEXT NOT NULL CHECK (state IN ('open', 'accepted', 'rejected')),
  decision_reason TEXT NOT NULL DEFAULT '',
  decided_by      TEXT NOT NULL DEFAULT '',
  created_at      BIGINT NOT NULL,
  decided_at      BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX plan_suggestions_by_plan ON plan_suggestions (plan_id, id);

CREATE TABLE plan_suggestion_support (
  suggestion_id BIGINT NOT NULL REFERENCES plan_suggestions (id) ON DELETE CASCADE,
  user_id       BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (suggestion_id, user_id)
);

CREATE TABLE plan_votes (
  plan_id   BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  version   INTEGER NOT NULL,
  deadline  TEXT NOT NULL,
  quorum    INTEGER NOT NULL,
  majority  INTEGER NOT NULL,
  state     TEXT NOT NULL CHECK (state IN ('open', 'approved', 'rejected')),
  statement TEXT NOT NULL DEFAULT '',
  opened_at BIGINT NOT NULL,
  closed_at BIGINT NOT NULL DEFAULT 0,
  -- a vote, or a written procedure (adopted unless `quorum` organisations object)
  procedure TEXT NOT NULL DEFAULT 'vote' CHECK (procedure IN ('vote', 'written_procedure')),
  secrecy   TEXT NOT NULL DEFAULT 'open' CHECK (secrecy IN ('open', 'secret')),
  PRIMARY KEY (plan_id, version, opened_at)
);

CREATE TABLE plan_ballots (
  plan_id         BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  version         INTEGER NOT NULL,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  voter_id        BIGINT NOT NULL REFERENCES users (id),
  choice          TEXT NOT NULL CHECK (choice IN ('for', 'against', 'abstain')),
  cast_at         BIGINT NOT NULL,
  PRIMARY KEY (plan_id, version, organisation_id)
);
