// What events' codes are called on pages, in the UI languages: kinds of event and
// registration statuses, and how places are given.
#pragma once

#include "domain/events/events.hpp"

namespace cps::web {

const char* event_kind_label(events::EventKind k);
const char* registration_status_label(events::RegistrationStatus s);
const char* allocation_label(events::Allocation a);

}  // namespace cps::web
