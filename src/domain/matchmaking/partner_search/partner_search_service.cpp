// PartnerSearchService: searching, saved searches and their daily alerts (expressions of
// interest are in interests.cpp).
#include "domain/matchmaking/partner_search/partner_search_service.hpp"

#include <algorithm>
#include <chrono>
#include <map>

#include "core/text.hpp"
#include "domain/accounts/policy.hpp"
#include "domain/matchmaking/partner_search/matching.hpp"
#include "domain/matchmaking/partner_search/service_parts.hpp"
#include "i18n/catalogue.hpp"

namespace cps::partner_search {

using accounts::Action;
using accounts::Principal;
using i18n::N_;
using namespace service_parts;

std::string day_of(Seconds t) {
  // Days since 1970-01-01 to a civil date (proleptic Gregorian).
  long long z = (t >= 0 ? t : t - 86399) / 86400 + 719468;
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  long long doe = z - era * 146097;
  long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long y = yoe + era * 400;
  long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long long mp = (5 * doy + 2) / 153;
  long long d = doy - (153 * mp + 2) / 5 + 1;
  long long m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", y, m, d);
  return buf;
}

PartnerSearchService::PartnerSearchService(PartnerSearchRepository& repository, matchmaking::ProfileCatalogue& profiles,
                                           PartnerSearchSurroundings& surroundings, Clock clock)
    : repository_(repository), profiles_(profiles), surroundings_(surroundings), clock_(std::move(clock)) {}

Seconds PartnerSearchService::now() const {
  if (clock_) return clock_();
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

Status PartnerSearchService::check_known(const Criteria& c, const std::vector<Division>& divisions) {
  if (!c.division.empty() && std::none_of(divisions.begin(), divisions.end(),
                                          [&](const Division& d) { return d.division == c.division; }))
    return fail(ErrorKind::unprocessable, N_("Choose a sector from the list."), "sector");
  if (!c.category.empty() && std::none_of(divisions.begin(), divisions.end(), [&](const Division& d) {
        return !d.category.empty() && text::to_lower_ascii(d.category) == text::to_lower_ascii(c.category);
      }))
    return fail(ErrorKind::unprocessable, N_("Choose a sector from the list."), "category");
  if (c.country) {
    auto known = surroundings_.country_exists(*c.country);
    if (!known) return std::unexpected(known.error());
    if (!*known) return fail(ErrorKind::unprocessable, N_("Choose a country from the list."), "country");
  }
  if (c.region) {
    auto known = surroundings_.region_exists(*c.region);
    if (!known) return std::unexpected(known.error());
    if (!*known) return fail(ErrorKind::unprocessable, N_("Choose regions from the list."), "region");
  }
  return {};
}

Result<SearchResult> PartnerSearchService::run(const Asker& asker, const Criteria& criteria, const std::string& language) {
  auto divisions = surroundings_.divisions();
  if (!divisions) return std::unexpected(divisions.error());
  if (auto ok = check_known(criteria, *divisions); !ok) return std::unexpected(ok.error());
  const std::string today = day_of(now());

  std::optional<matchmaking::ClusterProfile> own;
  if (criteria.with_profile == WithProfile::yes && asker.organisation) {
    auto found = profiles_.profile_of(*asker.organisation);
    if (!found) return std::unexpected(found.error());
    own = std::move(*found);
  }
  // The own profile is a criterion when it says something: sectors, or offers and needs still shown.
  bool profile_speaks = own && (!own->sectors.empty() || std::any_of(own->offers_and_needs.begin(),
                                                                     own->offers_and_needs.end(),
                                                                     [&](const auto& o) { return o.current(today); }));
  if (!criteria.any_field() && !profile_speaks) return no_criterion();

  Searcher searcher;
  searcher.organisation = asker.organisation;
  if (asker.organisation) {
    auto org = surroundings_.organisation(*asker.organisation);
    if (!org) return std::unexpected(org.error());
    if (*org) searcher.country = (*org)->country;
  }
  if (own) searcher.profile = &*own;
  searcher.key = own ? "profile:" + std::to_string(own->id.value()) : asker.key;

  auto published = profiles_.published_profiles();
  if (!published) return std::unexpected(published.error());
  Terms terms = [this](std::string_view text, std::string_view lang) { return surroundings_.terms(text, lang); };
  auto matches = match_profiles(criteria, searcher, *published, *divisions, terms, language, today);

  // The figures of each region and section, asked once per search.
  std::map<std::pair<std::string, char>, Specialisation> figures;
  for (auto& m : matches) {
    if (!m.sector) continue;
    auto row = std::find_if(divisions->begin(), divisions->end(), [&](const Division& d) { return d.division == *m.sector; });
    if (row == divisions->end()) continue;
    if (!m.region) {
      Specialisation none;
      none.missing = MissingFigures::no_region;
      add_specialisation(m, none, *row);
      continue;
    }
    auto key = std::pair{m.region->str(), row->section};
    auto it = figures.find(key);
    if (it == figures.end()) {
      auto got = surroundings_.specialisation(*m.region, row->section);
      if (!got) return std::unexpected(got.error());
      it = figures.emplace(key, std::move(*got)).first;
    }
    add_specialisation(m, it->second, *row);
  }
  order(matches);
  SearchResult out;
  out.criteria = criteria;
  if (own) out.own_profile = own->id;
  out.matches = std::move(matches);
  return out;
}

Result<SearchResult> PartnerSearchService::search(const Principal& who, const Criteria& criteria,
                                                  const std::string& language) {
  return run(asker_of(who), criteria, language);
}

Result<SavedSearch> PartnerSearchService::save_search(const Principal& who, SavedSearchInput input) {
  if (auto ok = require_write(who); !ok) return std::unexpected(ok.error());
  if (!who.signed_in() || !accounts::allowed(who, Action::express_interest, accounts::Target{.user = who.user}))
    return std::unexpected(refusal(who));
  // The search runs once: its criteria are checked, and what it finds now is known already.
  auto found = run(asker_of(who), input.criteria, "en");
  if (!found) return std::unexpected(found.error());
  SavedSearch s;
  s.owner = *who.user;
  s.name = std::move(input.name);
  s.criteria = std::move(input.criteria);
  s.alerts = input.alerts;
  s.created_at = s.checked_at = now();
  for (const auto& m : found->matches) s.known.push_back(m.found);
  auto ok = repository_.transaction([&](PartnerSearchStore& store) -> Status {
    auto mine = store.saved_searches(s.owner);
    if (!mine) return std::unexpected(mine.error());
    if (mine->size() >= kMostSavedSearches)
      return fail(ErrorKind::unprocessable, N_("You have 20 saved searches: delete one before saving another."));
    if (std::any_of(mine->begin(), mine->end(), [&](const SavedSearch& o) { return o.criteria == s.criteria; }))
      return fail(ErrorKind::conflict, N_("You saved this search already."));
    auto id = store.insert_saved_search(s);
    if (!id) return std::unexpected(id.error());
    s.id = *id;
    std::string detail = s.name;
    for (const auto& [name, value] : criteria_fields(s.criteria)) detail += " " + name + "=" + value;
    return store.append_audit(audit_line(who, "search_saved", saved_target(s.id), detail, s.created_at));
  });
  if (!ok) return std::unexpected(ok.error());
  return s;
}

Result<std::vector<SavedSearch>> PartnerSearchService::saved_searches(const Principal& who) {
  if (!who.signed_in()) return std::unexpected(refusal(who));
  std::vector<SavedSearch> out;
  auto ok = repository_.read([&](PartnerSearchStore& store) -> Status {
    auto found = store.saved_searches(*who.user);
    if (!found) return std::unexpected(found.error());
    out = std::move(*found);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Status PartnerSearchService::delete_saved_search(const Principal& who, SavedSearchId id) {
  if (auto ok = require_write(who); !ok) return ok;
  if (!who.signed_in()) return std::unexpected(refusal(who));
  return repository_.transaction([&](PartnerSearchStore& store) -> Status {
    auto found = store.saved_search(id);
    if (!found) return std::unexpected(found.error());
    // Somebody else's search does not exist for this person.
    if (!*found || (*found)->owner != *who.user) return fail(ErrorKind::not_found, "Not found.");
    auto deleted = store.delete_saved_search(id);
    if (!deleted) return std::unexpected(deleted.error());
    return store.append_audit(audit_line(who, "search_deleted", saved_target(id), (*found)->name, now()));
  });
}

Result<std::size_t> PartnerSearchService::send_alerts(Due when) {
  const Seconds at = now();
  std::vector<SavedSearch> due;
  auto read = repository_.read([&](PartnerSearchStore& store) -> Status {
    auto all = store.saved_searches(std::nullopt);
    if (!all) return std::unexpected(all.error());
    for (auto& s : *all)
      if (s.alerts == Alerts::daily && (when == Due::now || at - s.checked_at >= kAlertEvery)) due.push_back(std::move(s));
    return {};
  });
  if (!read) return std::unexpected(read.error());
  std::size_t queued = 0;
  for (const auto& s : due) {
    auto owner = surroundings_.people({s.owner});
    if (!owner) return std::unexpected(owner.error());
    std::optional<accounts::OutgoingMail> mail;
    std::vector<std::string> found;
    if (!owner->empty()) {
      const Person& person = owner->front();
      auto result = run(Asker{person.organisation, "user:" + std::to_string(person.id.value())}, s.criteria,
                        person.language);
      // Criteria that no longer hold (a region or sector gone from the tables) find nothing new.
      if (result) {
        std::string lines;
        for (const auto& m : result->matches) {
          if (std::find(s.known.begin(), s.known.end(), m.found) != s.known.end()) continue;
          found.push_back(m.found);
          lines += "- " + m.organisation + " (" + m.country.str() + ")" + (m.theirs ? ": " + m.theirs->title : "") + "\n";
        }
        if (!found.empty()) {
          std::string query;
          for (const auto& [name, value] : criteria_fields(s.criteria))
            query += (query.empty() ? "?" : "&") + name + "=" + text::encode_uri_component(value);
          MailText text{N_("New partners for your saved search “{name}”"),
                        N_("Partner search found clusters that match your saved search “{name}” since it last "
                           "looked:\n\n{matches}\nSee every match: {link}\nYour saved searches (to stop these "
                           "e-mails, delete this one): {saved}"),
                        {{"name", s.name},
                         {"matches", lines},
                         {"link", surroundings_.address(person, "/partner-search" + query)},
                         {"saved", surroundings_.address(person, "/partner-search/saved")}}};
          mail = surroundings_.mail_for(person, text);
        }
      }
    }
    auto ok = repository_.transaction([&](PartnerSearchStore& store) -> Status {
      if (mail)
        if (auto q = store.enqueue_mail(*mail, at); !q) return q;
      return store.mark_checked(s.id, at, found);
    });
    if (!ok) return std::unexpected(ok.error());
    if (mail) ++queued;
  }
  return queued;
}

}  // namespace cps::partner_search
