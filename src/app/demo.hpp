// The demo partnership: organisations and people from data/demo/partnership.json, loaded
// through the services (so every check applies) and idempotent: what exists is kept.
#pragma once

#include <filesystem>
#include <string>

#include "app/services.hpp"

namespace cps::app {

inline constexpr std::string_view kDemoPassword = "cluster-policy-2026";

struct DemoReport {
  std::size_t organisations_added = 0;
  std::size_t organisations_total = 0;
  std::size_t people_added = 0;
  std::size_t people_total = 0;
  // A sign-in for each kind of person, for the README and the command's output.
  std::vector<std::pair<std::string, std::string>> logins;  // role label, e-mail
};

Result<DemoReport> load_demo_partnership(Services& services, const std::filesystem::path& file);

}  // namespace cps::app
