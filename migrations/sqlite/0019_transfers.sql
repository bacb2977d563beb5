-- Policy transfers: a practice (a knowledge item) adopted in a region of the programme area by
-- an organisation, how and when, how far it went (considered, adopted, piloted, evaluated,
-- abandoned), the pilot that tests it and what its evaluation found. One transfer per practice
-- and destination. Times are Unix seconds (UTC), months YYYY-MM.
-- The PostgreSQL version of this file differs only in how ids are generated.

CREATE TABLE transfers (
  id                      INTEGER PRIMARY KEY,
  -- A transfer leaves with its knowledge item: an item is deleted only by an administrator.
  item_id                 BIGINT NOT NULL REFERENCES knowledge_items (id) ON DELETE CASCADE,
  origin_region_code      TEXT NOT NULL REFERENCES regions (code),
  destination_region_code TEXT NOT NULL REFERENCES regions (code),
  adopter_organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  adopted_on              TEXT NOT NULL CHECK (length(adopted_on) = 7),
  mode                    TEXT NOT NULL CHECK (mode IN ('adapted', 'as_is')),
  status                  TEXT NOT NULL CHECK (status IN ('considered', 'adopted', 'piloted', 'evaluated', 'abandoned')),
  -- The pilot testing it; the transfer stays when the pilot goes.
  pilot_id                BIGINT REFERENCES pilots (id) ON DELETE SET NULL,
  notes                   TEXT NOT NULL DEFAULT '',
  result                  TEXT NOT NULL DEFAULT '',
  revision                INTEGER NOT NULL CHECK (revision > 0),
  recorded_by             BIGINT REFERENCES users (id) ON DELETE SET NULL,
  recorded_at             BIGINT NOT NULL,
  updated_at              BIGINT NOT NULL,
  CHECK (origin_region_code <> destination_region_code),
  UNIQUE (item_id, destination_region_code)
);
CREATE INDEX transfers_by_origin ON transfers (origin_region_code);
CREATE INDEX transfers_by_destination ON transfers (destination_region_code);
CREATE INDEX transfers_by_adoption ON transfers (adopted_on, id);
