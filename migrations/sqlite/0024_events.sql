-- Events (study visits, workshops, training sessions, committee meetings, webinars,
-- conferences), their registrations with the waiting list and attendance, and people's
-- calendar feeds. Times are Unix seconds (UTC) with the IANA zone the event happens in. The
-- lists an event carries (areas, regions visited, agenda, materials, a study visit's report and
-- the knowledge items drawn from its lessons) are JSON text: they are read and written with
-- the event, never searched on their own.
-- The PostgreSQL version of this file differs only in how ids are generated.

CREATE TABLE events (
  id                     INTEGER PRIMARY KEY,
  kind                   TEXT NOT NULL CHECK (kind IN ('study_visit', 'workshop', 'training_session',
                                                       'committee_meeting', 'webinar', 'conference')),
  title                  TEXT NOT NULL,
  description            TEXT NOT NULL DEFAULT '',
  starts_at              BIGINT NOT NULL,
  ends_at                BIGINT NOT NULL,
  zone                   TEXT NOT NULL,
  place                  TEXT NOT NULL DEFAULT '',
  address                TEXT NOT NULL DEFAULT '',
  online_link            TEXT NOT NULL DEFAULT '',
  host_organisation_id   BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
  areas                  TEXT NOT NULL DEFAULT '[]',
  regions                TEXT NOT NULL DEFAULT '[]',
  agenda                 TEXT NOT NULL DEFAULT '[]',
  capacity               INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),
  registration_closes_at BIGINT NOT NULL DEFAULT 0,
  materials              TEXT NOT NULL DEFAULT '[]',
  report                 TEXT NOT NULL DEFAULT '',
  lesson_items           TEXT NOT NULL DEFAULT '[]',
  created_by             BIGINT REFERENCES users (id) ON DELETE SET NULL,
  revision               INTEGER NOT NULL CHECK (revision > 0),
  -- Moved by every registration decision, which so holds the event's row until it commits:
  -- two people taking the last place at once are decided one after the other.
  seats_turn             BIGINT NOT NULL DEFAULT 0,
  created_at             BIGINT NOT NULL,
  updated_at             BIGINT NOT NULL,
  CHECK (ends_at > starts_at)
);
CREATE INDEX events_by_start ON events (starts_at);

-- One row a person and event; a cancelled registration is kept (and reused when they register
-- again). Name, organisation, country and organisation type are as they were at registration,
-- for the attendance list an auditor accepts. Needs are emptied once the event is over.
CREATE TABLE event_registrations (
  id                INTEGER PRIMARY KEY,
  event_id          BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  user_id           BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name              TEXT NOT NULL,
  email             TEXT NOT NULL DEFAULT '',
  organisation      TEXT NOT NULL DEFAULT '',
  country           TEXT NOT NULL DEFAULT '',
  organisation_type TEXT NOT NULL DEFAULT '',
  status            TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
  needs             TEXT NOT NULL DEFAULT '',
  registered_at     BIGINT NOT NULL,
  checked_in_at     BIGINT NOT NULL DEFAULT 0,
  certificate_token TEXT UNIQUE,
  UNIQUE (event_id, user_id)
);
CREATE INDEX event_registrations_by_user ON event_registrations (user_id);

-- A person's calendar feed: the SHA-256 of its secret address; deleting the row revokes it.
CREATE TABLE event_calendars (
  user_id       BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  secret_digest TEXT NOT NULL UNIQUE,
  created_at    BIGINT NOT NULL
);
