// The demo cluster profiles: the demo cluster organisations' profiles from
// data/demo/cluster_profiles.json, taken through the profile service as the people named in
// the file (an editor writes and submits, the WG3 coordinator publishes), so that every rule
// holds and the audit log names who did what. Their offers and needs match across countries.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "app/services.hpp"

namespace cps::app {

struct ClusterProfileDemoReport {
  std::size_t added = 0;
  std::size_t total = 0;  // the file's profiles stored now, added or already there
  std::map<std::string, std::size_t> added_by_status;
};

// Adds each profile of the file whose organisation has none yet; one that is there is left as
// it is. Offers and needs expire a year after loading (or after "expires_in_days"). Fails
// naming the organisation and the step that the service refused.
Result<ClusterProfileDemoReport> load_demo_cluster_profiles(Services& services, const std::filesystem::path& file);

}  // namespace cps::app
