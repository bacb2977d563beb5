-- The database's own full-text index of the knowledge base, no longer read (see 0009).
DROP TABLE knowledge_fts;
