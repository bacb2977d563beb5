-- News posts (domain/news): an original in one language and its human translations, each a
-- row of its own that names its original. A translation renders the original's text_version it
-- was made from (translated_version); it is out of date once the original's moved past it.
-- Tags are short lists of codes separated by spaces (areas WG1 … WG6, countries as in
-- `countries`). The image's bytes are in the content store under <data dir>/news-images.
-- The PostgreSQL version of this file differs only in how ids are generated.
CREATE TABLE news_posts (
  id                 INTEGER PRIMARY KEY,
  original_id        BIGINT REFERENCES news_posts (id) ON DELETE CASCADE,
  language           TEXT NOT NULL,
  title              TEXT NOT NULL,
  summary            TEXT NOT NULL,
  body               TEXT NOT NULL,
  areas              TEXT NOT NULL DEFAULT '',
  countries          TEXT NOT NULL DEFAULT '',
  status             TEXT NOT NULL CHECK (status IN ('draft', 'published')),
  image_sha256       TEXT NOT NULL DEFAULT '',
  image_type         TEXT NOT NULL DEFAULT '',
  image_size         BIGINT NOT NULL DEFAULT 0,
  image_alt          TEXT NOT NULL DEFAULT '',
  author_id          BIGINT NOT NULL REFERENCES users (id),
  revision           INTEGER NOT NULL CHECK (revision > 0),
  text_version       INTEGER NOT NULL CHECK (text_version > 0),
  translated_version INTEGER NOT NULL DEFAULT 0,
  created_at         BIGINT NOT NULL,
  updated_at         BIGINT NOT NULL,
  published_at       BIGINT NOT NULL DEFAULT 0,
  -- An image is never without its text alternative.
  CHECK (image_sha256 = '' OR image_alt <> '')
);
-- One version per language in a family (an original's own language is checked by the service).
CREATE UNIQUE INDEX news_posts_one_per_language ON news_posts (original_id, language);
CREATE INDEX news_posts_by_image ON news_posts (image_sha256);
