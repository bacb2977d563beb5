-- Feedback on the learning engine's recommendations and the matchmaking's matches (one
-- judgment per person and subject), coordinators' curation of recommendations (pin, hide,
-- note), and the policy helpdesk's questions with the reminders already sent. Times are Unix
-- seconds (UTC), dates YYYY-MM-DD.
-- The PostgreSQL version of this file differs only in how ids are generated.

CREATE TABLE feedback (
  subject     TEXT NOT NULL CHECK (subject IN ('recommendation', 'match', 'mentor')),
  subject_key TEXT NOT NULL,
  user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- For a recommendation, its key's parts, so that a region's tallies are one query.
  region_code TEXT,
  need_key    TEXT,
  item_id     BIGINT,
  verdict     TEXT NOT NULL CHECK (verdict IN ('useful', 'not_relevant', 'adopted')),
  reason      TEXT NOT NULL DEFAULT '',
  created_at  BIGINT NOT NULL,
  updated_at  BIGINT NOT NULL,
  PRIMARY KEY (subject, subject_key, user_id),
  CHECK ((subject = 'recommendation') = (region_code IS NOT NULL AND need_key IS NOT NULL AND item_id IS NOT NULL))
);
CREATE INDEX feedback_by_region ON feedback (region_code);

CREATE TABLE recommendation_curations (
  region_code TEXT NOT NULL,
  need_key    TEXT NOT NULL,
  item_id     BIGINT NOT NULL REFERENCES knowledge_items (id) ON DELETE CASCADE,
  pinned      INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
  hidden      INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  note        TEXT NOT NULL DEFAULT '',
  curator_id  BIGINT REFERENCES users (id) ON DELETE SET NULL,
  curated_at  BIGINT NOT NULL,
  PRIMARY KEY (region_code, need_key, item_id),
  CHECK (pinned + hidden < 2)
);

CREATE TABLE helpdesk_questions (
  id              INTEGER PRIMARY KEY,
  region_code     TEXT NOT NULL REFERENCES regions (code),
  need_key        TEXT NOT NULL DEFAULT '',
  area_code       TEXT NOT NULL,
  question        TEXT NOT NULL,
  language        TEXT NOT NULL,
  asker_id        BIGINT NOT NULL REFERENCES users (id),
  expert_id       BIGINT REFERENCES users (id),
  due_on          TEXT NOT NULL DEFAULT '',
  assignment_note TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL CHECK (status IN ('open', 'assigned', 'answered', 'closed')),
  -- The draft knowledge item the answer became; the question keeps standing if it is deleted.
  answer_item_id  BIGINT REFERENCES knowledge_items (id) ON DELETE SET NULL,
  answer_note     TEXT NOT NULL DEFAULT '',
  closing_note    TEXT NOT NULL DEFAULT '',
  revision        INTEGER NOT NULL CHECK (revision > 0),
  created_at      BIGINT NOT NULL,
  updated_at      BIGINT NOT NULL,
  answered_at     BIGINT NOT NULL DEFAULT 0,
  closed_at       BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX helpdesk_questions_by_asker ON helpdesk_questions (asker_id);
CREATE INDEX helpdesk_questions_by_expert ON helpdesk_questions (expert_id);
CREATE INDEX helpdesk_questions_by_status ON helpdesk_questions (status, due_on);

-- Each reminder goes out once: its key ("question:12:overdue:2026-05-01") is kept when queued.
CREATE TABLE helpdesk_reminders (
  reminder_key TEXT PRIMARY KEY,
  sent_at      BIGINT NOT NULL
);
