-- Places at events given by the organiser's approval, and reminders before events.
-- The SQLite version of this file copies the registrations into a table with the new check.

ALTER TABLE events ADD COLUMN allocation TEXT NOT NULL DEFAULT 'first_come'
  CHECK (allocation IN ('first_come', 'approval'));

-- pending: waits for the organiser's decision; declined: the organiser said no.
ALTER TABLE event_registrations DROP CONSTRAINT event_registrations_status_check;
ALTER TABLE event_registrations ADD CONSTRAINT event_registrations_status_check
  CHECK (status IN ('confirmed', 'waitlisted', 'cancelled', 'pending', 'declined'));

-- Which registration got which reminder (its lead, in seconds before the event's start), so
-- that each goes out once. The row goes with its registration.
CREATE TABLE event_reminders (
  registration_id BIGINT NOT NULL REFERENCES event_registrations (id) ON DELETE CASCADE,
  lead_seconds    BIGINT NOT NULL CHECK (lead_seconds > 0),
  sent_at         BIGINT NOT NULL,
  PRIMARY KEY (registration_id, lead_seconds)
);
