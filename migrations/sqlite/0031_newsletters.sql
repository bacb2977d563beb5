-- Newsletters (domain/newsletter). The outbox keeps extra headers per mail, one "Name: value"
-- per line (checked against header injection when queued and again when sent): newsletters
-- carry List-Unsubscribe and List-Unsubscribe-Post (RFC 2369, RFC 8058).
-- The PostgreSQL version of this file differs only in how ids are generated.
ALTER TABLE outbox ADD COLUMN headers TEXT NOT NULL DEFAULT '';

-- One row per address (lower case). Segments are codes separated by spaces (areas WG1 … WG6,
-- countries as in `countries`), empty for all. An address is suppressed (suppressed_at > 0)
-- once it bounced too often; it then gets no mail at all.
CREATE TABLE newsletter_subscribers (
  id                INTEGER PRIMARY KEY,
  email             TEXT NOT NULL UNIQUE,
  language          TEXT NOT NULL,
  areas             TEXT NOT NULL DEFAULT '',
  countries         TEXT NOT NULL DEFAULT '',
  status            TEXT NOT NULL CHECK (status IN ('pending', 'active', 'unsubscribed')),
  created_at        BIGINT NOT NULL,
  updated_at        BIGINT NOT NULL,
  confirmed_at      BIGINT NOT NULL DEFAULT 0,
  hard_bounces      INTEGER NOT NULL DEFAULT 0,
  soft_bounces      INTEGER NOT NULL DEFAULT 0,
  suppressed_at     BIGINT NOT NULL DEFAULT 0,
  suppressed_reason TEXT NOT NULL DEFAULT ''
);

-- One-time links: only the digest of the secret. A confirmation link carries the choices made
-- on the form (applied when it is used) and expires; an unsubscribe link does not.
CREATE TABLE newsletter_links (
  digest        TEXT PRIMARY KEY,
  subscriber_id BIGINT NOT NULL REFERENCES newsletter_subscribers (id) ON DELETE CASCADE,
  purpose       TEXT NOT NULL CHECK (purpose IN ('confirm', 'unsubscribe')),
  language      TEXT NOT NULL,
  areas         TEXT NOT NULL DEFAULT '',
  countries     TEXT NOT NULL DEFAULT '',
  created_at    BIGINT NOT NULL,
  expires_at    BIGINT NOT NULL DEFAULT 0,
  used_at       BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX newsletter_links_by_subscriber ON newsletter_links (subscriber_id);

-- Proof of consent: which wording (catalogue id and version) was agreed to, in which language,
-- when, by which step. No address in clear and no foreign key, so that the proof outlives a
-- subscription deleted unconfirmed.
CREATE TABLE newsletter_consents (
  id              INTEGER PRIMARY KEY,
  subscriber_id   BIGINT NOT NULL,
  address_digest  TEXT NOT NULL,
  action          TEXT NOT NULL CHECK (action IN ('subscribed', 'confirmed', 'unsubscribed')),
  wording         TEXT NOT NULL,
  wording_version INTEGER NOT NULL,
  language        TEXT NOT NULL,
  at              BIGINT NOT NULL
);
CREATE INDEX newsletter_consents_by_subscriber ON newsletter_consents (subscriber_id);

-- Issues: written in one language, sent once to a segment; sent ones form the public archive.
CREATE TABLE newsletter_issues (
  id         INTEGER PRIMARY KEY,
  language   TEXT NOT NULL,
  subject    TEXT NOT NULL,
  body       TEXT NOT NULL,
  areas      TEXT NOT NULL DEFAULT '',
  countries  TEXT NOT NULL DEFAULT '',
  status     TEXT NOT NULL CHECK (status IN ('draft', 'sent')),
  author_id  BIGINT NOT NULL REFERENCES users (id),
  created_at BIGINT NOT NULL,
  sent_at    BIGINT NOT NULL DEFAULT 0,
  recipients INTEGER NOT NULL DEFAULT 0
);
