// The matching and its explanation, as pure functions of the published profiles: which
// profiles answer a search, how well (named components in [0, 1] with the fixed weights
// below), and why, in sentences built from the data. The service adds the figures of regional
// employment (the location quotient) and orders the result.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/matchmaking/cluster_profile.hpp"
#include "domain/matchmaking/partner_search/partner_search.hpp"
#include "domain/matchmaking/partner_search/surroundings.hpp"

namespace cps::partner_search {

// The weights of the score's components; they add up to 1.
inline constexpr double kWordsWeight = 0.45;
inline constexpr double kSectorsWeight = 0.25;
inline constexpr double kKindWeight = 0.10;
inline constexpr double kSpecialisationWeight = 0.20;
// The least overlap of words (cosine of the two sets of terms) for an offer to answer a need.
inline constexpr double kLeastOverlap = 0.15;
// A location quotient at or above this counts as fully specialised (the cluster mapping's
// specialisation test).
inline constexpr double kSpecialisedLq = 2.0;
// At most this many matches are shown.
inline constexpr std::size_t kMostMatches = 50;

using Terms = std::function<std::vector<std::string>(std::string_view text, std::string_view language)>;

// Who searches: their country (for "partners abroad first") and their own profile when it
// takes part.
struct Searcher {
  std::optional<accounts::OrganisationId> organisation;  // its own profile is never a match
  std::optional<CountryCode> country;
  const matchmaking::ClusterProfile* profile = nullptr;
  std::string key;  // "profile:12", or "user:7" without a profile
};

// The profiles (other than the searcher's) that answer the criteria, each with its
// components but the specialisation, the offer or need that matched best, the sector the
// match is about, and the reasons in words. Offers and needs that expired before `today`
// (YYYY-MM-DD) count nowhere. Unordered.
std::vector<Match> match_profiles(const Criteria& criteria, const Searcher& searcher,
                                  const std::vector<matchmaking::ProfileCard>& profiles,
                                  const std::vector<Division>& divisions, const Terms& terms,
                                  std::string_view language, std::string_view today);

// Adds the location quotient of the match's region in its sector: the component and the
// sentence that gives it, or says why the platform cannot.
void add_specialisation(Match& match, const Specialisation& figures, const Division& sector);

// The score from the components and the weights.
double score_of(const Components& components);

// Partners abroad first, then by score (highest first), then by name; at most kMostMatches.
void order(std::vector<Match>& matches);

// The sector's name as the reasons give it: "16 Wood Products" (the division alone when it has
// no category).
std::string sector_label(const Division& division);

}  // namespace cps::partner_search
