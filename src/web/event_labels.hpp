// What events' codes are called on pages, in the UI languages: kinds of event and
// registration statuses.
#pragma once

#include "domain/events/events.hpp"

namespace cps::web {

const char* event_kind_label(events::EventKind k);
const char* registration_status_label(events::RegistrationStatus s);

}  // namespace cps::web
