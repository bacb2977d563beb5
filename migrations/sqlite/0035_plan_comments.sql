-- Comments on the suggestions made on a plan's paragraphs: members weigh a suggestion before
-- the editors decide. The PostgreSQL version of this file differs only in how ids are generated.
CREATE TABLE plan_suggestion_comments (
  id            INTEGER PRIMARY KEY,
  suggestion_id BIGINT NOT NULL REFERENCES plan_suggestions (id) ON DELETE CASCADE,
  author_id     BIGINT NOT NULL REFERENCES users (id),
  body          TEXT NOT NULL,
  created_at    BIGINT NOT NULL
);
CREATE INDEX plan_suggestion_comments_suggestion ON plan_suggestion_comments (suggestion_id, created_at);
