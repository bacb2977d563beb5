-- Quotas of places at events: how many confirmed places one organisation, or the organisations
-- of one country, may hold (study-visit seats are allocated among the partners); 0: no quota.
ALTER TABLE events ADD COLUMN places_per_organisation INTEGER NOT NULL DEFAULT 0
  CHECK (places_per_organisation >= 0);
ALTER TABLE events ADD COLUMN places_per_country INTEGER NOT NULL DEFAULT 0
  CHECK (places_per_country >= 0);
