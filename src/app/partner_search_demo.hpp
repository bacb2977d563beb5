// The demo's partner search: a saved search with daily alerts and two expressions of interest
// between demo clusters of different countries (data/demo/partner_search.json), made through
// the partner-search service as the demo people named in the file.
#pragma once

#include <filesystem>

#include "app/services.hpp"

namespace cps::app {

struct PartnerSearchDemoReport {
  std::size_t saved_searches = 0;  // added now
  std::size_t interests = 0;       // added now
};

// Adds each saved search whose owner has none of that name, and each expression of interest
// whose sender has sent none to that cluster; needs the demo's cluster profiles first. Fails
// naming the entry the service refused.
Result<PartnerSearchDemoReport> load_demo_partner_search(Services& services, const std::filesystem::path& file);

}  // namespace cps::app
