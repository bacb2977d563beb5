// International partner search among published cluster profiles: what a searcher asks for,
// the explained matches it gets, expressions of interest sent to a cluster, and saved
// searches with their daily alerts. Plain types; nothing here knows HTTP, SQL or templates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/enum_names.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/matchmaking/cluster_profile.hpp"

namespace cps::partner_search {

using Seconds = std::int64_t;  // Unix time, UTC
using matchmaking::OfferKind;
using matchmaking::OfferNeedId;
using matchmaking::ProfileId;
using matchmaking::Side;
using InterestId = StrongId<struct InterestIdTag>;
using SavedSearchId = StrongId<struct SavedSearchIdTag>;

// Whether the searcher's own cluster profile takes part: its needs are matched against the
// others' offers and its offers against their needs.
enum class WithProfile { no, yes };
inline constexpr EnumName<WithProfile> kWithProfileNames[] = {{WithProfile::no, "no"}, {WithProfile::yes, "yes"}};
static_assert(names_each_value_once(kWithProfileNames));

// What a searcher asks for. Every field may be empty; a search needs at least one of them
// (the own profile counts when it has current offers, needs or sectors).
struct Criteria {
  std::string division = {};  // a NACE Rev. 2 division, two digits ("16")
  std::string category = {};  // a cluster category of the division table ("Wood Products")
  std::string words = {};     // words of an offer or a need, any language
  std::optional<CountryCode> country = std::nullopt;
  std::optional<RegionCode> region = std::nullopt;
  std::optional<OfferKind> kind = std::nullopt;  // of the offers and needs considered
  WithProfile with_profile = WithProfile::no;

  // Whether any criterion besides the own profile is given.
  bool any_field() const {
    return !division.empty() || !category.empty() || !words.empty() || country || region || kind;
  }
  bool operator==(const Criteria&) const = default;
};

// One sentence of a match's explanation: a catalogue message id with "{name}" places, and the
// values that fill them once it is translated.
struct Reason {
  std::string text;
  std::vector<std::pair<std::string, std::string>> values;
  bool operator==(const Reason&) const = default;
};

// Why the platform cannot give a location quotient for a cluster's region and sector.
enum class MissingFigures { none, no_region, no_country_figures, no_sector_figures };
inline constexpr EnumName<MissingFigures> kMissingFiguresNames[] = {
    {MissingFigures::none, "none"},
    {MissingFigures::no_region, "no_region"},
    {MissingFigures::no_country_figures, "no_country_figures"},
    {MissingFigures::no_sector_figures, "no_sector_figures"}};
static_assert(names_each_value_once(kMissingFiguresNames));

// How specialised a region is in the NACE section that holds a sector, from the cluster
// mapping of regional employment (published by section, not by division).
struct Specialisation {
  std::optional<double> lq = std::nullopt;  // location quotient; none when the figures lack
  int year = 0;
  std::string data_sector = {};   // the sector code of the employment data, e.g. "B-E"
  std::string region_label = {};  // "Nord-Est (RO21)"
  MissingFigures missing = MissingFigures::none;
};

// An offer or a need as a match shows it: in the reader's language when it has one.
struct OfferShown {
  OfferNeedId id;
  Side side = Side::offer;
  OfferKind kind = OfferKind::capability;
  std::string title;
  std::string language;  // of the title shown
};

// The parts of a match's score, each in [0, 1]; the score is their weighted sum (weights in
// matching.hpp).
struct Components {
  double words = 0;           // their offers and needs against the searcher's words or needs and offers
  double sectors = 0;         // sectors in common with the one chosen or the searcher's own
  double kind = 0;            // an offer of the kind the need asks for
  double specialisation = 0;  // the location quotient of their region in the sector
};

// A published cluster profile that answers a search, with the reasons in words.
struct Match {
  ProfileId profile;
  std::string organisation;  // the organisation's name in the reader's language
  std::string tagline;
  CountryCode country;
  std::optional<RegionCode> region;
  bool international = false;  // in another country than the searcher's
  double score = 0;
  Components components;
  std::optional<OfferShown> theirs;  // their offer or need that matched best
  std::optional<OfferShown> yours;   // the searcher's need or offer it answers
  std::optional<std::string> sector;  // the division the match is about ("16")
  std::optional<Specialisation> specialisation;
  std::vector<Reason> reasons;
  // Names the match for feedback and alerts: "profile:12→profile:40" (the searcher's profile,
  // or "user:7" without one); `found` names what was found: "profile:40" or "profile:40/offer:77".
  std::string key;
  std::string found;
};

struct SearchResult {
  Criteria criteria;
  std::optional<ProfileId> own_profile;  // the searcher's profile when it took part
  std::vector<Match> matches;            // other countries first, then by score
};

// An expression of interest: a signed-in person tells a cluster they would like to work with
// it, about one of its offers or needs (or the cluster as a whole), with a message.
struct Interest {
  InterestId id;
  accounts::UserId sender;
  std::string sender_name;
  std::optional<accounts::OrganisationId> sender_organisation;
  std::string sender_organisation_name;
  std::optional<ProfileId> from_profile;  // the sender's cluster profile when there is one
  ProfileId to_profile;
  std::string to_organisation_name;        // as it was when sent
  std::optional<OfferNeedId> about;        // their offer or need
  std::string about_title;                 // its title as it was when sent
  std::string message;
  Seconds sent_at = 0;
};

// What a person sends.
struct InterestInput {
  ProfileId to_profile;
  std::optional<OfferNeedId> about;
  std::string message;
};

// The expressions of interest a person sees: those they sent, and those received by the
// clusters they edit.
struct Interests {
  std::vector<Interest> sent;      // newest first
  std::vector<Interest> received;  // newest first
};

// A search kept with a name; with alerts, a daily check mails the matches found since.
enum class Alerts { off, daily };
inline constexpr EnumName<Alerts> kAlertsNames[] = {{Alerts::off, "off"}, {Alerts::daily, "daily"}};
static_assert(names_each_value_once(kAlertsNames));

struct SavedSearch {
  SavedSearchId id;
  accounts::UserId owner;
  std::string name;
  Criteria criteria;
  Alerts alerts = Alerts::daily;
  Seconds created_at = 0;
  Seconds checked_at = 0;  // the last alert check (the save counts as the first)
  std::vector<std::string> known;  // the `found` of every match already told about
};

struct SavedSearchInput {
  std::string name;
  Criteria criteria;
  Alerts alerts = Alerts::daily;
};

std::string_view to_string(WithProfile w);
std::string_view to_string(MissingFigures m);
std::string_view to_string(Alerts a);

}  // namespace cps::partner_search
