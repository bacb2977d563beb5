-- The traded cluster category each NACE Rev. 2 division mainly belongs to (European Cluster
-- Observatory / U.S. Cluster Mapping names). Divisions without a row are local services.
-- `clusterpolisee demo` loads the table shipped in data/reference; administrators edit it.
CREATE TABLE cluster_categories (
  nace_division TEXT PRIMARY KEY,
  section       TEXT NOT NULL,
  category      TEXT NOT NULL
);
