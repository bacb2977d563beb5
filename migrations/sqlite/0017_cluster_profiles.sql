-- Cluster profiles: one per organisation, with its texts per language, sectors (NACE Rev. 2
-- divisions; sections and cluster categories follow from the classification and the
-- division table), technologies, working languages, editors, offers and needs with their
-- texts, sectors, countries and expiry, and who follows which profile. Times are Unix
-- seconds (UTC), dates YYYY-MM-DD.
-- The PostgreSQL version of this file differs only in how ids are generated.

CREATE TABLE cluster_profiles (
  id                 INTEGER PRIMARY KEY,
  organisation_id    BIGINT NOT NULL UNIQUE REFERENCES organisations (id) ON DELETE CASCADE,
  status             TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'published')),
  value_chain        TEXT NOT NULL CHECK (value_chain IN ('raw_materials', 'components', 'manufacturing',
                                                          'services', 'distribution', 'research', 'mixed')),
  members_smes       INTEGER NOT NULL DEFAULT 0 CHECK (members_smes >= 0),
  members_large      INTEGER NOT NULL DEFAULT 0 CHECK (members_large >= 0),
  members_research   INTEGER NOT NULL DEFAULT 0 CHECK (members_research >= 0),
  members_education  INTEGER NOT NULL DEFAULT 0 CHECK (members_education >= 0),
  members_public     INTEGER NOT NULL DEFAULT 0 CHECK (members_public >= 0),
  members_other      INTEGER NOT NULL DEFAULT 0 CHECK (members_other >= 0),
  founded            INTEGER,
  staff              INTEGER NOT NULL DEFAULT 0 CHECK (staff >= 0),
  label              TEXT NOT NULL DEFAULT 'none' CHECK (label IN ('none', 'bronze', 'silver', 'gold')),
  website            TEXT NOT NULL DEFAULT '',
  contact_person     TEXT NOT NULL DEFAULT '',
  contact_email      TEXT NOT NULL DEFAULT '',
  contact_phone      TEXT NOT NULL DEFAULT '',
  contact_visibility TEXT NOT NULL CHECK (contact_visibility IN ('public', 'members', 'on_request')),
  review_note        TEXT NOT NULL DEFAULT '',
  revision           INTEGER NOT NULL CHECK (revision > 0),
  created_at         BIGINT NOT NULL,
  updated_at         BIGINT NOT NULL,
  published_at       BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX cluster_profiles_by_status ON cluster_profiles (status, updated_at);

CREATE TABLE cluster_profile_texts (
  profile_id  BIGINT NOT NULL REFERENCES cluster_profiles (id) ON DELETE CASCADE,
  language    TEXT NOT NULL,
  position    INTEGER NOT NULL,
  tagline     TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',  -- Markdown
  PRIMARY KEY (profile_id, language)
);

CREATE TABLE cluster_profile_sectors (
  profile_id    BIGINT NOT NULL REFERENCES cluster_profiles (id) ON DELETE CASCADE,
  nace_division TEXT NOT NULL CHECK (length(nace_division) = 2),
  PRIMARY KEY (profile_id, nace_division)
);
CREATE INDEX cluster_profile_sectors_by_division ON cluster_profile_sectors (nace_division);

CREATE TABLE cluster_profile_technologies (
  profile_id BIGINT NOT NULL REFERENCES cluster_profiles (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  tag        TEXT NOT NULL,
  PRIMARY KEY (profile_id, tag)
);

CREATE TABLE cluster_profile_languages (
  profile_id BIGINT NOT NULL REFERENCES cluster_profiles (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  language   TEXT NOT NULL,
  PRIMARY KEY (profile_id, language)
);

CREATE TABLE cluster_profile_editors (
  profile_id BIGINT NOT NULL REFERENCES cluster_profiles (id) ON DELETE CASCADE,
  user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  PRIMARY KEY (profile_id, user_id)
);
CREATE INDEX cluster_profile_editors_by_user ON cluster_profile_editors (user_id);

-- An offer or a need; shown until expires_on (inclusive), renewed by moving it.
CREATE TABLE cluster_profile_offers (
  id         INTEGER PRIMARY KEY,
  profile_id BIGINT NOT NULL REFERENCES cluster_profiles (id) ON DELETE CASCADE,
  side       TEXT NOT NULL CHECK (side IN ('offer', 'need')),
  kind       TEXT NOT NULL CHECK (kind IN ('capability', 'facility', 'technology', 'expertise', 'partner_sought',
                                           'market', 'project_idea')),
  expires_on TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  renewed_at BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX cluster_profile_offers_by_profile ON cluster_profile_offers (profile_id, id);
CREATE INDEX cluster_profile_offers_by_expiry ON cluster_profile_offers (expires_on);

CREATE TABLE cluster_profile_offer_texts (
  offer_id    BIGINT NOT NULL REFERENCES cluster_profile_offers (id) ON DELETE CASCADE,
  language    TEXT NOT NULL,
  position    INTEGER NOT NULL,
  title       TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (offer_id, language)
);

CREATE TABLE cluster_profile_offer_sectors (
  offer_id      BIGINT NOT NULL REFERENCES cluster_profile_offers (id) ON DELETE CASCADE,
  nace_division TEXT NOT NULL CHECK (length(nace_division) = 2),
  PRIMARY KEY (offer_id, nace_division)
);

CREATE TABLE cluster_profile_offer_countries (
  offer_id     BIGINT NOT NULL REFERENCES cluster_profile_offers (id) ON DELETE CASCADE,
  country_code TEXT NOT NULL,
  position     INTEGER NOT NULL,
  PRIMARY KEY (offer_id, country_code)
);

CREATE TABLE cluster_profile_followers (
  profile_id  BIGINT NOT NULL REFERENCES cluster_profiles (id) ON DELETE CASCADE,
  user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  followed_at BIGINT NOT NULL,
  PRIMARY KEY (profile_id, user_id)
);
CREATE INDEX cluster_profile_followers_by_user ON cluster_profile_followers (user_id);
