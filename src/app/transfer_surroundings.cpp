// The transfers' port adapted to the knowledge base, the reference data, the accounts and the
// pilots (see transfer_surroundings.hpp).
#include "app/transfer_surroundings.hpp"

namespace cps::app {

Result<std::optional<transfer::PracticeRef>> TransferSurroundings::practice(std::int64_t id,
                                                                            const std::string& language) {
  auto found = items_.find(knowledge::ItemId(id));
  if (!found) return std::unexpected(found.error());
  if (!*found) return std::optional<transfer::PracticeRef>();
  const knowledge::KnowledgeItem& item = **found;
  transfer::PracticeRef ref;
  ref.id = item.id.value();
  ref.title = item.text(language).title;
  for (const auto& r : item.content.regions) ref.regions.push_back(RegionCode(r));
  for (const auto& c : item.content.countries) ref.countries.push_back(CountryCode(c));
  ref.areas = item.content.areas;
  ref.published = item.status == knowledge::ItemStatus::published;
  return std::optional(std::move(ref));
}

Result<std::optional<transfer::RegionRef>> TransferSurroundings::region(const RegionCode& code) {
  auto found = reference_.lookup_regions({code.str()});
  if (!found) return std::unexpected(found.error());
  if (found->found.empty() || found->found.front().code != code) return std::optional<transfer::RegionRef>();
  const reference::Region& r = found->found.front();
  return std::optional(transfer::RegionRef{r.code, r.level, r.country, r.name_latin, true});
}

Result<std::optional<transfer::OrganisationRef>> TransferSurroundings::organisation(accounts::OrganisationId id) {
  std::optional<transfer::OrganisationRef> out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto found = store.organisation(id);
    if (!found) return std::unexpected(found.error());
    if (*found) out = transfer::OrganisationRef{id, (*found)->texts.empty() ? (*found)->slug : (*found)->text("en").name};
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::vector<transfer::PilotEvidence>> TransferSurroundings::pilots_of(const accounts::Principal& who,
                                                                             std::int64_t item,
                                                                             const std::string& language) {
  auto tested = pilots_.tested_in(who, item, language);
  if (!tested) return std::unexpected(tested.error());
  std::vector<transfer::PilotEvidence> out;
  for (const auto& t : *tested)
    out.push_back(transfer::PilotEvidence{t.pilot.value(), t.title, std::string(pilot::to_string(t.status)),
                                          t.targets.met, t.targets.of, t.result, t.lessons});
  return out;
}

}  // namespace cps::app
