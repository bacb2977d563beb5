-- The sectors a knowledge item concerns: NACE Rev. 2 divisions (two digits) of the division
-- table (cluster_categories), one row per division, for the sector filter and facet and for
-- matching items with a region's sectors. No foreign key to the table: administrators reload
-- it, and an item keeps the divisions it was saved with. Revisions keep them in their JSON.
CREATE TABLE knowledge_item_sectors (
  item_id  BIGINT NOT NULL REFERENCES knowledge_items (id) ON DELETE CASCADE,
  code     TEXT NOT NULL CHECK (length(code) = 2),
  position INTEGER NOT NULL,
  PRIMARY KEY (item_id, code)
);
CREATE INDEX knowledge_item_sectors_by_code ON knowledge_item_sectors (code, item_id);
