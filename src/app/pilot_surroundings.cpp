// The pilots' port adapted to the accounts, the knowledge base, the monitoring, the reference
// data and the assessment frameworks (see pilot_surroundings.hpp).
#include "app/pilot_surroundings.hpp"

namespace cps::app {

Result<std::optional<pilot::OrganisationRef>> PilotSurroundings::organisation(accounts::OrganisationId id) {
  std::optional<pilot::OrganisationRef> out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto found = store.organisation(id);
    if (!found) return std::unexpected(found.error());
    if (!*found) return {};
    const accounts::Organisation& o = **found;
    out = pilot::OrganisationRef{o.id, o.texts.empty() ? o.slug : o.text("en").name, o.country, o.region};
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::string> PilotSurroundings::display_name(accounts::UserId id) {
  std::string out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto found = store.user(id);
    if (!found) return std::unexpected(found.error());
    if (*found && (*found)->user.status != accounts::UserStatus::deleted) out = (*found)->user.display_name;
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::optional<pilot::PracticeRef>> PilotSurroundings::practice(std::int64_t id, const std::string& language) {
  auto found = items_.find(knowledge::ItemId(id));
  if (!found) return std::unexpected(found.error());
  if (!*found) return std::optional<pilot::PracticeRef>();
  const knowledge::KnowledgeItem& item = **found;
  pilot::PracticeRef ref;
  ref.id = item.id.value();
  ref.title = item.text(language).title;
  if (!item.content.regions.empty()) ref.region = RegionCode(item.content.regions.front());
  if (!item.content.countries.empty()) ref.country = CountryCode(item.content.countries.front());
  ref.published = item.status == knowledge::ItemStatus::published;
  return std::optional(std::move(ref));
}

Result<std::vector<pilot::PeriodDates>> PilotSurroundings::periods() {
  std::vector<pilot::PeriodDates> out;
  auto read = monitoring_.read([&](monitoring::MonitoringStore& store) -> Status {
    auto periods = store.periods();
    if (!periods) return std::unexpected(periods.error());
    for (const auto& p : *periods) out.push_back({p.number, p.starts, p.ends});
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<bool> PilotSurroundings::region_exists(const RegionCode& region) {
  auto found = reference_.lookup_regions({region.str()});
  if (!found) return std::unexpected(found.error());
  return !found->found.empty() && found->found.front().code == region;
}

Result<bool> PilotSurroundings::criterion_exists(const std::string& criterion) {
  bool out = false;
  auto read = assessments_.read([&](assessment::AssessmentStore& store) -> Status {
    auto latest = store.latest_framework_version();
    if (!latest) return std::unexpected(latest.error());
    if (!*latest) return {};
    auto framework = store.framework(**latest);
    if (!framework) return std::unexpected(framework.error());
    out = *framework && (*framework)->criterion(criterion) != nullptr;
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

}  // namespace cps::app
