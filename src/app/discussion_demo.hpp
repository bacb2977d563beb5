// The demo's "discuss this": a discussion about a published knowledge item in its working
// group's workspace, started through the service as a demo member (so that every rule holds),
// with a reply and a mention waiting as a notification.
#pragma once

#include "app/services.hpp"

namespace cps::app {

struct DiscussionDemoReport {
  std::size_t discussions = 0;  // 0 when the subject had its discussion already
};

// Needs the demo partnership, knowledge base and workspaces stored first.
Result<DiscussionDemoReport> load_demo_discussions(Services& services);

}  // namespace cps::app
