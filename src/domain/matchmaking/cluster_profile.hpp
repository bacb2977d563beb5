// A cluster organisation's profile, as cluster managers present their cluster to partners
// abroad: its sectors, place in the value chain, technologies, members, what it offers and
// what it needs (each expiring unless renewed), languages and contact details with their
// visibility. Plain types and their names; nothing here knows HTTP, SQL or templates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"

namespace cps::matchmaking {

using Seconds = std::int64_t;  // Unix time, UTC
using ProfileId = StrongId<struct ClusterProfileIdTag>;
using OfferNeedId = StrongId<struct OfferNeedIdTag>;

// A profile is written by its editors and published only after a reviewer has read it.
enum class ProfileStatus { draft, in_review, published };
inline constexpr EnumName<ProfileStatus> kProfileStatusNames[] = {{ProfileStatus::draft, "draft"},
                                                                  {ProfileStatus::in_review, "in_review"},
                                                                  {ProfileStatus::published, "published"}};
static_assert(names_each_value_once(kProfileStatusNames));
inline constexpr auto kAllProfileStatuses = values_of(kProfileStatusNames);

// Where the cluster's members stand in the value chain of their sectors.
enum class ValueChainPosition { raw_materials, components, manufacturing, services, distribution, research, mixed };
inline constexpr EnumName<ValueChainPosition> kValueChainPositionNames[] = {
    {ValueChainPosition::raw_materials, "raw_materials"},
    {ValueChainPosition::components, "components"},
    {ValueChainPosition::manufacturing, "manufacturing"},  // assembly and manufacturing
    {ValueChainPosition::services, "services"},
    {ValueChainPosition::distribution, "distribution"},
    {ValueChainPosition::research, "research"},
    {ValueChainPosition::mixed, "mixed"}};
static_assert(names_each_value_once(kValueChainPositionNames));
inline constexpr auto kAllValueChainPositions = values_of(kValueChainPositionNames);

// The label of the European Cluster Excellence Initiative the cluster management holds.
enum class ExcellenceLabel { none, bronze, silver, gold };
inline constexpr EnumName<ExcellenceLabel> kExcellenceLabelNames[] = {{ExcellenceLabel::none, "none"},
                                                                      {ExcellenceLabel::bronze, "bronze"},
                                                                      {ExcellenceLabel::silver, "silver"},
                                                                      {ExcellenceLabel::gold, "gold"}};
static_assert(names_each_value_once(kExcellenceLabelNames));
inline constexpr auto kAllExcellenceLabels = values_of(kExcellenceLabelNames);

// Who the members are, counted by type (the triple helix and beyond).
struct MemberCounts {
  int smes = 0;
  int large_firms = 0;
  int research = 0;   // research organisations
  int education = 0;  // universities, vocational schools
  int public_bodies = 0;
  int other = 0;
  int total() const { return smes + large_firms + research + education + public_bodies + other; }
  bool operator==(const MemberCounts&) const = default;
};

// Who may see the contact details: anybody, signed-in members of the platform, or nobody
// until an editor answers a request (the platform then forwards messages instead).
enum class ContactVisibility { everyone, members, on_request };
inline constexpr EnumName<ContactVisibility> kContactVisibilityNames[] = {
    {ContactVisibility::everyone, "public"},
    {ContactVisibility::members, "members"},
    {ContactVisibility::on_request, "on_request"}};
static_assert(names_each_value_once(kContactVisibilityNames));
inline constexpr auto kAllContactVisibilities = values_of(kContactVisibilityNames);

struct Contact {
  std::string person;  // a name or a function ("cluster manager")
  std::string email;
  std::string phone;
  ContactVisibility visibility = ContactVisibility::members;
  bool operator==(const Contact&) const = default;
};

// A sector of the cluster: a NACE Rev. 2 division, with its section and the cluster category
// of the division table (empty for divisions that form no traded cluster).
struct Sector {
  std::string division;  // two digits, e.g. "16"
  char section = 'A';
  std::string category;  // e.g. "Wood Products"; filled when read
  bool operator==(const Sector&) const = default;
};

enum class Side { offer, need };
inline constexpr EnumName<Side> kSideNames[] = {{Side::offer, "offer"}, {Side::need, "need"}};
static_assert(names_each_value_once(kSideNames));

// What an offer or a need is about.
enum class OfferKind { capability, facility, technology, expertise, partner_sought, market, project_idea };
inline constexpr EnumName<OfferKind> kOfferKindNames[] = {{OfferKind::capability, "capability"},
                                                          {OfferKind::facility, "facility"},
                                                          {OfferKind::technology, "technology"},
                                                          {OfferKind::expertise, "expertise"},
                                                          {OfferKind::partner_sought, "partner_sought"},
                                                          {OfferKind::market, "market"},
                                                          {OfferKind::project_idea, "project_idea"}};
static_assert(names_each_value_once(kOfferKindNames));
inline constexpr auto kAllOfferKinds = values_of(kOfferKindNames);

// One language version of an offer's or a need's words.
struct OfferText {
  std::string language;  // en, ro, sq, hu, el or another BCP 47 tag
  std::string title;     // one line, e.g. "Accredited testing lab for wood products"
  std::string description;  // plain text, a few sentences
  bool operator==(const OfferText&) const = default;
};

// An offer or a need of a cluster. It is shown until it expires; editors renew it to keep
// it, so that partner search never answers with what nobody wants any more.
struct OfferNeed {
  OfferNeedId id;
  Side side = Side::offer;
  OfferKind kind = OfferKind::capability;
  std::vector<OfferText> texts;         // at least one; the original language first
  std::vector<std::string> divisions;   // NACE divisions it concerns (may be empty: the profile's)
  std::vector<CountryCode> countries;   // countries or markets it looks to (empty: anywhere)
  std::string expires_on;               // YYYY-MM-DD, the last day it is shown
  Seconds created_at = 0;
  Seconds renewed_at = 0;  // 0 until renewed

  // The text in the language asked for, else English, else the first one.
  const OfferText& text(std::string_view language) const;
  // Whether it is still shown on `today` (YYYY-MM-DD).
  bool current(std::string_view today) const { return expires_on >= today; }
};

// One language version of the profile's words.
struct ProfileText {
  std::string language;
  std::string tagline;      // one line under the name
  std::string description;  // Markdown
  bool operator==(const ProfileText&) const = default;
};

struct ClusterProfile {
  ProfileId id;
  accounts::OrganisationId organisation;  // one profile per organisation
  ProfileStatus status = ProfileStatus::draft;
  std::vector<Sector> sectors;            // at least one, by division
  ValueChainPosition value_chain = ValueChainPosition::mixed;
  std::vector<std::string> technologies;  // free tags, lower case as typed
  MemberCounts members;
  std::vector<std::string> languages;     // languages the cluster works in, BCP 47
  std::optional<int> founded;             // the year the cluster organisation was set up
  int staff = 0;                          // people in the cluster management team
  ExcellenceLabel label = ExcellenceLabel::none;
  std::string website;
  Contact contact;
  std::vector<ProfileText> texts;         // at least English
  std::vector<OfferNeed> offers_and_needs;
  std::vector<accounts::UserId> editors;  // who may change it, besides the organisation's staff
  std::string review_note;                // the reviewer's note when sent back
  int revision = 1;                       // refuses stale edits
  Seconds created_at = 0;
  Seconds updated_at = 0;
  Seconds published_at = 0;  // 0 until first published

  const ProfileText& text(std::string_view language) const;
  std::vector<std::string> divisions() const;
};

// The organisation's name in one language, as the directory keeps it.
struct LocalName {
  std::string language;
  std::string name;
  bool operator==(const LocalName&) const = default;
};

// A profile with the organisation it presents, as lists and partner search read it.
struct ProfileCard {
  ClusterProfile profile;
  std::string organisation_slug;
  std::vector<LocalName> organisation_names;  // English first
  CountryCode country;
  std::optional<RegionCode> region;  // NUTS 2 when the organisation has one

  // The organisation's name in the language asked for, English otherwise.
  const std::string& organisation_name(std::string_view language) const;
};

}  // namespace cps::matchmaking
