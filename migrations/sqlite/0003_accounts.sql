-- Accounts, organisations, roles and the security records they need. Times are Unix seconds
-- (UTC). Secrets (session ids, one-time and API tokens) are stored only as SHA-256 digests,
-- passwords only as Argon2id hashes.
-- The PostgreSQL version of this file differs only in how ids are generated.
CREATE TABLE organisations (
  id            INTEGER PRIMARY KEY,
  slug          TEXT NOT NULL UNIQUE,
  type          TEXT NOT NULL REFERENCES partner_types (code),
  country_code  TEXT NOT NULL REFERENCES countries (code),
  region_code   TEXT REFERENCES regions (code),
  website       TEXT NOT NULL DEFAULT '',
  role          TEXT NOT NULL CHECK (role IN ('lead_partner', 'project_partner', 'associated_partner', 'user_group', 'external')),
  experience    TEXT NOT NULL CHECK (experience IN ('experienced', 'learning')),
  contact_user  BIGINT,
  created_at    BIGINT NOT NULL,
  updated_at    BIGINT NOT NULL
);
CREATE INDEX organisations_by_country ON organisations (country_code);

CREATE TABLE organisation_texts (
  organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  lang            TEXT NOT NULL,
  name            TEXT NOT NULL,
  description     TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (organisation_id, lang)
);

CREATE TABLE users (
  id              INTEGER PRIMARY KEY,
  email           TEXT UNIQUE,                 -- lower case; NULL once the account is deleted
  display_name    TEXT NOT NULL,
  organisation_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
  ui_language     TEXT NOT NULL DEFAULT 'en',
  languages       TEXT NOT NULL DEFAULT '',    -- spoken languages, comma-separated BCP 47 tags
  bio             TEXT NOT NULL DEFAULT '',
  password_hash   TEXT,                        -- NULL until an invitation is accepted
  status          TEXT NOT NULL CHECK (status IN ('invited', 'unverified', 'active', 'disabled', 'deleted')),
  created_at      BIGINT NOT NULL,
  updated_at      BIGINT NOT NULL,
  -- Sessions started before this moment are void (password change, role change, deletion).
  sessions_valid_after BIGINT NOT NULL DEFAULT 0,
  -- Sessions started before this moment get a new id on their next request (role change).
  privileges_changed_at BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE user_expertise (
  user_id   BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  area_code TEXT NOT NULL REFERENCES thematic_areas (code),
  PRIMARY KEY (user_id, area_code)
);

CREATE TABLE role_assignments (
  user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role       TEXT NOT NULL,
  scope      TEXT NOT NULL DEFAULT '',          -- a working group (WG1…WG6) for working-group roles
  granted_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
  granted_at BIGINT NOT NULL,
  PRIMARY KEY (user_id, role, scope)
);

CREATE TABLE sessions (
  id_digest    TEXT PRIMARY KEY,
  user_id      BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token   TEXT NOT NULL,
  created_at   BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  client       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE login_throttle (
  throttle_key  TEXT PRIMARY KEY,               -- 'account:<e-mail>' or 'client:<address>'
  failures      INTEGER NOT NULL,
  last_failure  BIGINT NOT NULL,
  blocked_until BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE one_time_tokens (
  digest     TEXT PRIMARY KEY,
  purpose    TEXT NOT NULL CHECK (purpose IN ('invitation', 'password_reset', 'email_verification', 'email_change')),
  user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  new_email  TEXT,
  created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at    BIGINT
);
CREATE INDEX one_time_tokens_by_user ON one_time_tokens (user_id);

CREATE TABLE api_tokens (
  id           INTEGER PRIMARY KEY,
  user_id      BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name         TEXT NOT NULL,
  digest       TEXT NOT NULL UNIQUE,
  prefix       TEXT NOT NULL,                   -- the first characters, to recognise a token
  scope        TEXT NOT NULL CHECK (scope IN ('read', 'write')),
  created_at   BIGINT NOT NULL,
  last_used_at BIGINT,
  revoked_at   BIGINT
);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);

CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  at         BIGINT NOT NULL,
  actor_id   BIGINT REFERENCES users (id) ON DELETE SET NULL,
  actor      TEXT NOT NULL,                     -- who, as shown at the time (kept after deletion)
  action     TEXT NOT NULL,
  target     TEXT NOT NULL DEFAULT '',
  detail     TEXT NOT NULL DEFAULT '',
  client     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_time ON audit_log (at);

CREATE TABLE outbox (
  id              INTEGER PRIMARY KEY,
  recipient       TEXT NOT NULL,
  subject         TEXT NOT NULL,
  body            TEXT NOT NULL,
  created_at      BIGINT NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL,
  sent_at         BIGINT,
  last_error      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);
