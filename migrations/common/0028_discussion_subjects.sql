-- "Discuss this" (domain/groups/subjects.hpp): a discussion about a knowledge item, an
-- assessment or a pilot. One discussion per subject; the subject's id is its own feature's
-- (no foreign key: three tables answer, and the subject's feature decides who reads it).
CREATE TABLE group_thread_subjects (
  thread_id    BIGINT NOT NULL PRIMARY KEY REFERENCES group_threads (id) ON DELETE CASCADE,
  subject_kind TEXT NOT NULL CHECK (subject_kind IN ('knowledge_item', 'assessment', 'pilot')),
  subject_id   BIGINT NOT NULL,
  UNIQUE (subject_kind, subject_id)
);
