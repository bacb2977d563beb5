// The input shapes of cluster profiles, each read in one place for the pages (their fields as
// this JSON shape), the API and the demo; and the rules on them that need nothing stored.
#pragma once

#include <boost/json/fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/matchmaking/cluster_profile.hpp"

namespace cps::matchmaking {

// Limits people meet in forms; far above what a real profile needs.
inline constexpr std::size_t kMostSectors = 10;
inline constexpr std::size_t kMostTechnologies = 30;
inline constexpr std::size_t kMostLanguages = 12;
inline constexpr std::size_t kMostEditors = 20;
inline constexpr int kMostMembersOfAType = 1'000'000;

// The profile: {organisation (id; the creator's when absent, read only on creation),
// texts: [{language, tagline, description}], sectors: ["16", …], value_chain,
// technologies: [tags], members: {smes, large_firms, research, education, public_bodies,
// other}, languages: [codes], founded: year | null, staff, label, website,
// contact: {person, email, phone, visibility}}.
struct ProfileInput {
  std::optional<accounts::OrganisationId> organisation;
  std::vector<ProfileText> texts;
  std::vector<std::string> sectors;  // NACE divisions, sorted and unique once checked
  ValueChainPosition value_chain = ValueChainPosition::mixed;
  std::vector<std::string> technologies;
  MemberCounts members;
  std::vector<std::string> languages;
  std::optional<int> founded;
  int staff = 0;
  ExcellenceLabel label = ExcellenceLabel::none;
  std::string website;
  Contact contact;
};
Result<ProfileInput> read_profile(const boost::json::value& value);
// The rules: an English text (partners abroad read it) with a tagline; each language once;
// 1–10 sectors, each a NACE Rev. 2 division; 1–12 working languages; tags of 1–60
// characters, at most 30; member counts 0–1,000,000; a founding year 1900–2100; a website
// address http(s)://…; a contact e-mail. Sorts the sectors, lower-cases the tags and the
// e-mail, and drops repeated tags and languages. Fails (unprocessable) naming the field.
Status check_profile(ProfileInput& input);

// An offer or a need: {side, kind, texts: [{language, title, description}],
// sectors: ["16", …], countries: ["RO", …], expires_on: "YYYY-MM-DD" | null}.
struct OfferInput {
  Side side = Side::offer;
  OfferKind kind = OfferKind::capability;
  std::vector<OfferText> texts;
  std::vector<std::string> sectors;
  std::vector<CountryCode> countries;
  std::string expires_on;  // "" : a year from today (the service fills it)
};
Result<OfferInput> read_offer(const boost::json::value& value);
// The rules: an English title, each language once, at most 10 sectors (divisions), country
// codes of two letters, a date that exists. Fails (unprocessable) naming the field.
Status check_offer(OfferInput& input);

// {editors: ["e-mail", …]}: the people besides the organisation's staff who may change it.
Result<std::vector<std::string>> read_editors(const boost::json::value& value);

// A calendar date YYYY-MM-DD that exists.
bool is_calendar_date(const std::string& text);
// The date `days` after `date` (YYYY-MM-DD, which must exist).
std::string date_after(const std::string& date, int days);
// The day (UTC) of a moment, YYYY-MM-DD.
std::string day_of(Seconds moment);

}  // namespace cps::matchmaking
