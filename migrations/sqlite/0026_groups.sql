-- Working together (domain/groups): the discussions of the working groups' and committees'
-- workspaces (threads and their posts), who follows each thread and when each person last read
-- it, the decisions logs, the notifications discussions send with each person's e-mail choices
-- per kind, and the one-time links in e-mails that stop them (only the link's digest is kept).
-- Workspaces themselves are not rows: they are the fixed codes WG1…WG6, SC and STC, and their
-- members the holders of the matching roles. Times are Unix seconds.
-- The PostgreSQL version of this file differs only in how ids are generated.
CREATE TABLE group_threads (
  id           INTEGER PRIMARY KEY,
  group_code   TEXT NOT NULL CHECK (group_code IN ('WG1', 'WG2', 'WG3', 'WG4', 'WG5', 'WG6', 'SC', 'STC')),
  subject      TEXT NOT NULL,
  author_id    BIGINT NOT NULL REFERENCES users (id),
  state        TEXT NOT NULL CHECK (state IN ('open', 'locked')),
  posts        INTEGER NOT NULL DEFAULT 0,
  created_at   BIGINT NOT NULL,
  last_post_at BIGINT NOT NULL
);
CREATE INDEX group_threads_by_group ON group_threads (group_code, last_post_at);

CREATE TABLE group_posts (
  id            INTEGER PRIMARY KEY,
  thread_id     BIGINT NOT NULL REFERENCES group_threads (id) ON DELETE CASCADE,
  author_id     BIGINT NOT NULL REFERENCES users (id),
  body          TEXT NOT NULL,
  created_at    BIGINT NOT NULL,
  edited_at     BIGINT NOT NULL DEFAULT 0,
  hidden_reason TEXT NOT NULL DEFAULT '',
  hidden_by     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX group_posts_by_thread ON group_posts (thread_id, id);

CREATE TABLE group_thread_subscriptions (
  thread_id BIGINT NOT NULL REFERENCES group_threads (id) ON DELETE CASCADE,
  user_id   BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (thread_id, user_id)
);

CREATE TABLE group_thread_reads (
  thread_id BIGINT NOT NULL REFERENCES group_threads (id) ON DELETE CASCADE,
  user_id   BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  read_at   BIGINT NOT NULL,
  PRIMARY KEY (thread_id, user_id)
);
CREATE INDEX group_thread_reads_by_user ON group_thread_reads (user_id);

CREATE TABLE group_decisions (
  id         INTEGER PRIMARY KEY,
  group_code TEXT NOT NULL,
  decision   TEXT NOT NULL,
  decided_on TEXT NOT NULL,
  meeting    TEXT NOT NULL DEFAULT '',
  thread_id  BIGINT REFERENCES group_threads (id) ON DELETE SET NULL,
  author_id  BIGINT NOT NULL REFERENCES users (id),
  created_at BIGINT NOT NULL
);
CREATE INDEX group_decisions_by_group ON group_decisions (group_code, decided_on);

CREATE TABLE notifications (
  id         INTEGER PRIMARY KEY,
  user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('mention', 'reply')),
  thread_id  BIGINT NOT NULL REFERENCES group_threads (id) ON DELETE CASCADE,
  post_id    BIGINT NOT NULL REFERENCES group_posts (id) ON DELETE CASCADE,
  subject    TEXT NOT NULL,
  actor      TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  read_at    BIGINT NOT NULL DEFAULT 0,
  mailed_at  BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX notifications_by_user ON notifications (user_id, id);
CREATE INDEX notifications_unmailed ON notifications (kind, mailed_at);

CREATE TABLE notification_settings (
  user_id        BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind           TEXT NOT NULL CHECK (kind IN ('mention', 'reply')),
  delivery       TEXT NOT NULL CHECK (delivery IN ('immediate', 'daily', 'weekly', 'never')),
  last_digest_at BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (user_id, kind)
);

CREATE TABLE notification_unsubscribe_links (
  digest     TEXT PRIMARY KEY,
  user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('mention', 'reply')),
  created_at BIGINT NOT NULL
);
