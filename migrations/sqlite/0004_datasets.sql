-- Datasets of regional statistics, their versions and their observations (region × sector
-- × year). A new import is a new version; older versions stay readable.
-- The PostgreSQL version of this file differs only in how ids are generated.
CREATE TABLE datasets (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  title       TEXT NOT NULL,
  unit        TEXT NOT NULL DEFAULT '',
  source      TEXT NOT NULL DEFAULT '',
  licence     TEXT NOT NULL DEFAULT '',
  created_at  BIGINT NOT NULL
);

CREATE TABLE dataset_versions (
  id          INTEGER PRIMARY KEY,
  dataset_id  BIGINT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
  number      INTEGER NOT NULL,
  imported_at BIGINT NOT NULL,
  imported_by TEXT NOT NULL,
  file_name   TEXT NOT NULL,
  format      TEXT NOT NULL,
  row_count   BIGINT NOT NULL,
  skipped     BIGINT NOT NULL,
  first_year  INTEGER NOT NULL,
  last_year   INTEGER NOT NULL,
  UNIQUE (dataset_id, number)
);

CREATE TABLE observations (
  version_id  BIGINT NOT NULL REFERENCES dataset_versions (id) ON DELETE CASCADE,
  region_code TEXT NOT NULL REFERENCES regions (code),
  sector      TEXT NOT NULL,              -- '' where the dataset has no sectors (GDP)
  breakdown   TEXT NOT NULL,              -- further dimensions, e.g. 'age=Y_GE15'; '' for none
  year        INTEGER NOT NULL,
  value       DOUBLE PRECISION,           -- NULL: not available
  flags       TEXT NOT NULL DEFAULT '',   -- Eurostat flags: b break, u low reliability, c confidential …
  PRIMARY KEY (version_id, region_code, sector, breakdown, year)
);
CREATE INDEX observations_by_year ON observations (version_id, year, sector);

-- Codes of older NUTS versions (2010, 2013, 2016) in the programme area and what they are in
-- NUTS 2021: a new code where the region stayed the same, NULL where it was split or merged
-- (its figures cannot be carried over). Imports rename or report them; add rows for more.
CREATE TABLE region_code_changes (
  old_code   TEXT PRIMARY KEY,
  new_code   TEXT REFERENCES regions (code),
  vintage    TEXT NOT NULL,
  note       TEXT NOT NULL DEFAULT ''
);
INSERT INTO region_code_changes (old_code, new_code, vintage, note) VALUES
  ('EL1', 'EL5', 'NUTS 2013', 'Voreia Ellada'),
  ('EL11', 'EL51', 'NUTS 2013', 'Anatoliki Makedonia, Thraki'),
  ('EL12', 'EL52', 'NUTS 2013', 'Kentriki Makedonia'),
  ('EL13', 'EL53', 'NUTS 2013', 'Dytiki Makedonia'),
  ('EL14', 'EL61', 'NUTS 2013', 'Thessalia'),
  ('EL2', 'EL6', 'NUTS 2013', 'Kentriki Ellada'),
  ('EL21', 'EL54', 'NUTS 2013', 'Ipeiros'),
  ('EL22', 'EL62', 'NUTS 2013', 'Ionia Nisia'),
  ('EL23', 'EL63', 'NUTS 2013', 'Dytiki Ellada'),
  ('EL24', 'EL64', 'NUTS 2013', 'Sterea Ellada'),
  ('EL25', 'EL65', 'NUTS 2013', 'Peloponnisos'),
  ('SI01', 'SI03', 'NUTS 2013', 'Vzhodna Slovenija'),
  ('SI02', 'SI04', 'NUTS 2013', 'Zahodna Slovenija'),
  ('ITD', 'ITH', 'NUTS 2010', 'Nord-Est'),
  ('ITD1', 'ITH1', 'NUTS 2010', 'Provincia Autonoma di Bolzano/Bozen'),
  ('ITD2', 'ITH2', 'NUTS 2010', 'Provincia Autonoma di Trento'),
  ('ITD3', 'ITH3', 'NUTS 2010', 'Veneto'),
  ('ITD4', 'ITH4', 'NUTS 2010', 'Friuli-Venezia Giulia'),
  ('ITD5', 'ITH5', 'NUTS 2010', 'Emilia-Romagna'),
  ('ITE', 'ITI', 'NUTS 2010', 'Centro'),
  ('ITE1', 'ITI1', 'NUTS 2010', 'Toscana'),
  ('ITE2', 'ITI2', 'NUTS 2010', 'Umbria'),
  ('ITE3', 'ITI3', 'NUTS 2010', 'Marche'),
  ('ITE4', 'ITI4', 'NUTS 2010', 'Lazio'),
  ('HR04', NULL, 'NUTS 2016', 'Kontinentalna Hrvatska: split into HR02, HR05 and HR06 in NUTS 2021'),
  ('HU10', NULL, 'NUTS 2013', 'Közép-Magyarország: split into HU11 and HU12 in NUTS 2016');
