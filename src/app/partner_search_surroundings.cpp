// The partner-search ports adapted to the platform (see partner_search_surroundings.hpp).
#include "app/partner_search_surroundings.hpp"

#include <algorithm>
#include <cmath>

#include "core/text.hpp"
#include "domain/matchmaking/nace_divisions.hpp"

namespace cps::app {

using partner_search::MissingFigures;
using partner_search::Person;
using partner_search::Specialisation;

namespace {

constexpr const char* kEmployment = "employment-nace";

std::optional<Person> person_of(const accounts::User& u) {
  if (u.status != accounts::UserStatus::active || u.email.empty()) return std::nullopt;
  return Person{u.id, u.display_name, u.email, u.ui_language, u.organisation};
}

}  // namespace

// Every division of NACE Rev. 2 (as cluster profiles are checked against), with the category
// the editable division table gives it.
Result<std::vector<partner_search::Division>> PlatformForPartnerSearch::divisions() {
  auto rows = s_.categories.categories();
  if (!rows) return std::unexpected(rows.error());
  std::vector<partner_search::Division> out;
  for (const auto& d : matchmaking::nace_divisions()) {
    auto row = std::find_if(rows->begin(), rows->end(), [&](const auto& r) { return r.division == d.code; });
    out.push_back({std::string(d.code), d.section, row == rows->end() ? "" : row->category});
  }
  return out;
}

Result<bool> PlatformForPartnerSearch::country_exists(const CountryCode& country) {
  auto found = s_.reference.country(country.str());
  if (found) return true;
  if (found.error().kind == ErrorKind::not_found || found.error().kind == ErrorKind::invalid) return false;
  return std::unexpected(found.error());
}

Result<bool> PlatformForPartnerSearch::region_exists(const RegionCode& region) {
  auto found = s_.reference.region(region.str());
  if (found) return true;
  if (found.error().kind == ErrorKind::not_found || found.error().kind == ErrorKind::invalid) return false;
  return std::unexpected(found.error());
}

Result<std::optional<partner_search::OrganisationRef>> PlatformForPartnerSearch::organisation(accounts::OrganisationId id) {
  std::optional<partner_search::OrganisationRef> out;
  auto read = s_.accounts.read([&](accounts::AccountStore& store) -> Status {
    auto found = store.organisation(id);
    if (!found) return std::unexpected(found.error());
    if (*found) out = partner_search::OrganisationRef{(*found)->id, (*found)->text("en").name, (*found)->country};
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::optional<statistics::IndicatorMap>> PlatformForPartnerSearch::quotients(char section,
                                                                                   std::string& data_sector) {
  auto datasets = s_.statistics.datasets();
  if (!datasets) return std::unexpected(datasets.error());
  auto employment = std::find_if(datasets->begin(), datasets->end(),
                                 [](const statistics::Dataset& d) { return d.code == kEmployment; });
  if (employment == datasets->end()) return std::optional<statistics::IndicatorMap>();
  std::lock_guard lock(mutex_);
  if (quotients_.version != employment->current_version) {
    auto sectors = s_.statistics.sectors();
    if (!sectors) return std::unexpected(sectors.error());
    quotients_ = Quotients{employment->current_version, std::move(*sectors), {}};
  }
  // The data's sector that holds the section: "B-E" holds C.
  auto holder = std::find_if(quotients_.sectors.begin(), quotients_.sectors.end(), [&](const std::string& sector) {
    auto sections = statistics::sections_of(sector);
    return std::find(sections.begin(), sections.end(), section) != sections.end();
  });
  if (holder == quotients_.sectors.end()) {
    data_sector = std::string(1, section);  // the data leave the section out
    return std::optional<statistics::IndicatorMap>();
  }
  data_sector = *holder;
  auto it = quotients_.by_sector.find(data_sector);
  if (it == quotients_.by_sector.end()) {
    auto map = s_.statistics.indicator_map("lq:" + data_sector, std::nullopt);
    if (!map) return std::unexpected(map.error());
    it = quotients_.by_sector.emplace(data_sector, std::move(*map)).first;
  }
  return std::optional<statistics::IndicatorMap>(it->second);
}

Result<Specialisation> PlatformForPartnerSearch::specialisation(const RegionCode& region, char section) {
  Specialisation out;
  out.region_label = region.str();
  if (auto detail = s_.reference.region(region.str()); detail && !detail->region.name_latin.empty())
    out.region_label = detail->region.name_latin + " (" + region.str() + ")";
  std::string data_sector;
  auto map = quotients(section, data_sector);
  if (!map) return std::unexpected(map.error());
  if (!*map) {
    // No employment data at all, or none for the section.
    out.missing = data_sector.empty() ? MissingFigures::no_country_figures : MissingFigures::no_sector_figures;
    return out;
  }
  out.data_sector = data_sector;
  if (auto it = (*map)->values.find(region.str()); it != (*map)->values.end() && std::isfinite(it->second)) {
    out.lq = it->second;
    out.year = (*map)->year;
    return out;
  }
  // No figure for the region: none for its whole country (AL, RS, ME, BA, MD, UA), or only
  // this one is missing (not published, confidential).
  std::string country = region.str().substr(0, 2);
  bool country_has_figures = std::any_of((*map)->values.begin(), (*map)->values.end(),
                                         [&](const auto& entry) { return entry.first.starts_with(country); });
  out.missing = country_has_figures ? MissingFigures::no_sector_figures : MissingFigures::no_country_figures;
  return out;
}

std::vector<std::string> PlatformForPartnerSearch::terms(std::string_view text, std::string_view language) {
  std::vector<std::string> out = s_.analyzer.terms(text, language);
  for (const auto& m : s_.thesaurus.match_any_language(text, s_.analyzer, language))
    out.push_back("concept:" + m.concept_id);
  return out;
}

Result<std::vector<Person>> PlatformForPartnerSearch::people(const std::vector<accounts::UserId>& ids) {
  std::vector<Person> out;
  auto read = s_.accounts.read([&](accounts::AccountStore& store) -> Status {
    for (auto id : ids) {
      if (std::any_of(out.begin(), out.end(), [&](const Person& p) { return p.id == id; })) continue;
      auto found = store.user(id);
      if (!found) return std::unexpected(found.error());
      if (*found)
        if (auto p = person_of((*found)->user)) out.push_back(std::move(*p));
    }
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::vector<Person>> PlatformForPartnerSearch::members_of(accounts::OrganisationId id) {
  std::vector<Person> out;
  auto read = s_.accounts.read([&](accounts::AccountStore& store) -> Status {
    auto users = store.users();
    if (!users) return std::unexpected(users.error());
    for (const auto& u : *users)
      if (u.organisation == id)
        if (auto p = person_of(u)) out.push_back(std::move(*p));
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

accounts::OutgoingMail PlatformForPartnerSearch::mail_for(const Person& to, const partner_search::MailText& mail) {
  i18n::Language language = i18n::parse_language(to.language).value_or(i18n::kDefaultLanguage);
  return {to.email, text::fill(s_.catalogue.translate(language, mail.subject), mail.values),
          text::fill(s_.catalogue.translate(language, mail.body), mail.values) + "\n"};
}

std::string PlatformForPartnerSearch::address(const Person& to, std::string_view path) {
  i18n::Language language = i18n::parse_language(to.language).value_or(i18n::kDefaultLanguage);
  std::string base = s_.account_service.settings().public_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base + "/" + std::string(i18n::code(language)) + std::string(path);
}

}  // namespace cps::app
