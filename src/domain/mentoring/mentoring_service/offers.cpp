// Mentor offers: who may offer (staff of an experienced organisation), saving one's offer,
// the list learners choose from, and the peers and mentors for a region's learning needs.
#include <algorithm>
#include <chrono>

#include "domain/accounts/policy.hpp"
#include "domain/mentoring/mentoring_service.hpp"
#include "i18n/catalogue.hpp"

namespace cps::mentoring {

using accounts::Action;
using accounts::Principal;

MentoringService::MentoringService(MentoringRepository& repository, MentoringSurroundings& surroundings, Clock clock)
    : repository_(repository), surroundings_(surroundings), clock_(std::move(clock)) {}

Seconds MentoringService::now() const {
  if (clock_) return clock_();
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

accounts::AuditRecord MentoringService::audit(const Principal& who, std::string action, std::string target,
                                              std::string detail) const {
  return accounts::AuditRecord{who.user, who.label, std::move(action), std::move(target), std::move(detail),
                               who.client, now()};
}

namespace {

Status require_write(const Principal& who) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  if (who.via == Principal::Via::api_token && who.token_scope != accounts::TokenScope::write)
    return fail(ErrorKind::forbidden, "This API token may only read.");
  return {};
}

// Free places first, then the languages the reader reads, then by name.
void rank(std::vector<MentorOffer>& offers, const std::vector<std::string>& languages) {
  auto reads = [&](const MentorOffer& o) {
    return std::any_of(o.languages.begin(), o.languages.end(), [&](const std::string& l) {
      return std::find(languages.begin(), languages.end(), l) != languages.end();
    });
  };
  std::stable_sort(offers.begin(), offers.end(), [&](const MentorOffer& a, const MentorOffer& b) {
    bool fa = a.free_places() > 0, fb = b.free_places() > 0;
    if (fa != fb) return fa;
    bool ra = reads(a), rb = reads(b);
    if (ra != rb) return ra;
    return a.mentor_name < b.mentor_name;
  });
}

}  // namespace

Status MentoringService::describe(MentorOffer& offer) {
  auto person = surroundings_.person(offer.mentor);
  if (!person) return std::unexpected(person.error());
  if (*person) offer.mentor_name = (*person)->name;
  auto organisation = surroundings_.organisation(offer.organisation);
  if (!organisation) return std::unexpected(organisation.error());
  if (*organisation) {
    offer.organisation_name = (*organisation)->name;
    offer.country = (*organisation)->country;
    offer.region = (*organisation)->region;
  }
  return {};
}

Result<std::optional<OrganisationRef>> MentoringService::experienced_organisation_of(const Principal& who) {
  if (!who.organisation) return std::optional<OrganisationRef>();
  auto organisation = surroundings_.organisation(*who.organisation);
  if (!organisation) return std::unexpected(organisation.error());
  if (!*organisation || !(*organisation)->experienced) return std::optional<OrganisationRef>();
  return organisation;
}

Status MentoringService::may_offer(const Principal& who) {
  if (auto ok = require_write(who); !ok) return ok;
  if (!who.organisation)
    return fail(ErrorKind::forbidden, "Only staff of an organisation in the experienced group can offer mentoring.");
  if (!accounts::allowed(who, Action::offer_mentoring, accounts::Target{.organisation = who.organisation}))
    return fail(ErrorKind::forbidden, "You may not do this.");
  auto organisation = experienced_organisation_of(who);
  if (!organisation) return std::unexpected(organisation.error());
  if (!*organisation)
    return fail(ErrorKind::forbidden, "Only staff of an organisation in the experienced group can offer mentoring.");
  return {};
}

Result<std::vector<MentorOffer>> MentoringService::mentors(const Principal& who, const MentorFilter& filter,
                                                           const std::string& language) {
  std::vector<MentorOffer> all;
  auto read = repository_.read([&](MentoringStore& store) -> Status {
    auto offers = store.offers();
    if (!offers) return std::unexpected(offers.error());
    all = std::move(*offers);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  std::vector<MentorOffer> out;
  for (auto& offer : all) {
    if (!offer.active) continue;
    if (filter.topic && !offer.mentors_on(*filter.topic)) continue;
    if (filter.language &&
        std::find(offer.languages.begin(), offer.languages.end(), *filter.language) == offer.languages.end())
      continue;
    if (filter.with_free_place && offer.free_places() == 0) continue;
    // A mentor whose organisation left the experienced group (or who left it) is not shown.
    auto person = surroundings_.person(offer.mentor);
    if (!person) return std::unexpected(person.error());
    if (!*person || (*person)->organisation != offer.organisation) continue;
    auto organisation = surroundings_.organisation(offer.organisation);
    if (!organisation) return std::unexpected(organisation.error());
    if (!*organisation || !(*organisation)->experienced) continue;
    if (auto ok = describe(offer); !ok) return std::unexpected(ok.error());
    out.push_back(std::move(offer));
  }
  std::vector<std::string> languages{language};
  if (who.user)
    if (auto me = surroundings_.person(*who.user); me && *me)
      languages.insert(languages.end(), (*me)->languages.begin(), (*me)->languages.end());
  rank(out, languages);
  return out;
}

Result<std::optional<MentorOffer>> MentoringService::my_offer(const Principal& who) {
  if (!who.user) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  std::optional<MentorOffer> out;
  auto read = repository_.read([&](MentoringStore& store) -> Status {
    auto offer = store.offer(*who.user);
    if (!offer) return std::unexpected(offer.error());
    out = std::move(*offer);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  if (out)
    if (auto ok = describe(*out); !ok) return std::unexpected(ok.error());
  return out;
}

Result<MentorOffer> MentoringService::save_offer(const Principal& who, OfferInput input) {
  if (auto ok = may_offer(who); !ok) return std::unexpected(ok.error());
  for (const auto& topic : input.topics) {
    auto title = surroundings_.topic_title(topic, "en");
    if (!title) return std::unexpected(title.error());
    if (!*title)
      return fail_with(ErrorKind::unprocessable, i18n::N_("{topic} is not a criterion or a thematic area."),
                       {{"topic", topic}}, "topics");
  }
  MentorOffer offer;
  offer.mentor = *who.user;
  offer.organisation = *who.organisation;
  offer.topics = std::move(input.topics);
  offer.capacity = input.capacity;
  offer.languages = std::move(input.languages);
  offer.availability = std::move(input.availability);
  offer.active = input.active;
  offer.updated_at = now();
  auto done = repository_.transaction([&](MentoringStore& store) -> Status {
    if (auto ok = store.save_offer(offer); !ok) return ok;
    std::string detail = "capacity " + std::to_string(offer.capacity) + (offer.active ? "" : ", paused");
    return store.append_audit(audit(who, "mentoring.offer_saved", "mentor:" + std::to_string(offer.mentor.value()),
                                    detail));
  });
  if (!done) return std::unexpected(done.error());
  auto saved = my_offer(who);
  if (!saved) return std::unexpected(saved.error());
  if (!*saved) return fail(ErrorKind::internal, "The offer was not stored.");
  return std::move(**saved);
}

Result<std::optional<RegionCode>> MentoringService::home_region(const Principal& who) {
  if (!who.organisation) return std::optional<RegionCode>();
  auto organisation = surroundings_.organisation(*who.organisation);
  if (!organisation) return std::unexpected(organisation.error());
  if (!*organisation) return std::optional<RegionCode>();
  return (*organisation)->region;
}

Result<RegionPeers> MentoringService::peers(const Principal& who, const RegionCode& region, const std::string& language) {
  auto name = surroundings_.region_name(region);
  if (!name) return std::unexpected(name.error());
  if (!*name) return fail(ErrorKind::not_found, "Not found.");
  RegionPeers out;
  out.region = region;
  out.region_name = **name;
  auto needs = surroundings_.learning_needs(who, region, language);
  if (!needs) return std::unexpected(needs.error());
  out.assessed = needs->assessed;
  MentorFilter everyone;
  auto offers = mentors(who, everyone, language);
  if (!offers) return std::unexpected(offers.error());
  for (auto& need : needs->needs) {
    NeedPeers entry;
    entry.key = "criterion:" + need.criterion;
    for (const auto& offer : *offers)
      // A mentor from the region itself has nothing to teach it on its own gap.
      if (offer.mentors_on(entry.key) && offer.region != region) entry.mentors.push_back(offer);
    entry.need = std::move(need);
    out.needs.push_back(std::move(entry));
  }
  return out;
}

}  // namespace cps::mentoring
