// The demo partnership: organisations and people from data/demo/partnership.json, loaded
// through the services (so every check applies) and idempotent: what exists is kept.
#pragma once

#include <boost/json/value.hpp>
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

// What every demo data file's loader answers when the file is not as expected: `what` says how.
Error bad_demo_file(const std::filesystem::path& file, const std::string& what);
// The JSON a demo data file holds; null where its text is not JSON (the caller then says what
// it expected). Fails (invalid, naming the file) where the file cannot be read.
Result<boost::json::value> read_demo_json(const std::filesystem::path& file);

}  // namespace cps::app
