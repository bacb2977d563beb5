-- Economic complexity results, computed once per dataset version, year and NUTS level and
-- kept with the version (deleted with it). The payload is JSON: region and sector codes and
-- every indicator (RCA, Mcp, ECI, PCI, proximity, density, COI, COG), each as a string of
-- numbers in their shortest exact form.
CREATE TABLE complexity_results (
  version_id  BIGINT NOT NULL REFERENCES dataset_versions (id) ON DELETE CASCADE,
  year        INTEGER NOT NULL,
  level       INTEGER NOT NULL,
  computed_at BIGINT NOT NULL,
  payload     TEXT NOT NULL,
  PRIMARY KEY (version_id, year, level)
);
