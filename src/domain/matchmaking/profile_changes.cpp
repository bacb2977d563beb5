// Cluster profiles: opening one, describing it, its offers and needs with their expiry and
// renewal, its editors, review before publication, and following (see profile_service.hpp).
#include <algorithm>

#include "domain/matchmaking/profile_service.hpp"
#include "domain/matchmaking/service_parts.hpp"
#include "i18n/catalogue.hpp"

namespace cps::matchmaking {

using namespace service_parts;
using i18n::N_;

namespace {

// The most offers and needs a profile holds at once: a profile is a shop window, not a
// catalogue.
constexpr std::size_t kMostOffers = 50;
constexpr std::size_t kLongestNote = 4000;

void describe(ClusterProfile& p, const ProfileInput& in) {
  p.texts = in.texts;
  p.sectors.clear();
  for (const auto& d : in.sectors) p.sectors.push_back(Sector{d, 'A', {}});
  p.value_chain = in.value_chain;
  p.technologies = in.technologies;
  p.members = in.members;
  p.languages = in.languages;
  p.founded = in.founded;
  p.staff = in.staff;
  p.label = in.label;
  p.website = in.website;
  p.contact = in.contact;
}

Status check_founded(const ProfileInput& in, const std::string& today) {
  if (in.founded && *in.founded > std::stoi(today.substr(0, 4)))
    return fail(ErrorKind::unprocessable, N_("Give the year the cluster organisation was set up, such as 2012."), "founded");
  return {};
}

// The expiry of an offer: a year from today when not given; else after today and at most two
// years ahead.
Result<std::string> expiry_of(const OfferInput& in, const std::string& today) {
  if (in.expires_on.empty()) return date_after(today, kOfferLifeDays);
  if (in.expires_on <= today || in.expires_on > date_after(today, kLongestOfferLifeDays))
    return fail(ErrorKind::unprocessable, N_("Choose an expiry date between tomorrow and two years from today."),
                "expires_on");
  return in.expires_on;
}

OfferNeed* offer_in(ClusterProfile& p, OfferNeedId id) {
  for (auto& o : p.offers_and_needs)
    if (o.id == id) return &o;
  return nullptr;
}

std::string link_to(ProfileId id) { return "/cluster-profiles/" + std::to_string(id.value()); }

}  // namespace

Result<ProfileId> ClusterProfileService::create(const Principal& who, ProfileInput input) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  auto organisation = input.organisation ? input.organisation : who.organisation;
  if (!organisation)
    return fail(ErrorKind::unprocessable, N_("Choose the organisation the profile presents."), "organisation");
  if (!accounts::allowed(who, Action::edit_cluster_profile, accounts::Target{.organisation = *organisation}))
    return std::unexpected(refusal(who));
  if (auto ok = check_profile(input); !ok) return std::unexpected(ok.error());
  const Seconds now = now_of(clock_);
  if (auto ok = check_founded(input, day_of(now)); !ok) return std::unexpected(ok.error());
  auto org = surroundings_.organisation(*organisation);
  if (!org) return std::unexpected(org.error());
  if (!*org) return fail(ErrorKind::unprocessable, "This organisation does not exist.", "organisation");

  ClusterProfile p;
  p.organisation = *organisation;
  describe(p, input);
  p.editors = {*who.user};
  p.created_at = p.updated_at = now;
  ProfileId id;
  auto ok = repository_.transaction([&](ProfileStore& store) -> Status {
    auto existing = store.profile_of(*organisation);
    if (!existing) return std::unexpected(existing.error());
    if (*existing)
      return fail(ErrorKind::conflict, N_("This organisation has a cluster profile already: edit that one."),
                  "organisation");
    auto made = store.insert_profile(p);
    if (!made) return std::unexpected(made.error());
    id = *made;
    return store.append_audit(audit_line(who, "created", target_of(id), "organisation=" + std::to_string(organisation->value()), now));
  });
  if (!ok) return std::unexpected(ok.error());
  return id;
}

Result<ProfileView> ClusterProfileService::update(const Principal& who, ProfileId id, int revision, ProfileInput input) {
  if (auto ok = check_profile(input); !ok) return std::unexpected(ok.error());
  if (auto ok = check_founded(input, today()); !ok) return std::unexpected(ok.error());
  auto changed = change(who, id, revision, "updated", [&](ProfileStore&, ClusterProfile& p) -> Result<std::string> {
    if (!edits(who, p)) return std::unexpected(refusal(who));
    describe(p, input);
    return std::string("status=") + std::string(name_of(p.status, kProfileStatusNames));
  });
  if (changed && changed->status == ProfileStatus::published) {
    auto card = card_of(*changed);
    auto followers = followers_of(id);
    if (card && followers)
      tell(who, *followers,
           MailText{N_("{organisation} updated its cluster profile"),
                    N_("{organisation} changed its cluster profile. See what is new: {link}"),
                    {{"organisation", card->organisation_name("en")}, {"link", link_to(id)}}});
  }
  return view_after(who, id, changed);
}

Result<ProfileView> ClusterProfileService::add_offer(const Principal& who, ProfileId id, int revision, OfferInput input) {
  if (auto ok = check_offer(input); !ok) return std::unexpected(ok.error());
  const std::string day = today();
  auto expiry = expiry_of(input, day);
  if (!expiry) return std::unexpected(expiry.error());
  OfferNeed offer;
  auto changed = change(who, id, revision, "offer_added", [&](ProfileStore& store, ClusterProfile& p) -> Result<std::string> {
    if (!edits(who, p)) return std::unexpected(refusal(who));
    if (p.offers_and_needs.size() >= kMostOffers)
      return fail(ErrorKind::unprocessable, N_("A profile holds at most 50 offers and needs: delete or let some expire first."));
    offer.side = input.side;
    offer.kind = input.kind;
    offer.texts = input.texts;
    offer.divisions = input.sectors;
    offer.countries = input.countries;
    offer.expires_on = *expiry;
    offer.created_at = now_of(clock_);
    auto saved = store.save_offer(id, offer);
    if (!saved) return std::unexpected(saved.error());
    offer.id = *saved;
    return std::string(name_of(offer.side, kSideNames)) + ":" + std::to_string(saved->value());
  });
  if (changed && changed->status == ProfileStatus::published) {
    auto card = card_of(*changed);
    auto followers = followers_of(id);
    if (card && followers) {
      bool is_offer = offer.side == Side::offer;
      tell(who, *followers,
           MailText{is_offer ? N_("{organisation} has a new offer: {title}") : N_("{organisation} has a new need: {title}"),
                    is_offer ? N_("{organisation} added an offer to its cluster profile: {title}. Read it and answer: {link}")
                             : N_("{organisation} added a need to its cluster profile: {title}. Read it and answer: {link}"),
                    {{"organisation", card->organisation_name("en")}, {"title", offer.text("en").title}, {"link", link_to(id)}}});
    }
  }
  return view_after(who, id, changed);
}

Result<ProfileView> ClusterProfileService::save_offer(const Principal& who, ProfileId id, int revision,
                                                      OfferNeedId offer_id, OfferInput input) {
  if (auto ok = check_offer(input); !ok) return std::unexpected(ok.error());
  const std::string day = today();
  auto changed = change(who, id, revision, "offer_changed", [&](ProfileStore& store, ClusterProfile& p) -> Result<std::string> {
    if (!edits(who, p)) return std::unexpected(refusal(who));
    OfferNeed* offer = offer_in(p, offer_id);
    if (!offer) return not_found();
    // An unchanged expiry stays, even a past one: editing the words does not renew it.
    std::string expires = offer->expires_on;
    if (!input.expires_on.empty() && input.expires_on != offer->expires_on) {
      auto expiry = expiry_of(input, day);
      if (!expiry) return std::unexpected(expiry.error());
      expires = *expiry;
    }
    offer->side = input.side;
    offer->kind = input.kind;
    offer->texts = input.texts;
    offer->divisions = input.sectors;
    offer->countries = input.countries;
    offer->expires_on = expires;
    auto saved = store.save_offer(id, *offer);
    if (!saved) return std::unexpected(saved.error());
    return "offer:" + std::to_string(offer_id.value());
  });
  return view_after(who, id, changed);
}

Result<ProfileView> ClusterProfileService::delete_offer(const Principal& who, ProfileId id, int revision,
                                                        OfferNeedId offer_id) {
  auto changed = change(who, id, revision, "offer_deleted", [&](ProfileStore& store, ClusterProfile& p) -> Result<std::string> {
    if (!edits(who, p)) return std::unexpected(refusal(who));
    auto deleted = store.delete_offer(id, offer_id);
    if (!deleted) return std::unexpected(deleted.error());
    if (!*deleted) return not_found();
    std::erase_if(p.offers_and_needs, [&](const OfferNeed& o) { return o.id == offer_id; });
    return "offer:" + std::to_string(offer_id.value());
  });
  return view_after(who, id, changed);
}

Result<ProfileView> ClusterProfileService::renew(const Principal& who, ProfileId id, int revision,
                                                 const std::vector<OfferNeedId>& offers) {
  const Seconds now = now_of(clock_);
  const std::string until = date_after(day_of(now), kOfferLifeDays);
  auto changed = change(who, id, revision, "renewed", [&](ProfileStore& store, ClusterProfile& p) -> Result<std::string> {
    if (!edits(who, p)) return std::unexpected(refusal(who));
    for (auto wanted : offers)
      if (!offer_in(p, wanted)) return fail(ErrorKind::not_found, "Not found.", "offers");
    if (p.offers_and_needs.empty())
      return fail(ErrorKind::unprocessable, N_("This profile has no offer or need to renew."), "offers");
    std::string detail = "until=" + until;
    for (auto& o : p.offers_and_needs) {
      if (!offers.empty() && std::find(offers.begin(), offers.end(), o.id) == offers.end()) continue;
      o.expires_on = until;
      o.renewed_at = now;
      auto saved = store.save_offer(id, o);
      if (!saved) return std::unexpected(saved.error());
      detail += " offer:" + std::to_string(o.id.value());
    }
    return detail;
  });
  return view_after(who, id, changed);
}

Result<ProfileView> ClusterProfileService::set_editors(const Principal& who, ProfileId id, int revision,
                                                       const std::vector<std::string>& emails) {
  if (emails.size() > kMostEditors)
    return fail(ErrorKind::unprocessable, N_("A profile has at most 20 editors."), "editors");
  std::vector<accounts::UserId> editors;
  for (const auto& email : emails) {
    auto person = surroundings_.person_by_email(email);
    if (!person) return std::unexpected(person.error());
    if (!*person)
      return fail_with(ErrorKind::unprocessable, N_("Nobody with the e-mail {email} has an account here."),
                       {{"email", email}}, "editors");
    if (std::find(editors.begin(), editors.end(), (*person)->id) == editors.end()) editors.push_back((*person)->id);
  }
  auto changed = change(who, id, revision, "editors_changed", [&](ProfileStore&, ClusterProfile& p) -> Result<std::string> {
    if (!edits(who, p)) return std::unexpected(refusal(who));
    // Somebody must be left to keep the profile alive: the organisation's staff always may,
    // but a profile with no named editor gets no mails.
    if (editors.empty())
      return fail(ErrorKind::unprocessable, N_("A profile keeps at least one editor."), "editors");
    p.editors = editors;
    std::string detail = "editors=";
    for (auto e : editors) detail += std::to_string(e.value()) + ",";
    detail.pop_back();
    return detail;
  });
  return view_after(who, id, changed);
}

Result<ProfileView> ClusterProfileService::submit(const Principal& who, ProfileId id, int revision) {
  auto changed = change(who, id, revision, "submitted", [&](ProfileStore&, ClusterProfile& p) -> Result<std::string> {
    if (!edits(who, p)) return std::unexpected(refusal(who));
    if (p.status != ProfileStatus::draft)
      return fail(ErrorKind::conflict, N_("This profile is in review or published already."), "status");
    p.status = ProfileStatus::in_review;
    return std::string("status=in_review");
  });
  if (changed) {
    auto card = card_of(*changed);
    auto reviewers = surroundings_.reviewers();
    if (card && reviewers)
      tell(who, *reviewers,
           MailText{N_("Cluster profile to review: {organisation}"),
                    N_("{organisation} sent its cluster profile for review. Publish it or send it back with a note: {link}"),
                    {{"organisation", card->organisation_name("en")}, {"link", link_to(id)}}});
  }
  return view_after(who, id, changed);
}

Result<ProfileView> ClusterProfileService::publish(const Principal& who, ProfileId id, int revision) {
  const Seconds now = now_of(clock_);
  auto changed = change(who, id, revision, "published", [&](ProfileStore&, ClusterProfile& p) -> Result<std::string> {
    if (!reviews(who)) return std::unexpected(refusal(who));
    if (p.status != ProfileStatus::in_review)
      return fail(ErrorKind::conflict, N_("Only a profile in review can be published."), "status");
    p.status = ProfileStatus::published;
    p.review_note.clear();
    p.published_at = now;
    return std::string("status=published");
  });
  if (changed) {
    auto card = card_of(*changed);
    auto editors = editors_of(*changed);
    if (card && editors)
      tell(who, *editors,
           MailText{N_("Your cluster profile is published"),
                    N_("The cluster profile of {organisation} is published: partners in every country can find it now. {link}"),
                    {{"organisation", card->organisation_name("en")}, {"link", link_to(id)}}});
  }
  return view_after(who, id, changed);
}

Result<ProfileView> ClusterProfileService::send_back(const Principal& who, ProfileId id, int revision,
                                                     const std::string& note) {
  std::string trimmed = note;
  while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\n' || trimmed.back() == '\r')) trimmed.pop_back();
  if (trimmed.empty()) return fail(ErrorKind::unprocessable, N_("Write a note saying what to change."), "note");
  if (trimmed.size() > kLongestNote) return fail(ErrorKind::unprocessable, N_("This text is too long."), "note");
  auto changed = change(who, id, revision, "sent_back", [&](ProfileStore&, ClusterProfile& p) -> Result<std::string> {
    if (!reviews(who)) return std::unexpected(refusal(who));
    if (p.status == ProfileStatus::draft)
      return fail(ErrorKind::conflict, N_("Only a profile in review or published can be sent back."), "status");
    p.status = ProfileStatus::draft;
    p.review_note = trimmed;
    return std::string("status=draft");
  });
  if (changed) {
    auto card = card_of(*changed);
    auto editors = editors_of(*changed);
    if (card && editors)
      tell(who, *editors,
           MailText{N_("Your cluster profile was sent back"),
                    N_("A reviewer sent the cluster profile of {organisation} back with this note:\n\n{note}\n\nChange it and "
                       "send it for review again: {link}"),
                    {{"organisation", card->organisation_name("en")}, {"note", trimmed}, {"link", link_to(id)}}});
  }
  return view_after(who, id, changed);
}

Result<ProfileView> ClusterProfileService::follow(const Principal& who, ProfileId id) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  const Seconds now = now_of(clock_);
  auto ok = repository_.transaction([&](ProfileStore& store) -> Status {
    auto p = store.profile(id);
    if (!p) return std::unexpected(p.error());
    if (!*p || !may_see(who, **p)) return not_found();
    if ((*p)->status != ProfileStatus::published)
      return fail(ErrorKind::conflict, N_("Only a published profile can be followed."));
    auto followers = store.followers(id);
    if (!followers) return std::unexpected(followers.error());
    if (std::find(followers->begin(), followers->end(), *who.user) != followers->end()) return {};
    if (auto f = store.follow(id, *who.user, now); !f) return f;
    return store.append_audit(audit_line(who, "followed", target_of(id), "", now));
  });
  if (!ok) return std::unexpected(ok.error());
  return profile(who, id);
}

Result<ProfileView> ClusterProfileService::unfollow(const Principal& who, ProfileId id) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  const Seconds now = now_of(clock_);
  auto ok = repository_.transaction([&](ProfileStore& store) -> Status {
    auto p = store.profile(id);
    if (!p) return std::unexpected(p.error());
    if (!*p || !may_see(who, **p)) return not_found();
    auto removed = store.unfollow(id, *who.user);
    if (!removed) return std::unexpected(removed.error());
    if (!*removed) return {};
    return store.append_audit(audit_line(who, "unfollowed", target_of(id), "", now));
  });
  if (!ok) return std::unexpected(ok.error());
  return profile(who, id);
}

}  // namespace cps::matchmaking
