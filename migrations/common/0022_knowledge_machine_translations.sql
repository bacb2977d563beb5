-- Machine translations of knowledge items' titles and summaries, one per item and language,
-- made once when a reader asks and kept for every later reader. Apart from knowledge_texts:
-- they are nobody's writing, so they are not in revisions, downloads or the search index. The
-- original title and summary they were made from tell when they stop counting (the original
-- changed); a new one replaces the row.
CREATE TABLE knowledge_machine_translations (
  item_id         BIGINT NOT NULL REFERENCES knowledge_items (id) ON DELETE CASCADE,
  language        TEXT NOT NULL,
  title           TEXT NOT NULL,
  summary         TEXT NOT NULL,
  source_language TEXT NOT NULL,
  source_title    TEXT NOT NULL,
  source_summary  TEXT NOT NULL,
  revision        INTEGER NOT NULL,  -- the item's revision it was made from
  engine          TEXT NOT NULL,     -- what made it, e.g. 'apertium hbs-eng'
  requested_by    BIGINT REFERENCES users (id) ON DELETE SET NULL,
  made_at         BIGINT NOT NULL,
  PRIMARY KEY (item_id, language)
);
