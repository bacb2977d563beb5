-- Mentoring between the regions of the partnership: one mentor offer per person (topics as
-- need keys "criterion:WG4.2" / "area:WG4", languages, capacity in open pairs, availability),
-- and mentoring requests from a learner to a mentor for a region's need, with the answer, the
-- agreed goals, meetings, the outcome and each side's closing feedback. Times are Unix seconds
-- (UTC), dates YYYY-MM-DD.
-- The PostgreSQL version of this file differs only in how ids are generated.

CREATE TABLE mentor_offers (
  user_id         BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  capacity        INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 10),
  availability    TEXT NOT NULL,
  active          INTEGER NOT NULL CHECK (active IN (0, 1)),
  updated_at      BIGINT NOT NULL
);

CREATE TABLE mentor_offer_topics (
  user_id  BIGINT NOT NULL REFERENCES mentor_offers (user_id) ON DELETE CASCADE,
  topic    TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (user_id, topic)
);
CREATE INDEX mentor_offer_topics_by_topic ON mentor_offer_topics (topic);

CREATE TABLE mentor_offer_languages (
  user_id  BIGINT NOT NULL REFERENCES mentor_offers (user_id) ON DELETE CASCADE,
  language TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (user_id, language)
);

CREATE TABLE mentoring_requests (
  id            INTEGER PRIMARY KEY,
  learner_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  mentor_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  region_code   TEXT NOT NULL REFERENCES regions (code),
  need          TEXT NOT NULL,
  message       TEXT NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('requested', 'accepted', 'declined', 'withdrawn', 'completed')),
  answer_reason TEXT NOT NULL DEFAULT '',
  goals         TEXT NOT NULL DEFAULT '',
  outcome       TEXT CHECK (outcome IN ('achieved', 'partly_achieved', 'not_achieved')),
  outcome_text  TEXT NOT NULL DEFAULT '',
  revision      INTEGER NOT NULL CHECK (revision > 0),
  created_at    BIGINT NOT NULL,
  answered_at   BIGINT NOT NULL DEFAULT 0,
  closed_at     BIGINT NOT NULL DEFAULT 0,
  updated_at    BIGINT NOT NULL,
  CHECK (learner_id <> mentor_id),
  CHECK ((status = 'completed') = (outcome IS NOT NULL))
);
CREATE INDEX mentoring_requests_by_learner ON mentoring_requests (learner_id, created_at);
CREATE INDEX mentoring_requests_by_mentor ON mentoring_requests (mentor_id, status);

CREATE TABLE mentoring_meetings (
  id          INTEGER PRIMARY KEY,
  request_id  BIGINT NOT NULL REFERENCES mentoring_requests (id) ON DELETE CASCADE,
  held_on     TEXT NOT NULL,
  notes       TEXT NOT NULL,
  recorded_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
  recorded_at BIGINT NOT NULL
);
CREATE INDEX mentoring_meetings_by_request ON mentoring_meetings (request_id, held_on);

CREATE TABLE mentoring_feedback (
  request_id BIGINT NOT NULL REFERENCES mentoring_requests (id) ON DELETE CASCADE,
  side       TEXT NOT NULL CHECK (side IN ('learner', 'mentor')),
  rating     INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment    TEXT NOT NULL DEFAULT '',
  given_at   BIGINT NOT NULL,
  PRIMARY KEY (request_id, side)
);
