#!/usr/bin/env python3
"""Writes migrations/{sqlite,postgres}/0020_statistics_scope.sql: complexity results kept per
scope (the programme area, or Europe), and the European NUTS 2021 regions outside the programme
area (levels 0-2 from data/reference/nuts2021_codes.csv, extra-regio codes left out), whose
figures imports keep as reference data for the European scope. They are not partners' regions:
they go to their own table, never to `regions`, so observations no longer reference `regions`
(the import checks every code against both). Only that change differs between the dialects.
Run it again after changing the code list."""
import csv
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
# The NUTS countries of the programme area, as tools/generate-reference-data.py loads them.
PROGRAMME = {"AT", "BG", "EL", "HU", "RO", "SI", "SK", "HR", "IT", "AL", "ME", "MK", "RS"}

HEAD = """-- Written by tools/generate-europe-regions.py; do not edit by hand (the {other} version of
-- this file differs only in how observations stop referencing `regions`).
-- The analytics in two scopes: the programme area (the partners' regions, as before) and
-- Europe. Complexity results are kept per scope (the key gains the scope; results kept
-- before are the programme area's), and the NUTS 2021 regions of the other European
-- countries are listed apart from the partnership's `regions`, so that imports keep their
-- figures as reference data for comparison while every list of partners' regions stays the
-- programme area's.
CREATE TABLE complexity_results_by_scope (
  version_id  BIGINT NOT NULL REFERENCES dataset_versions (id) ON DELETE CASCADE,
  year        INTEGER NOT NULL,
  level       INTEGER NOT NULL,
  scope       TEXT NOT NULL CHECK (scope IN ('programme', 'europe')),
  computed_at BIGINT NOT NULL,
  payload     TEXT NOT NULL,
  PRIMARY KEY (version_id, year, level, scope)
);
INSERT INTO complexity_results_by_scope (version_id, year, level, scope, computed_at, payload)
  SELECT version_id, year, level, 'programme', computed_at, payload FROM complexity_results;
DROP TABLE complexity_results;
ALTER TABLE complexity_results_by_scope RENAME TO complexity_results;

CREATE TABLE european_regions (
  code         TEXT PRIMARY KEY,
  level        INTEGER NOT NULL CHECK (level BETWEEN 0 AND 2),
  country_code TEXT NOT NULL,
  name_latin   TEXT NOT NULL,
  name_native  TEXT NOT NULL
);

-- Observations are about a region of the programme area or a European region (the import
-- checks the code against both), so their region no longer references `regions` alone.
"""

# PostgreSQL names an inline foreign key <table>_<column>_fkey.
POSTGRES = """ALTER TABLE observations DROP CONSTRAINT observations_region_code_fkey;
"""

# SQLite cannot drop a constraint: the table is made again without it, indexes included.
SQLITE = """CREATE TABLE observations_any_region (
  version_id  BIGINT NOT NULL REFERENCES dataset_versions (id) ON DELETE CASCADE,
  region_code TEXT NOT NULL,
  sector      TEXT NOT NULL,              -- '' where the dataset has no sectors (GDP)
  breakdown   TEXT NOT NULL,              -- further dimensions, e.g. 'age=Y_GE15'; '' for none
  year        INTEGER NOT NULL,
  value       DOUBLE PRECISION,           -- NULL: not available
  flags       TEXT NOT NULL DEFAULT '',   -- Eurostat flags: b break, u low reliability, c confidential …
  PRIMARY KEY (version_id, region_code, sector, breakdown, year)
);
INSERT INTO observations_any_region (version_id, region_code, sector, breakdown, year, value, flags)
  SELECT version_id, region_code, sector, breakdown, year, value, flags FROM observations;
DROP TABLE observations;
ALTER TABLE observations_any_region RENAME TO observations;
CREATE INDEX observations_by_year ON observations (version_id, year, sector);
"""


def q(value):
    return "'" + value.replace("'", "''") + "'"


def main():
    rows = []
    with open(ROOT / "data" / "reference" / "nuts2021_codes.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            code, country = r["nuts_id"].strip(), r["cntr_code"].strip()
            if not code or country in PROGRAMME or code.endswith("Z"):
                continue
            level = int(r["level"])
            if level > 2:
                continue
            latin, native = r["name_latn"].strip(), r["nuts_name"].strip()
            for name in (latin, native):
                assert name and "\n" not in name and ";" not in name, (code, name)
            rows.append((code, level, country, latin, native))
    rows.sort()
    inserts = [f"INSERT INTO european_regions (code, level, country_code, name_latin, name_native) "
               f"VALUES ({q(code)}, {level}, {q(country)}, {q(latin)}, {q(native)});"
               for code, level, country, latin, native in rows]
    for dialect, other, change in (("sqlite", "PostgreSQL", SQLITE), ("postgres", "SQLite", POSTGRES)):
        path = ROOT / "migrations" / dialect / "0020_statistics_scope.sql"
        path.write_text(HEAD.format(other=other) + change + "\n" + "\n".join(inserts) + "\n", encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {len(rows)} European regions outside the programme area")


if __name__ == "__main__":
    main()
