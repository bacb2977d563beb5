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

Result<std::optional<statistics::RegionClusters>> PlatformForPartnerSearch::clusters(const RegionCode& region) {
  auto datasets = s_.statistics.datasets();
  if (!datasets) return std::unexpected(datasets.error());
  auto employment = std::find_if(datasets->begin(), datasets->end(),
                                 [](const statistics::Dataset& d) { return d.code == kEmployment; });
  if (employment == datasets->end()) return std::optional<statistics::RegionClusters>();
  auto key = std::pair{employment->current_version, region.str()};
  {
    std::lock_guard lock(mutex_);
    if (auto it = clusters_.find(key); it != clusters_.end()) return it->second;
  }
  std::optional<statistics::RegionClusters> mapped;
  auto got = s_.statistics.region_clusters(region.str(), employment->id, std::nullopt);
  if (got) mapped = std::move(*got);
  else if (got.error().kind != ErrorKind::not_found && got.error().kind != ErrorKind::unprocessable)
    return std::unexpected(got.error());
  std::lock_guard lock(mutex_);
  clusters_[key] = mapped;
  return mapped;
}

Result<Specialisation> PlatformForPartnerSearch::specialisation(const RegionCode& region, char section) {
  Specialisation out;
  out.region_label = region.str();
  if (auto detail = s_.reference.region(region.str()); detail && !detail->region.name_latin.empty())
    out.region_label = detail->region.name_latin + " (" + region.str() + ")";
  auto mapped = clusters(region);
  if (!mapped) return std::unexpected(mapped.error());
  if (!*mapped || (*mapped)->sectors.empty()) {
    out.missing = MissingFigures::no_country_figures;
    return out;
  }
  for (const auto& s : (*mapped)->sectors) {
    auto sections = statistics::sections_of(s.sector);
    if (std::find(sections.begin(), sections.end(), section) == sections.end() || !std::isfinite(s.lq)) continue;
    out.lq = s.lq;
    out.year = (*mapped)->year;
    out.data_sector = s.sector;
    return out;
  }
  out.missing = MissingFigures::no_sector_figures;
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
