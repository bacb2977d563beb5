// The demo's feedback and helpdesk: a few people's judgments on recommendations, a
// coordinator's pinned recommendation with a note, and three helpdesk questions — one waiting
// for an expert, one assigned and overdue, one answered with a draft knowledge item — taken
// through the services as the demo people, so that every rule holds and the audit log names
// who did what.
#pragma once

#include "app/services.hpp"

namespace cps::app {

struct FeedbackDemoReport {
  std::size_t judgments = 0;
  std::size_t curations = 0;
  std::size_t questions_added = 0;  // 0 when the helpdesk had questions already
};

// Needs the demo partnership and knowledge items stored first. Judgments and curations are
// written again (a person's newest judgment replaces the old); questions only into an empty
// helpdesk.
Result<FeedbackDemoReport> load_demo_feedback(Services& services);

}  // namespace cps::app
