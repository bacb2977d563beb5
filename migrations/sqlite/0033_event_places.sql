-- Places at events given by the organiser's approval, and reminders before events.
-- The PostgreSQL version of this file changes the registrations' status check in place;
-- SQLite cannot alter a check, so the table is copied into one with the new check.

ALTER TABLE events ADD COLUMN allocation TEXT NOT NULL DEFAULT 'first_come'
  CHECK (allocation IN ('first_come', 'approval'));

-- pending: waits for the organiser's decision; declined: the organiser said no.
CREATE TABLE event_registrations_0033 (
  id                INTEGER PRIMARY KEY,
  event_id          BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  user_id           BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name              TEXT NOT NULL,
  email             TEXT NOT NULL DEFAULT '',
  organisation      TEXT NOT NULL DEFAULT '',
  country           TEXT NOT NULL DEFAULT '',
  organisation_type TEXT NOT NULL DEFAULT '',
  status            TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled', 'pending', 'declined')),
  needs             TEXT NOT NULL DEFAULT '',
  registered_at     BIGINT NOT NULL,
  checked_in_at     BIGINT NOT NULL DEFAULT 0,
  certificate_token TEXT UNIQUE,
  UNIQUE (event_id, user_id)
);
INSERT INTO event_registrations_0033 (id, event_id, user_id, name, email, organisation, country, organisation_type,
                                      status, needs, registered_at, checked_in_at, certificate_token)
  SELECT id, event_id, user_id, name, email, organisation, country, organisation_type, status, needs,
         registered_at, checked_in_at, certificate_token FROM event_registrations;
DROP TABLE event_registrations;
ALTER TABLE event_registrations_0033 RENAME TO event_registrations;
CREATE INDEX event_registrations_by_user ON event_registrations (user_id);

-- Which registration got which reminder (its lead, in seconds before the event's start), so
-- that each goes out once. The row goes with its registration.
CREATE TABLE event_reminders (
  registration_id BIGINT NOT NULL REFERENCES event_registrations (id) ON DELETE CASCADE,
  lead_seconds    BIGINT NOT NULL CHECK (lead_seconds > 0),
  sent_at         BIGINT NOT NULL,
  PRIMARY KEY (registration_id, lead_seconds)
);
