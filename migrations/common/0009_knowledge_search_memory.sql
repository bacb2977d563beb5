-- Search moves into the server's memory (src/domain/knowledge/search_index.hpp), which ranks
-- from the index rows of knowledge_index: the term statistics go (the full-text index goes in
-- 0010). A change counter and a log of the items changed under each value tell every process
-- which items to reload; writers take the counter's row in turn, so values follow commit order.
DROP TABLE knowledge_terms;
DROP TABLE knowledge_index_totals;

-- analysis names the analysis and thesaurus that made the stored index terms; when the
-- program's differ, every item is indexed again (clusterpolisee knowledge reindex, or the
-- server at start).
CREATE TABLE knowledge_search_version (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  version  BIGINT NOT NULL,
  analysis TEXT NOT NULL
);
INSERT INTO knowledge_search_version (id, version, analysis) VALUES (1, 0, '');

-- One row per item ever changed, with the counter's value of its last change (deleted items
-- stay, so that readers learn of the deletion).
CREATE TABLE knowledge_changes (
  item_id BIGINT PRIMARY KEY,
  version BIGINT NOT NULL
);
CREATE INDEX knowledge_changes_by_version ON knowledge_changes (version);
