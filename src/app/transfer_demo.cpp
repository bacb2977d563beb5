// Loads the demo transfers through the transfer service, each as the person who records it
// (see transfer_demo.hpp).
#include "app/transfer_demo.hpp"

#include <boost/json.hpp>
#include <map>

#include "app/demo.hpp"
#include "domain/transfer/transfer_input.hpp"

namespace cps::app {

namespace json = boost::json;
using namespace cps::transfer;

namespace {

Error refused(const std::filesystem::path& file, const std::string& key, const Error& e) {
  return bad_demo_file(file, "the transfer " + key + " was refused: " + filled_message(e) +
                                 (e.field.empty() ? "" : " (" + e.field + ")"));
}

}  // namespace

Result<TransferDemoReport> load_demo_transfers(Services& services, const std::filesystem::path& file) {
  auto loaded = read_demo_json(file);
  if (!loaded) return std::unexpected(loaded.error());
  const json::value& root = *loaded;
  if (!root.is_object() || !root.as_object().contains("transfers") || !root.at("transfers").is_array())
    return std::unexpected(bad_demo_file(file, "it is not an object with a list of transfers"));
  const accounts::Principal platform = accounts::AccountService::command_line();
  auto users = services.accounts.users(platform);
  if (!users) return std::unexpected(users.error());
  auto organisations = services.organisations.directory(platform, {});
  if (!organisations) return std::unexpected(organisations.error());
  std::map<std::string, accounts::OrganisationId> organisation_by_slug;
  for (const auto& o : *organisations) organisation_by_slug[o.slug] = o.id;
  const DemoPeople people(*users);

  TransferDemoReport report;
  for (const auto& value : root.at("transfers").as_array()) {
    if (!value.is_object()) return std::unexpected(bad_demo_file(file, "a transfer is not an object"));
    const json::object& entry = value.as_object();
    std::string slug = demo_text(entry, "item");
    std::string key = slug + " → " + demo_text(entry, "destination");
    ++report.total;
    auto item = services.knowledge_repository.find_by_slug(slug);
    if (!item) return std::unexpected(item.error());
    if (!*item) return std::unexpected(bad_demo_file(file, "no knowledge item has the slug " + slug));
    const std::int64_t item_id = (*item)->id.value();
    const accounts::Principal* by = people.find(demo_text(entry, "by"));
    if (!by) return std::unexpected(bad_demo_file(file, "nobody has the e-mail " + demo_text(entry, "by")));
    auto adopter = organisation_by_slug.find(demo_text(entry, "adopter"));
    if (adopter == organisation_by_slug.end())
      return std::unexpected(bad_demo_file(file, "unknown organisation " + demo_text(entry, "adopter")));

    json::object typed = demo_only(entry, {"origin", "destination", "adopted_on", "mode", "status", "notes", "result"})
                             .as_object();
    typed["item"] = item_id;
    typed["adopter"] = adopter->second.value();
    if (auto* pilot = entry.if_contains("pilot"); pilot && pilot->is_bool() && pilot->as_bool()) {
      // The demo pilot that transfers the practice in the destination region.
      auto pilots = services.pilots.list(*by,
                                         pilot::PilotFilter{.region = RegionCode(demo_text(entry, "destination")),
                                                            .transfers = item_id},
                                         "en");
      if (!pilots) return std::unexpected(pilots.error());
      if (pilots->empty()) return std::unexpected(bad_demo_file(file, "no demo pilot transfers " + key));
      typed["pilot"] = pilots->front().pilot.id.value();
    }
    auto input = read_transfer(json::value(std::move(typed)));
    if (!input) return std::unexpected(refused(file, key, input.error()));
    auto there = services.transfers.list(platform, TransferFilter{.item = item_id, .region = input->destination}, "en");
    if (!there) return std::unexpected(there.error());
    bool stored = false;
    for (const auto& t : *there) stored = stored || t.destination == input->destination;
    if (stored) continue;
    auto recorded = services.transfers.record(*by, std::move(*input));
    if (!recorded) return std::unexpected(refused(file, key, recorded.error()));
    ++report.added;
  }
  return report;
}

}  // namespace cps::app
