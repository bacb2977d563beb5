-- Partner search: expressions of interest sent to cluster profiles, and saved searches with
-- the matches their daily alerts already told about. Times are Unix seconds (UTC).
-- The PostgreSQL version of this file differs only in how ids are generated.

-- A letter once sent stays as it was written: the names and the title of the offer or need
-- it is about are kept with it, and it outlives the profile (no reference to it).
CREATE TABLE partner_interests (
  id                        INTEGER PRIMARY KEY,
  sender_id                 BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  sender_name               TEXT NOT NULL,
  sender_organisation_id    BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
  sender_organisation_name  TEXT NOT NULL DEFAULT '',
  from_profile_id           BIGINT,            -- the sender's cluster profile at the time
  to_profile_id             BIGINT NOT NULL,
  to_organisation_name      TEXT NOT NULL,
  about_id                  BIGINT,            -- their offer or need, when it is about one
  about_title               TEXT NOT NULL DEFAULT '',
  message                   TEXT NOT NULL CHECK (message <> ''),
  sent_at                   BIGINT NOT NULL
);
CREATE INDEX partner_interests_by_sender ON partner_interests (sender_id, to_profile_id, sent_at);
CREATE INDEX partner_interests_by_profile ON partner_interests (to_profile_id, sent_at);

-- The criteria as the search form names them; '' for a criterion not given.
CREATE TABLE partner_saved_searches (
  id            INTEGER PRIMARY KEY,
  owner_id      BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name          TEXT NOT NULL CHECK (name <> ''),
  division      TEXT NOT NULL DEFAULT '',
  category      TEXT NOT NULL DEFAULT '',
  words         TEXT NOT NULL DEFAULT '',
  country_code  TEXT NOT NULL DEFAULT '',
  region_code   TEXT NOT NULL DEFAULT '',
  kind          TEXT NOT NULL DEFAULT '',
  with_profile  TEXT NOT NULL CHECK (with_profile IN ('no', 'yes')),
  alerts        TEXT NOT NULL CHECK (alerts IN ('off', 'daily')),
  created_at    BIGINT NOT NULL,
  checked_at    BIGINT NOT NULL
);
CREATE INDEX partner_saved_searches_by_owner ON partner_saved_searches (owner_id, id);

-- What a saved search's alerts told about (or found when it was saved): "profile:40" or
-- "profile:40/offer:77".
CREATE TABLE partner_search_known (
  saved_search_id  BIGINT NOT NULL REFERENCES partner_saved_searches (id) ON DELETE CASCADE,
  found            TEXT NOT NULL,
  PRIMARY KEY (saved_search_id, found)
);
