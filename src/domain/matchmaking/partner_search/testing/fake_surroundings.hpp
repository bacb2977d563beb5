// In-memory ports of partner search for unit tests: the published profiles (matchmaking's
// ProfileCatalogue) and the platform around it (divisions, countries and regions,
// organisations, people, employment figures, terms and mails). Test-only code.
#pragma once

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "domain/matchmaking/partner_search/surroundings.hpp"
#include "domain/matchmaking/profile_catalogue.hpp"

namespace cps::partner_search {

class FakeProfiles final : public matchmaking::ProfileCatalogue {
 public:
  std::vector<matchmaking::ProfileCard> published;             // as published_profiles() gives them
  std::map<std::int64_t, matchmaking::ClusterProfile> by_organisation;  // any status
  std::map<std::int64_t, std::vector<accounts::UserId>> recipient_ids;  // by profile

  Result<std::vector<matchmaking::ProfileCard>> published_profiles() override { return published; }
  Result<matchmaking::ProfileCard> published_profile(matchmaking::ProfileId id) override {
    for (const auto& c : published)
      if (c.profile.id == id) return c;
    return fail(ErrorKind::not_found, "Not found.");
  }
  Result<std::optional<matchmaking::ClusterProfile>> profile_of(accounts::OrganisationId organisation) override {
    auto it = by_organisation.find(organisation.value());
    if (it == by_organisation.end()) return std::optional<matchmaking::ClusterProfile>();
    return std::optional<matchmaking::ClusterProfile>(it->second);
  }
  Result<std::vector<accounts::UserId>> recipients(matchmaking::ProfileId id) override {
    return recipient_ids[id.value()];
  }
};

class FakeSurroundings final : public PartnerSearchSurroundings {
 public:
  std::vector<Division> division_table;
  std::set<std::string> countries, regions;
  std::map<std::int64_t, OrganisationRef> organisations;
  std::map<std::int64_t, Person> persons;
  // Location quotients by region and section; a country in `no_figures` has none.
  std::map<std::pair<std::string, char>, double> lq;
  std::set<std::string> no_figures;
  // Words that stand for the same concept in several languages.
  std::map<std::string, std::string> concepts;
  int specialisation_asked = 0;

  Result<std::vector<Division>> divisions() override { return division_table; }
  Result<bool> country_exists(const CountryCode& c) override { return countries.contains(c.str()); }
  Result<bool> region_exists(const RegionCode& r) override { return regions.contains(r.str()); }
  Result<std::optional<OrganisationRef>> organisation(accounts::OrganisationId id) override {
    auto it = organisations.find(id.value());
    if (it == organisations.end()) return std::optional<OrganisationRef>();
    return std::optional<OrganisationRef>(it->second);
  }
  Result<Specialisation> specialisation(const RegionCode& region, char section) override {
    ++specialisation_asked;
    Specialisation s;
    s.region_label = region.str();
    if (no_figures.contains(region.str().substr(0, 2))) {
      s.missing = MissingFigures::no_country_figures;
      return s;
    }
    auto it = lq.find({region.str(), section});
    if (it == lq.end()) {
      s.missing = MissingFigures::no_sector_figures;
      return s;
    }
    s.lq = it->second;
    s.year = 2015;
    s.data_sector = section == 'C' ? "B-E" : std::string(1, section);
    return s;
  }
  // Lower-cased words of three letters or more, a plural "s" dropped, and the concept of each
  // word listed in `concepts`.
  std::vector<std::string> terms(std::string_view text, std::string_view) override {
    std::vector<std::string> out;
    std::string word;
    auto flush = [&] {
      if (word.size() >= 3) {
        if (word.back() == 's') word.pop_back();
        out.push_back(word);
        if (auto it = concepts.find(word); it != concepts.end()) out.push_back("concept:" + it->second);
      }
      word.clear();
    };
    for (char c : text) {
      if (std::isalnum(static_cast<unsigned char>(c))) word += char(std::tolower(static_cast<unsigned char>(c)));
      else flush();
    }
    flush();
    return out;
  }
  Result<std::vector<Person>> people(const std::vector<accounts::UserId>& ids) override {
    std::vector<Person> out;
    for (auto id : ids)
      if (auto it = persons.find(id.value()); it != persons.end()) out.push_back(it->second);
    return out;
  }
  Result<std::vector<Person>> members_of(accounts::OrganisationId id) override {
    std::vector<Person> out;
    for (const auto& [key, p] : persons)
      if (p.organisation == id) out.push_back(p);
    return out;
  }
  // "[ro] subject" with the values filled, so that tests see whose language a mail is in.
  accounts::OutgoingMail mail_for(const Person& to, const MailText& t) override {
    return {to.email, "[" + to.language + "] " + text::fill(t.subject, t.values),
            "[" + to.language + "] " + text::fill(t.body, t.values)};
  }
  std::string address(const Person& to, std::string_view path) override {
    return "https://platform.example/" + to.language + std::string(path);
  }
};

}  // namespace cps::partner_search
