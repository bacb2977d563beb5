-- Assessments of regional cluster policies: versioned frameworks of criteria (texts per
-- language), a region's assessment per reporting period with scores per criterion, time frame
-- and source (self, each peer reviewer, agreed), their evidence, reviewers, SWOT per area,
-- comments, recommendations and the action plan answering them. Times are Unix seconds (UTC).
-- The PostgreSQL version of this file differs only in how ids are generated.

-- A version is never changed once stored; a change makes a new version.
CREATE TABLE assessment_frameworks (
  version    INTEGER PRIMARY KEY CHECK (version > 0),
  note       TEXT NOT NULL DEFAULT '',
  sources    TEXT NOT NULL DEFAULT '',          -- Markdown
  divergence DOUBLE PRECISION NOT NULL CHECK (divergence > 0),
  author_id  BIGINT REFERENCES users (id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL
);

CREATE TABLE assessment_criteria (
  framework_version INTEGER NOT NULL REFERENCES assessment_frameworks (version) ON DELETE CASCADE,
  code              TEXT NOT NULL,              -- stable across versions: WG4.1
  area_code         TEXT NOT NULL REFERENCES thematic_areas (code),
  position          INTEGER NOT NULL,           -- order within the area
  weight            DOUBLE PRECISION NOT NULL CHECK (weight > 0),
  justification     TEXT NOT NULL CHECK (justification IN ('optional', 'required')),
  PRIMARY KEY (framework_version, code)
);

CREATE TABLE assessment_criterion_texts (
  framework_version INTEGER NOT NULL,
  criterion_code    TEXT NOT NULL,
  language          TEXT NOT NULL,
  position          INTEGER NOT NULL,           -- English first, then as entered
  title             TEXT NOT NULL,
  question          TEXT NOT NULL DEFAULT '',
  guidance          TEXT NOT NULL DEFAULT '',   -- Markdown
  evidence          TEXT NOT NULL DEFAULT '',   -- Markdown
  level_1           TEXT NOT NULL DEFAULT '',
  level_3           TEXT NOT NULL DEFAULT '',
  level_5           TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (framework_version, criterion_code, language),
  FOREIGN KEY (framework_version, criterion_code)
    REFERENCES assessment_criteria (framework_version, code) ON DELETE CASCADE
);

-- One assessment per region (or country, by its NUTS 0 code) and reporting period.
CREATE TABLE assessments (
  id                INTEGER PRIMARY KEY,
  region_code       TEXT NOT NULL REFERENCES regions (code),
  country_code      TEXT NOT NULL REFERENCES countries (code),
  period            INTEGER NOT NULL REFERENCES reporting_periods (number),
  framework_version INTEGER NOT NULL REFERENCES assessment_frameworks (version),
  organisation_id   BIGINT NOT NULL REFERENCES organisations (id),
  status            TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'in_review', 'consolidated', 'published')),
  disclosure        TEXT NOT NULL CHECK (disclosure IN ('members', 'public')),
  summary           TEXT NOT NULL DEFAULT '',   -- Markdown
  return_note       TEXT NOT NULL DEFAULT '',
  revision          INTEGER NOT NULL CHECK (revision > 0),
  created_by        BIGINT REFERENCES users (id) ON DELETE SET NULL,
  created_at        BIGINT NOT NULL,
  updated_at        BIGINT NOT NULL,
  submitted_at      BIGINT NOT NULL DEFAULT 0,  -- 0 until submitted
  published_at      BIGINT NOT NULL DEFAULT 0,  -- 0 until published
  UNIQUE (region_code, period)
);
CREATE INDEX assessments_by_period ON assessments (period, region_code);
CREATE INDEX assessments_by_organisation ON assessments (organisation_id);

-- A score of one criterion in one time frame by one source. reviewer_id is set for peer
-- scores only; the key reads it as 0 when NULL, because a unique constraint treats NULLs as
-- distinct in both databases.
CREATE TABLE assessment_scores (
  id             INTEGER PRIMARY KEY,
  assessment_id  BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  criterion_code TEXT NOT NULL,
  timeframe      TEXT NOT NULL CHECK (timeframe IN ('past', 'current', 'target')),
  source         TEXT NOT NULL CHECK (source IN ('self', 'peer', 'agreed')),
  reviewer_id    BIGINT REFERENCES users (id),
  answer         TEXT NOT NULL CHECK (answer IN ('level', 'not_applicable', 'no_data')),
  level          INTEGER NOT NULL,
  confidence     TEXT NOT NULL CHECK (confidence IN ('low', 'medium', 'high')),
  justification  TEXT NOT NULL DEFAULT '',
  scored_by      BIGINT REFERENCES users (id) ON DELETE SET NULL,
  scored_at      BIGINT NOT NULL,
  CHECK ((answer = 'level' AND level BETWEEN 1 AND 5) OR (answer <> 'level' AND level = 0)),
  CHECK (source <> 'peer' OR reviewer_id IS NOT NULL)
);
CREATE UNIQUE INDEX assessment_scores_key
  ON assessment_scores (assessment_id, criterion_code, timeframe, source, COALESCE(reviewer_id, 0));

CREATE TABLE assessment_score_evidence (
  score_id  BIGINT NOT NULL REFERENCES assessment_scores (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('knowledge_item', 'document', 'indicator')),
  reference TEXT NOT NULL,                      -- item id as digits, an address, an indicator name
  label     TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (score_id, position)
);
CREATE INDEX assessment_score_evidence_by_reference ON assessment_score_evidence (kind, reference);

CREATE TABLE assessment_reviewers (
  assessment_id  BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  user_id        BIGINT NOT NULL REFERENCES users (id),
  status         TEXT NOT NULL CHECK (status IN ('invited', 'accepted', 'declined', 'submitted')),
  conflicts      TEXT NOT NULL DEFAULT '',      -- declared conflicts of interest
  decline_reason TEXT NOT NULL DEFAULT '',
  assigned_by    BIGINT REFERENCES users (id) ON DELETE SET NULL,
  assigned_at    BIGINT NOT NULL,
  answered_at    BIGINT NOT NULL DEFAULT 0,     -- 0 until accepted, declined or submitted
  PRIMARY KEY (assessment_id, user_id)
);
CREATE INDEX assessment_reviewers_by_user ON assessment_reviewers (user_id);

CREATE TABLE assessment_swot (
  assessment_id BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  area_code     TEXT NOT NULL REFERENCES thematic_areas (code),
  strengths     TEXT NOT NULL DEFAULT '',       -- Markdown, as the three below
  weaknesses    TEXT NOT NULL DEFAULT '',
  opportunities TEXT NOT NULL DEFAULT '',
  threats       TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (assessment_id, area_code)
);

CREATE TABLE assessment_comments (
  id             INTEGER PRIMARY KEY,
  assessment_id  BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  criterion_code TEXT NOT NULL DEFAULT '',      -- '' for the whole assessment
  reply_to       BIGINT REFERENCES assessment_comments (id) ON DELETE SET NULL,
  author_id      BIGINT NOT NULL REFERENCES users (id),
  body           TEXT NOT NULL,
  created_at     BIGINT NOT NULL
);
CREATE INDEX assessment_comments_by_assessment ON assessment_comments (assessment_id, id);

CREATE TABLE assessment_recommendations (
  id              INTEGER PRIMARY KEY,
  assessment_id   BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  criterion_code  TEXT NOT NULL DEFAULT '',     -- '' for the whole area
  area_code       TEXT NOT NULL REFERENCES thematic_areas (code),
  body            TEXT NOT NULL,                -- Markdown
  author_id       BIGINT NOT NULL REFERENCES users (id),
  response        TEXT NOT NULL CHECK (response IN ('pending', 'accepted', 'partly', 'rejected')),
  response_reason TEXT NOT NULL DEFAULT '',
  created_at      BIGINT NOT NULL
);
CREATE INDEX assessment_recommendations_by_assessment ON assessment_recommendations (assessment_id, id);

CREATE TABLE assessment_actions (
  id                INTEGER PRIMARY KEY,
  recommendation_id BIGINT NOT NULL REFERENCES assessment_recommendations (id) ON DELETE CASCADE,
  action            TEXT NOT NULL,
  owner             TEXT NOT NULL DEFAULT '',
  deadline          TEXT NOT NULL DEFAULT '',   -- YYYY-MM-DD
  status            TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
  follow_up         TEXT NOT NULL DEFAULT '',
  followed_up_on    TEXT NOT NULL DEFAULT ''    -- YYYY-MM-DD, '' until followed up
);
CREATE INDEX assessment_actions_by_recommendation ON assessment_actions (recommendation_id, id);
