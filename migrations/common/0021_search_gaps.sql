-- The report of searches that found nothing or little (domain/knowledge/search_gaps.hpp), for
-- the thesaurus' keepers. Aggregated: the query's normalised text, the page's language, the
-- results bucket, how often and in which ISO weeks ("2026-W49") — never who searched, from
-- where or when exactly. Rows last seen more than 26 weeks ago are deleted as searches come in.
CREATE TABLE search_gaps (
  query      TEXT NOT NULL,
  language   TEXT NOT NULL,
  results    TEXT NOT NULL CHECK (results IN ('none', 'few')),
  searches   BIGINT NOT NULL CHECK (searches > 0),
  first_week TEXT NOT NULL,
  last_week  TEXT NOT NULL,
  PRIMARY KEY (query, language, results)
);
CREATE INDEX search_gaps_by_last_week ON search_gaps (last_week);
