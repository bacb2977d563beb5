#include "web/event_labels.hpp"

#include "i18n/catalogue.hpp"

namespace cps::web {

using i18n::N_;

const char* event_kind_label(events::EventKind k) {
  switch (k) {
    case events::EventKind::study_visit: return N_("Study visit");
    case events::EventKind::workshop: return N_("Workshop");
    case events::EventKind::training_session: return N_("Training session");
    case events::EventKind::committee_meeting: return N_("Steering or scientific committee meeting");
    case events::EventKind::webinar: return N_("Webinar");
    case events::EventKind::conference: return N_("Conference");
  }
  return "";
}

const char* registration_status_label(events::RegistrationStatus s) {
  switch (s) {
    case events::RegistrationStatus::confirmed: return N_("Place confirmed");
    case events::RegistrationStatus::waitlisted: return N_("On the waiting list");
    case events::RegistrationStatus::cancelled: return N_("Cancelled");
    case events::RegistrationStatus::pending: return N_("Waiting for the organisers' approval");
    case events::RegistrationStatus::declined: return N_("Declined by the organisers");
  }
  return "";
}

const char* allocation_label(events::Allocation a) {
  switch (a) {
    case events::Allocation::first_come: return N_("First come, first served");
    case events::Allocation::approval: return N_("The organisers approve each registration");
  }
  return "";
}

}  // namespace cps::web
