-- Surveys of the foresight programme: the survey (texts per language as JSON objects, its
-- audience, anonymity, dates and current version), the questionnaire of each version (the JSON
-- that domain/surveys' definition_json writes and read_definition reads back), and the
-- responses with their answers (JSON by question key) and the respondent's country,
-- organisation type and area for the results' filters. A survey may be an event's feedback form.
-- Times are Unix seconds (UTC).
--
-- Anonymity: a response of an anonymous survey holds a keyed digest as respondent (of the
-- person, or of the browser's random token for a public link; the key is not in the database),
-- no user and no time. Only an identified survey keeps user_id and submitted_at.
-- The PostgreSQL version of this file differs only in how ids are generated.

CREATE TABLE surveys (
  id              INTEGER PRIMARY KEY,
  title           TEXT NOT NULL,
  description     TEXT NOT NULL DEFAULT '{}',
  audience        TEXT NOT NULL CHECK (audience IN ('signed_in', 'roles', 'working_groups', 'countries', 'public_link',
                                                'event_attendees')),
  audience_values TEXT NOT NULL DEFAULT '[]',
  anonymity       TEXT NOT NULL CHECK (anonymity IN ('anonymous', 'identified')),
  opens_at        BIGINT NOT NULL DEFAULT 0,
  closes_at       BIGINT NOT NULL DEFAULT 0,
  organiser_id    BIGINT NOT NULL REFERENCES users (id),
  -- The event whose feedback form this is (audience event_attendees).
  event_id        BIGINT REFERENCES events (id) ON DELETE SET NULL,
  version         INTEGER NOT NULL DEFAULT 1,
  revision        INTEGER NOT NULL DEFAULT 1,
  created_at      BIGINT NOT NULL,
  updated_at      BIGINT NOT NULL
);

CREATE INDEX surveys_by_event ON surveys (event_id);

CREATE TABLE survey_versions (
  survey_id  BIGINT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  version    INTEGER NOT NULL CHECK (version >= 1),
  definition TEXT NOT NULL,
  PRIMARY KEY (survey_id, version)
);

CREATE TABLE survey_responses (
  id                INTEGER PRIMARY KEY,
  survey_id         BIGINT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  version           INTEGER NOT NULL,
  respondent        TEXT NOT NULL,
  user_id           BIGINT REFERENCES users (id) ON DELETE SET NULL,
  state             TEXT NOT NULL CHECK (state IN ('draft', 'submitted')),
  answers           TEXT NOT NULL DEFAULT '{}',
  country           TEXT NOT NULL DEFAULT '',
  organisation_type TEXT NOT NULL DEFAULT '',
  area              TEXT NOT NULL DEFAULT '',
  submitted_at      BIGINT NOT NULL DEFAULT 0,
  UNIQUE (survey_id, respondent),
  FOREIGN KEY (survey_id, version) REFERENCES survey_versions (survey_id, version)
);
