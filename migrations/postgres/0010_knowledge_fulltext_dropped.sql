-- The database's own full-text index of the knowledge base, no longer read (see 0009).
DROP INDEX knowledge_index_lexemes;
ALTER TABLE knowledge_index DROP COLUMN lexemes;
