-- Foundation schema: reference tables every feature points at, and the cache epoch.
CREATE TABLE countries (
  code            TEXT PRIMARY KEY,            -- Eurostat/NUTS country code (EL for Greece)
  iso_code        TEXT NOT NULL UNIQUE,        -- ISO 3166-1 alpha-2 (GR for Greece)
  status          TEXT NOT NULL CHECK (status IN ('eu', 'ipa', 'other')),
  name_en         TEXT NOT NULL,
  name_native     TEXT NOT NULL,
  native_language TEXT NOT NULL,               -- BCP 47 tag of the official language used for name_native
  position        INTEGER NOT NULL
);

CREATE TABLE regions (
  code           TEXT PRIMARY KEY,
  level          INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),
  country_code   TEXT NOT NULL REFERENCES countries (code),
  parent_code    TEXT REFERENCES regions (code),
  name_latin     TEXT NOT NULL,
  name_native    TEXT NOT NULL,
  classification TEXT NOT NULL CHECK (classification IN ('nuts2021', 'national'))
);
CREATE INDEX regions_by_country_level ON regions (country_code, level, code);
CREATE INDEX regions_by_parent ON regions (parent_code);

CREATE TABLE thematic_areas (
  code     TEXT PRIMARY KEY,                   -- WG1 … WG6
  position INTEGER NOT NULL UNIQUE
);

CREATE TABLE thematic_area_texts (
  area_code   TEXT NOT NULL REFERENCES thematic_areas (code),
  lang        TEXT NOT NULL,
  name        TEXT NOT NULL,
  summary     TEXT NOT NULL,
  description TEXT NOT NULL,                   -- Markdown, several paragraphs
  PRIMARY KEY (area_code, lang)
);

CREATE TABLE partner_types (
  code     TEXT PRIMARY KEY,
  position INTEGER NOT NULL UNIQUE
);

CREATE TABLE reporting_periods (
  number    INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 99),
  starts_on TEXT NOT NULL,                     -- ISO 8601 date
  ends_on   TEXT NOT NULL,
  CHECK (starts_on < ends_on)
);

-- One row; every write that changes what pages show increments it, so that every app
-- server sharing the database drops its rendered-page cache.
CREATE TABLE data_epoch (
  id      INTEGER PRIMARY KEY CHECK (id = 1),
  version BIGINT NOT NULL
);
INSERT INTO data_epoch (id, version) VALUES (1, 1);
