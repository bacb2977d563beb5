// The assessment ports adapted to the accounts, the knowledge base and the regional analytics
// (see assessment_surroundings.hpp).
#include "app/assessment_surroundings.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace cps::app {

using assessment::CoverageCount;
using assessment::PracticeRef;

// --- people -----------------------------------------------------------------------------

Result<std::optional<assessment::Person>> AccountDirectory::person(accounts::UserId id) {
  std::optional<assessment::Person> out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto found = store.user(id);
    if (!found) return std::unexpected(found.error());
    if (!*found || (*found)->user.status == accounts::UserStatus::deleted) return {};
    const accounts::User& u = (*found)->user;
    assessment::Person p{u.id, u.display_name, u.organisation, std::nullopt, accounts::Experience::learning, u.roles};
    if (u.organisation) {
      auto organisation = store.organisation(*u.organisation);
      if (!organisation) return std::unexpected(organisation.error());
      if (*organisation) {
        p.country = (*organisation)->country;
        p.experience = (*organisation)->experience;
      }
    }
    out = std::move(p);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::optional<std::pair<CountryCode, std::optional<RegionCode>>>> AccountDirectory::organisation_place(
    accounts::OrganisationId id) {
  std::optional<std::pair<CountryCode, std::optional<RegionCode>>> out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto found = store.organisation(id);
    if (!found) return std::unexpected(found.error());
    if (*found) out = std::pair((*found)->country, (*found)->region);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::vector<RegionCode>> AccountDirectory::partner_regions() {
  std::set<RegionCode> regions;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto all = store.organisations({});
    if (!all) return std::unexpected(all.error());
    for (const auto& o : *all) {
      bool partner = o.role == accounts::OrganisationRole::lead_partner ||
                     o.role == accounts::OrganisationRole::project_partner ||
                     o.role == accounts::OrganisationRole::associated_partner;
      if (partner && o.region) regions.insert(*o.region);
    }
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return std::vector<RegionCode>(regions.begin(), regions.end());
}

Result<std::vector<assessment::Person>> AccountDirectory::members() {
  std::vector<assessment::Person> out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto organisations = store.organisations({});
    if (!organisations) return std::unexpected(organisations.error());
    std::map<std::int64_t, const accounts::Organisation*> by_id;
    for (const auto& o : *organisations) by_id[o.id.value()] = &o;
    auto users = store.users();
    if (!users) return std::unexpected(users.error());
    for (auto& u : *users) {
      if (u.status != accounts::UserStatus::active || !u.organisation) continue;
      auto it = by_id.find(u.organisation->value());
      if (it == by_id.end()) continue;
      out.push_back({u.id, std::move(u.display_name), u.organisation, it->second->country, it->second->experience,
                     std::move(u.roles)});
    }
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

// --- practices ----------------------------------------------------------------------------

namespace {

knowledge::ItemFilter published() {
  knowledge::ItemFilter f;
  f.statuses = {knowledge::ItemStatus::published};
  return f;
}

PracticeRef reference_to(const knowledge::KnowledgeItem& item, std::string_view language) {
  return {item.id.value(), item.text(language).title, item.content.slug};
}

}  // namespace

Result<std::vector<PracticeRef>> KnowledgeCatalogue::published_on(const AreaCode& area, const std::string& language,
                                                                  std::size_t limit) {
  std::vector<PracticeRef> out;
  if (limit == 0) return out;
  knowledge::ItemFilter f = published();
  f.area = area.str();
  auto page = items_.list(f, "date", limit, 0);
  if (!page) return std::unexpected(page.error());
  for (const auto& item : page->first) out.push_back(reference_to(item, language));
  return out;
}

Result<std::optional<PracticeRef>> KnowledgeCatalogue::published_item(std::int64_t id) {
  auto found = items_.find(knowledge::ItemId(id));
  if (!found) return std::unexpected(found.error());
  if (!*found || (*found)->status != knowledge::ItemStatus::published) return std::optional<PracticeRef>();
  return std::optional(reference_to(**found, (*found)->content.original_language));
}

Result<assessment::CoverageByAreaCountry> KnowledgeCatalogue::coverage() {
  constexpr std::size_t kPage = 500;
  assessment::CoverageByAreaCountry out;
  for (std::size_t offset = 0;; offset += kPage) {
    auto page = items_.list(published(), "date", kPage, offset);
    if (!page) return std::unexpected(page.error());
    for (const auto& item : page->first)
      for (const auto& area : item.content.areas)
        for (const auto& country : item.content.countries) {
          CoverageCount& cell = out[{area, country}];
          ++cell.count;
          cell.newest = std::max(cell.newest.value_or(item.updated_at), item.updated_at);
        }
    if (page->first.size() < kPage) break;
  }
  return out;
}

// --- regional figures ---------------------------------------------------------------------

Result<std::vector<std::pair<RegionCode, double>>> RegionalFigures::structural_peers(const RegionCode& region,
                                                                                     std::size_t k) {
  std::vector<std::pair<RegionCode, double>> out;
  if (k == 0) return out;
  auto similar = statistics_.similar_regions(region.str(), std::min<std::size_t>(k, 50),
                                             unsigned(statistics::Indicators::structure));
  if (!similar) {
    // A region without figures (or before any dataset is imported) simply has no peers.
    auto kind = similar.error().kind;
    if (kind == ErrorKind::not_found || kind == ErrorKind::unprocessable || kind == ErrorKind::invalid) return out;
    return std::unexpected(similar.error());
  }
  for (const auto& peer : similar->nearest) out.emplace_back(RegionCode(peer.region), peer.distance);
  return out;
}

Result<bool> RegionalFigures::knows_indicator(const std::string& indicator) {
  if (indicator == "gdp" || indicator == "jobs" || indicator == "employment-rate" || indicator == "eci") return true;
  if (!indicator.starts_with("lq:")) return false;
  auto sectors = statistics_.sectors();
  if (!sectors) return std::unexpected(sectors.error());
  return std::find(sectors->begin(), sectors->end(), indicator.substr(3)) != sectors->end();
}

Result<std::map<std::string, CoverageCount>> RegionalFigures::dataset_coverage() {
  auto regions = reference_.find_regions({});
  if (!regions) return std::unexpected(regions.error());
  std::map<std::string, std::string> country_of;
  for (const auto& r : regions->regions) country_of[r.code.str()] = r.country.str();
  auto datasets = figures_.datasets();
  if (!datasets) return std::unexpected(datasets.error());
  std::map<std::string, CoverageCount> out;
  for (const auto& d : *datasets) {
    auto versions = figures_.versions(d.id);
    if (!versions) return std::unexpected(versions.error());
    if (versions->empty()) continue;
    const statistics::DatasetVersion& current = versions->front();
    statistics::ObservationQuery q;
    q.version = current.id;
    q.year = current.last_year;
    q.limit = 1000000;
    auto rows = figures_.observations(q);
    if (!rows) return std::unexpected(rows.error());
    std::set<std::string> countries;
    for (const auto& o : *rows)
      if (auto it = country_of.find(o.region); it != country_of.end() && o.value) countries.insert(it->second);
    for (const auto& country : countries) {
      CoverageCount& cell = out[country];
      ++cell.count;
      cell.newest = std::max(cell.newest.value_or(current.imported_at), current.imported_at);
    }
  }
  return out;
}

}  // namespace cps::app
