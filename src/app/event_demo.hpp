// The demo's events: two past study visits with their attendance, reports and the knowledge
// items drawn from their lessons (one published, one in review), upcoming events — a study visit
// with every place taken and a waiting list, a webinar, a workshop — and the final conference
// with its agenda, taken through the event service as the demo people, so that every rule holds
// and the audit log names who did what. What happened in the past goes through a service whose
// clock reads the day it happened.
#pragma once

#include "app/services.hpp"

namespace cps::app {

struct EventDemoReport {
  std::size_t events_added = 0;  // 0 when there were events already
  std::size_t registrations = 0;
  std::size_t knowledge_items = 0;
};

// Needs the demo partnership and knowledge items stored first; adds events only to an empty
// calendar.
Result<EventDemoReport> load_demo_events(Services& services);

}  // namespace cps::app
