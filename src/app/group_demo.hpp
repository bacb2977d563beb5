// The demo's working-group workspaces: discussions in six working groups and the steering
// committee, written in the partners' languages, with mentions that leave notifications waiting
// for the people they name, a decisions log and a locked discussion — taken through the service
// as the demo people, so that every rule holds and the audit log names who did what.
#pragma once

#include "app/services.hpp"

namespace cps::app {

struct GroupDemoReport {
  std::size_t threads = 0;  // 0 when the workspaces had discussions already
  std::size_t posts = 0;
  std::size_t decisions = 0;
};

// Needs the demo partnership stored first.
Result<GroupDemoReport> load_demo_groups(Services& services);

}  // namespace cps::app
