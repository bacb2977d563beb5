// Partner search's rules: searching published cluster profiles across countries (anyone; a
// member's own profile can take part), expressions of interest (signed-in people, not to
// their own cluster, once a day per cluster; the cluster's editors and contact get a mail
// through the outbox), the lists of those sent and received, and saved searches with their
// daily alerts. Every change writes an audit line in the same transaction
// ("partner_search.interest_sent" on "cluster_profile:<id>", "partner_search.search_saved",
// "partner_search.search_deleted" on "saved_search:<id>").
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/matchmaking/partner_search/criteria_input.hpp"
#include "domain/matchmaking/partner_search/partner_search.hpp"
#include "domain/matchmaking/partner_search/partner_search_repository.hpp"
#include "domain/matchmaking/partner_search/surroundings.hpp"
#include "domain/matchmaking/profile_catalogue.hpp"

namespace cps::partner_search {

// A person keeps at most this many saved searches.
inline constexpr std::size_t kMostSavedSearches = 20;
// A saved search's alert is checked again once this long has passed since the last check (a
// little under a day, so that an hourly round does not drift a day late).
inline constexpr Seconds kAlertEvery = 23 * 60 * 60;
// One expression of interest per person and cluster within this long.
inline constexpr Seconds kInterestEvery = 24 * 60 * 60;

// Which saved searches an alert round checks: those last checked kAlertEvery ago or more, or
// every one with alerts (a check asked for by hand).
enum class Due { daily, now };

class PartnerSearchService {
 public:
  using Clock = std::function<Seconds()>;
  PartnerSearchService(PartnerSearchRepository& repository, matchmaking::ProfileCatalogue& profiles,
                       PartnerSearchSurroundings& surroundings, Clock clock = {});

  // Published profiles answering the criteria, explained in `language`. Anyone may search;
  // with WithProfile::yes the profile of the searcher's organisation (in any state) takes
  // part. Fails (invalid) without any criterion, (unprocessable, naming the field) for a
  // sector, category, country or region the platform does not know.
  Result<SearchResult> search(const accounts::Principal& who, const Criteria& criteria, const std::string& language);

  // The published profile an expression of interest would go to, for its form: refused for
  // visitors and for one's own cluster, not found when it is not published.
  Result<matchmaking::ProfileCard> addressee(const accounts::Principal& who, ProfileId profile);
  // Sends an expression of interest. Refused: not signed in, to one's own cluster, about an
  // offer or need the profile does not show, to an unpublished profile, a second time to the
  // same cluster within a day.
  Result<Interest> express_interest(const accounts::Principal& who, const InterestInput& input);
  // Those the person sent, and those received by the clusters of their organisation or that
  // they edit.
  Result<Interests> interests(const accounts::Principal& who);

  // Keeps a search (valid criteria, at most kMostSavedSearches, not the same criteria twice);
  // its current matches count as known, so that alerts tell only of new ones.
  Result<SavedSearch> save_search(const accounts::Principal& who, SavedSearchInput input);
  Result<std::vector<SavedSearch>> saved_searches(const accounts::Principal& who);
  // Only the owner deletes; not found for anybody else.
  Status delete_saved_search(const accounts::Principal& who, SavedSearchId id);

  // The daily check: each saved search with alerts that is due runs again as its owner; the
  // matches not told about before go to the owner in one mail. Returns the number of mails
  // queued.
  Result<std::size_t> send_alerts(Due due = Due::daily);

 private:
  // Whose search it is: their organisation (its profile and country), and their key for
  // feedback on matches when they have no profile ("user:7", "visitor").
  struct Asker {
    std::optional<accounts::OrganisationId> organisation;
    std::string key;
  };
  static Asker asker_of(const accounts::Principal& who) {
    return Asker{who.organisation, who.user ? "user:" + std::to_string(who.user->value()) : "visitor"};
  }
  Result<SearchResult> run(const Asker& asker, const Criteria& criteria, const std::string& language);
  Status check_known(const Criteria& criteria, const std::vector<Division>& divisions);
  Seconds now() const;

  PartnerSearchRepository& repository_;
  matchmaking::ProfileCatalogue& profiles_;
  PartnerSearchSurroundings& surroundings_;
  Clock clock_;
};

// A moment as the day it falls on (UTC), YYYY-MM-DD.
std::string day_of(Seconds t);

}  // namespace cps::partner_search
