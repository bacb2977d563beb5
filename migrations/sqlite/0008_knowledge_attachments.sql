-- Files attached to knowledge items. The bytes are on disk under
-- <data_dir>/attachments/<first 2 hex>/<sha256>; the row says what they are and keeps the text
-- search indexed (field "attachment" of knowledge_index). The PostgreSQL version differs only
-- in how ids are generated.
CREATE TABLE knowledge_attachments (
  id             INTEGER PRIMARY KEY,
  item_id        BIGINT NOT NULL REFERENCES knowledge_items (id) ON DELETE CASCADE,
  sha256         TEXT NOT NULL,
  file_name      TEXT NOT NULL,
  media_type     TEXT NOT NULL,
  size           BIGINT NOT NULL,
  extracted_text TEXT NOT NULL DEFAULT '',
  uploaded_by    BIGINT REFERENCES users (id) ON DELETE SET NULL,
  uploaded_at    BIGINT NOT NULL
);
CREATE INDEX knowledge_attachments_by_item ON knowledge_attachments (item_id, uploaded_at);
CREATE INDEX knowledge_attachments_by_sha256 ON knowledge_attachments (sha256);
