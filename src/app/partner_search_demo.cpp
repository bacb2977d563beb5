// Loads the demo's saved searches and expressions of interest through the partner-search
// service, each as the person the file names (see partner_search_demo.hpp).
#include "app/partner_search_demo.hpp"

#include <algorithm>

#include "app/demo.hpp"
#include "domain/matchmaking/partner_search/criteria_input.hpp"

namespace cps::app {

namespace json = boost::json;
using namespace cps::partner_search;

Result<PartnerSearchDemoReport> load_demo_partner_search(Services& services, const std::filesystem::path& file) {
  auto loaded = read_demo_json(file);
  if (!loaded) return std::unexpected(loaded.error());
  if (!loaded->is_object()) return std::unexpected(bad_demo_file(file, "it is not a JSON object"));
  const auto& root = loaded->as_object();
  auto platform = accounts::AccountService::command_line();
  auto users = services.accounts.users(platform);
  if (!users) return std::unexpected(users.error());
  DemoPeople people(*users);
  auto person = [&](const json::object& entry) -> Result<const accounts::Principal*> {
    const auto* p = people.find(demo_text(entry, "by"));
    if (!p) return std::unexpected(bad_demo_file(file, "nobody of the demo partnership has the address " + demo_text(entry, "by")));
    return p;
  };
  PartnerSearchDemoReport report;

  for (const auto& value : demo_list(root, "saved_searches")) {
    if (!value.is_object()) return std::unexpected(bad_demo_file(file, "a saved search is not an object"));
    const auto& entry = value.as_object();
    auto who = person(entry);
    if (!who) return std::unexpected(who.error());
    const json::object* criteria = entry.if_contains("criteria") ? entry.at("criteria").if_object() : nullptr;
    auto input = read_saved_search([&](std::string_view name) {
      if (name == "name" || name == "alerts") return demo_text(entry, name);
      return criteria ? demo_text(*criteria, name) : std::string();
    });
    if (!input) return std::unexpected(bad_demo_file(file, "saved search: " + input.error().message + " (" + input.error().field + ")"));
    auto mine = services.partner_search.saved_searches(**who);
    if (!mine) return std::unexpected(mine.error());
    if (std::any_of(mine->begin(), mine->end(), [&](const SavedSearch& s) { return s.name == input->name; })) continue;
    auto saved = services.partner_search.save_search(**who, std::move(*input));
    if (!saved) return std::unexpected(bad_demo_file(file, "saved search: " + saved.error().message));
    ++report.saved_searches;
  }

  auto organisations = services.organisations.directory(platform, {});
  if (!organisations) return std::unexpected(organisations.error());
  for (const auto& value : demo_list(root, "interests")) {
    if (!value.is_object()) return std::unexpected(bad_demo_file(file, "an expression of interest is not an object"));
    const auto& entry = value.as_object();
    auto who = person(entry);
    if (!who) return std::unexpected(who.error());
    std::string slug = demo_text(entry, "to");
    auto org = std::find_if(organisations->begin(), organisations->end(),
                            [&](const accounts::Organisation& o) { return o.slug == slug; });
    if (org == organisations->end()) return std::unexpected(bad_demo_file(file, "unknown organisation " + slug));
    auto profile = services.cluster_profile_catalogue.profile_of(org->id);
    if (!profile) return std::unexpected(profile.error());
    if (!*profile) return std::unexpected(bad_demo_file(file, slug + " has no cluster profile"));
    auto sent = services.partner_search.interests(**who);
    if (!sent) return std::unexpected(sent.error());
    if (std::any_of(sent->sent.begin(), sent->sent.end(),
                    [&](const Interest& i) { return i.to_profile == (*profile)->id; }))
      continue;
    InterestInput input{(*profile)->id, std::nullopt, demo_text(entry, "message")};
    std::string about = demo_text(entry, "about");
    for (const auto& o : (*profile)->offers_and_needs)
      if (o.text("en").title == about) input.about = o.id;
    if (!about.empty() && !input.about)
      return std::unexpected(bad_demo_file(file, slug + " has no offer or need titled " + about));
    auto made = services.partner_search.express_interest(**who, input);
    if (!made) return std::unexpected(bad_demo_file(file, "expression of interest to " + slug + ": " + made.error().message));
    ++report.interests;
  }
  return report;
}

}  // namespace cps::app
