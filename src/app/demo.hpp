// The demo partnership: organisations and people from data/demo/partnership.json, loaded
// through the services (so every check applies) and idempotent: what exists is kept.
#pragma once

#include <boost/json.hpp>
#include <filesystem>
#include <initializer_list>
#include <map>
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

// Reading a demo file's objects: a text ("" when absent), a list (empty when absent), and the
// fields of an object that an input reader reads (the file adds who acts and how).
std::string demo_text(const boost::json::object& o, std::string_view key);
const boost::json::array& demo_list(const boost::json::object& o, std::string_view key);
boost::json::value demo_only(const boost::json::object& o, std::initializer_list<std::string_view> keys);

// Who a demo file names by e-mail, as the principals the services see when they sign in.
class DemoPeople {
 public:
  explicit DemoPeople(const std::vector<accounts::User>& users);
  const accounts::Principal* find(const std::string& email) const;

 private:
  std::map<std::string, accounts::Principal> by_email_;
};

}  // namespace cps::app
