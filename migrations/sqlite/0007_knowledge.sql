-- The knowledge base: items in several languages, their code lists, revisions, comments and
-- the search index with the term statistics ranking needs. Times are Unix seconds (UTC).
-- The PostgreSQL version of this file differs in how ids are generated and in the full-text
-- index over knowledge_index.terms.
CREATE TABLE knowledge_items (
  id                      INTEGER PRIMARY KEY,
  slug                    TEXT NOT NULL UNIQUE,
  kind                    TEXT NOT NULL CHECK (kind IN ('programme', 'instrument', 'good_practice', 'experience', 'factor', 'study', 'training')),
  original_language       TEXT NOT NULL,
  timeframe               TEXT NOT NULL CHECK (timeframe IN ('past', 'current', 'planned')),
  start_year              INTEGER,
  end_year                INTEGER,
  instrument              TEXT,
  funding_source          TEXT NOT NULL DEFAULT '',
  budget_amount           DOUBLE PRECISION,    -- all four NULL when no budget is known
  budget_currency         TEXT,
  budget_eur_rate         DOUBLE PRECISION,
  budget_rate_date        TEXT,
  target_groups           TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
  sources                 TEXT NOT NULL DEFAULT '[]',   -- JSON array of {title, url, publisher, year}
  contact_organisation_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
  contact_user_id         BIGINT REFERENCES users (id) ON DELETE SET NULL,
  status                  TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'published', 'archived')),
  author_id               BIGINT REFERENCES users (id) ON DELETE SET NULL,
  author_name             TEXT NOT NULL DEFAULT '',     -- as shown at the time (kept after deletion)
  title_key               TEXT NOT NULL DEFAULT '',     -- the original title folded, for sorting by title
  revision                INTEGER NOT NULL,
  created_at              BIGINT NOT NULL,
  updated_at              BIGINT NOT NULL,
  published_at            BIGINT
);
CREATE INDEX knowledge_items_by_date ON knowledge_items (updated_at, id);
CREATE INDEX knowledge_items_by_title ON knowledge_items (title_key, id);
CREATE INDEX knowledge_items_by_status ON knowledge_items (status);
CREATE INDEX knowledge_items_by_author ON knowledge_items (author_id);

CREATE TABLE knowledge_texts (
  item_id         BIGINT NOT NULL REFERENCES knowledge_items (id) ON DELETE CASCADE,
  language        TEXT NOT NULL,
  position        INTEGER NOT NULL,            -- the original language first, as entered
  title           TEXT NOT NULL,
  summary         TEXT NOT NULL DEFAULT '',
  body            TEXT NOT NULL DEFAULT '',    -- Markdown, like results, lessons, transferability
  results         TEXT NOT NULL DEFAULT '',
  lessons         TEXT NOT NULL DEFAULT '',
  transferability TEXT NOT NULL DEFAULT '',
  translation     TEXT NOT NULL CHECK (translation IN ('original', 'human')),
  PRIMARY KEY (item_id, language)
);
CREATE INDEX knowledge_texts_by_language ON knowledge_texts (language, item_id);

-- The code lists, one row per code, for filters and facets; position keeps the entered order.
CREATE TABLE knowledge_item_areas (
  item_id  BIGINT NOT NULL REFERENCES knowledge_items (id) ON DELETE CASCADE,
  code     TEXT NOT NULL REFERENCES thematic_areas (code),
  position INTEGER NOT NULL,
  PRIMARY KEY (item_id, code)
);
CREATE INDEX knowledge_item_areas_by_code ON knowledge_item_areas (code, item_id);

CREATE TABLE knowledge_item_countries (
  item_id  BIGINT NOT NULL REFERENCES knowledge_items (id) ON DELETE CASCADE,
  code     TEXT NOT NULL REFERENCES countries (code),
  position INTEGER NOT NULL,
  PRIMARY KEY (item_id, code)
);
CREATE INDEX knowledge_item_countries_by_code ON knowledge_item_countries (code, item_id);

CREATE TABLE knowledge_item_regions (
  item_id  BIGINT NOT NULL REFERENCES knowledge_items (id) ON DELETE CASCADE,
  code     TEXT NOT NULL REFERENCES regions (code),
  position INTEGER NOT NULL,
  PRIMARY KEY (item_id, code)
);
CREATE INDEX knowledge_item_regions_by_code ON knowledge_item_regions (code, item_id);

-- Every save, with the whole input as JSON, so any revision can be shown and restored exactly.
CREATE TABLE knowledge_revisions (
  item_id     BIGINT NOT NULL REFERENCES knowledge_items (id) ON DELETE CASCADE,
  number      INTEGER NOT NULL,
  author_id   BIGINT REFERENCES users (id) ON DELETE SET NULL,
  author_name TEXT NOT NULL DEFAULT '',        -- as shown at the time (kept after deletion)
  saved_at    BIGINT NOT NULL,
  note        TEXT NOT NULL DEFAULT '',
  status      TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'published', 'archived')),
  content     TEXT NOT NULL,
  PRIMARY KEY (item_id, number)
);

CREATE TABLE knowledge_comments (
  id            INTEGER PRIMARY KEY,
  item_id       BIGINT NOT NULL REFERENCES knowledge_items (id) ON DELETE CASCADE,
  author_id     BIGINT REFERENCES users (id) ON DELETE SET NULL,
  author_name   TEXT NOT NULL DEFAULT '',
  body          TEXT NOT NULL,
  created_at    BIGINT NOT NULL,
  hidden        INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  hidden_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX knowledge_comments_by_item ON knowledge_comments (item_id, created_at);

-- The search index: one row per field of each language version. terms holds the index terms
-- the service computed (space-separated, [a-z0-9_] and Greek/Cyrillic letters, folded).
CREATE TABLE knowledge_index (
  id       INTEGER PRIMARY KEY,
  item_id  BIGINT NOT NULL REFERENCES knowledge_items (id) ON DELETE CASCADE,
  language TEXT NOT NULL,
  field    TEXT NOT NULL,
  terms    TEXT NOT NULL
);
CREATE INDEX knowledge_index_by_item ON knowledge_index (item_id);

-- External-content FTS5 over knowledge_index.terms; the repository adds and deletes its rows
-- in the same transaction as the index rows. '_' is part of a term (concept tokens).
CREATE VIRTUAL TABLE knowledge_fts USING fts5 (
  terms,
  content = 'knowledge_index',
  content_rowid = 'id',
  tokenize = "unicode61 remove_diacritics 0 tokenchars '_'"
);

-- BM25 statistics, kept in the same transaction as every save: a document is one language
-- version of an item; df counts the documents holding a term.
CREATE TABLE knowledge_terms (
  term TEXT PRIMARY KEY,
  df   BIGINT NOT NULL
);

CREATE TABLE knowledge_index_totals (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  documents    BIGINT NOT NULL,
  total_length BIGINT NOT NULL                -- terms in all documents
);
INSERT INTO knowledge_index_totals (id, documents, total_length) VALUES (1, 0, 0);
