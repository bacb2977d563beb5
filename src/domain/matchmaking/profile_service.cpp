// Cluster profiles: reading them as the viewer may see them (lists with their filters, one
// profile with what the viewer may do), and the parts every change shares (see
// profile_service.hpp; the changes are in profile_changes.cpp).
#include "domain/matchmaking/profile_service.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <sstream>

#include "core/text.hpp"
#include "domain/matchmaking/nace_divisions.hpp"
#include "domain/matchmaking/service_parts.hpp"
#include "i18n/catalogue.hpp"

namespace cps::matchmaking {

using namespace service_parts;
using i18n::N_;

namespace service_parts {

Seconds now_of(const ClusterProfileService::Clock& clock) {
  if (clock) return clock();
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool writes(const Principal& who) {
  return who.signed_in() && !(who.via == Principal::Via::api_token && who.token_scope != accounts::TokenScope::write);
}

Status require_write(const Principal& who) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  if (who.via == Principal::Via::api_token && who.token_scope != accounts::TokenScope::write)
    return fail(ErrorKind::forbidden, "This API token may only read.");
  return {};
}

Error refusal(const Principal& who) {
  return who.signed_in() ? Error{ErrorKind::forbidden, "You may not do this."}
                         : Error{ErrorKind::unauthenticated, "Please sign in first."};
}

std::unexpected<Error> not_found() { return fail(ErrorKind::not_found, "Not found."); }

std::unexpected<Error> stale_revision() {
  return fail(ErrorKind::conflict,
              N_("Somebody changed this cluster profile since you opened it. Your changes were not saved; open it "
                 "again to see theirs."),
              "revision");
}

bool edits(const Principal& who, const ClusterProfile& profile) {
  if (!who.signed_in()) return false;
  if (accounts::allowed(who, Action::edit_cluster_profile, accounts::Target{.organisation = profile.organisation}))
    return true;
  return std::find(profile.editors.begin(), profile.editors.end(), *who.user) != profile.editors.end();
}

bool reviews(const Principal& who) {
  return accounts::allowed(who, Action::review_cluster_profile, accounts::Target{.areas = {"WG3"}});
}

bool may_see(const Principal& who, const ClusterProfile& profile) {
  return profile.status == ProfileStatus::published || edits(who, profile) || reviews(who);
}

void fill_sectors(std::vector<Sector>& sectors, const std::map<std::string, std::string>& categories) {
  for (auto& s : sectors) {
    s.section = section_of_division(s.division).value_or('?');
    auto it = categories.find(s.division);
    s.category = it == categories.end() ? std::string() : it->second;
  }
}

accounts::AuditRecord audit_line(const Principal& who, std::string_view verb, std::string target, std::string detail,
                                 Seconds at) {
  accounts::AuditRecord r;
  r.actor = who.user;
  r.actor_label = who.label.empty() ? (who.signed_in() ? "" : "system") : who.label;
  r.action = "cluster_profile." + std::string(verb);
  r.target = std::move(target);
  r.detail = std::move(detail);
  r.client = who.client;
  r.at = at;
  return r;
}

}  // namespace service_parts

std::string target_of(ProfileId id) { return "cluster_profile:" + std::to_string(id.value()); }

namespace {

OrganisationRef unknown_organisation(accounts::OrganisationId id) {
  return OrganisationRef{id, "", {{"en", "#" + std::to_string(id.value())}}, CountryCode(), std::nullopt, std::nullopt};
}

ContactShown contact_shown(const Principal& who, const ClusterProfile& p) {
  if (edits(who, p) || reviews(who)) return ContactShown::shown;
  switch (p.contact.visibility) {
    case ContactVisibility::everyone: return ContactShown::shown;
    case ContactVisibility::members: return who.signed_in() ? ContactShown::shown : ContactShown::for_members;
    case ContactVisibility::on_request: return ContactShown::on_request;
  }
  return ContactShown::on_request;
}

// The contact as the viewer may see it: blank unless the owners allow it.
ContactShown hide_contact(const Principal& who, ClusterProfile& p) {
  auto shown = contact_shown(who, p);
  if (shown != ContactShown::shown) {
    p.contact.person.clear();
    p.contact.email.clear();
    p.contact.phone.clear();
  }
  return shown;
}

void keep_current_offers(ClusterProfile& p, const std::string& today) {
  std::erase_if(p.offers_and_needs, [&](const OfferNeed& o) { return !o.current(today); });
}

std::vector<std::string> words_of(const std::string& typed) {
  std::vector<std::string> out;
  std::istringstream in(text::to_lower_ascii(typed));
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string haystack(const ProfileCard& c) {
  std::string out;
  for (const auto& n : c.organisation_names) out += n.name + " ";
  for (const auto& t : c.profile.texts) out += t.tagline + " " + t.description + " ";
  for (const auto& t : c.profile.technologies) out += t + " ";
  for (const auto& s : c.profile.sectors) out += s.category + " ";
  for (const auto& o : c.profile.offers_and_needs)
    for (const auto& t : o.texts) out += t.title + " " + t.description + " ";
  return text::to_lower_ascii(out);
}

bool matches(const ProfileCard& c, const ProfileQuery& q) {
  const auto& p = c.profile;
  if (q.division) {
    bool in_sectors = std::any_of(p.sectors.begin(), p.sectors.end(), [&](const Sector& s) { return s.division == *q.division; });
    bool in_offers = std::any_of(p.offers_and_needs.begin(), p.offers_and_needs.end(), [&](const OfferNeed& o) {
      return std::find(o.divisions.begin(), o.divisions.end(), *q.division) != o.divisions.end();
    });
    if (!in_sectors && !in_offers) return false;
  }
  if (q.category) {
    std::string wanted = text::to_lower_ascii(*q.category);
    if (std::none_of(p.sectors.begin(), p.sectors.end(),
                     [&](const Sector& s) { return text::to_lower_ascii(s.category) == wanted; }))
      return false;
  }
  if (q.country && c.country != *q.country) return false;
  if (q.region && c.region != q.region) return false;
  if (q.value_chain && p.value_chain != *q.value_chain) return false;
  if (q.kind || q.side) {
    if (std::none_of(p.offers_and_needs.begin(), p.offers_and_needs.end(), [&](const OfferNeed& o) {
          return (!q.kind || o.kind == *q.kind) && (!q.side || o.side == *q.side);
        }))
      return false;
  }
  if (!q.words.empty()) {
    std::string hay = haystack(c);
    for (const auto& w : words_of(q.words))
      if (hay.find(w) == std::string::npos) return false;
  }
  return true;
}

}  // namespace

ClusterProfileService::ClusterProfileService(ProfileRepository& repository, ProfileSurroundings& surroundings,
                                             Clock clock)
    : repository_(repository), surroundings_(surroundings), clock_(std::move(clock)) {}

std::string ClusterProfileService::today() const { return day_of(now_of(clock_)); }

Status ClusterProfileService::fill_sectors(ClusterProfile& profile) {
  auto categories = surroundings_.cluster_categories();
  if (!categories) return std::unexpected(categories.error());
  service_parts::fill_sectors(profile.sectors, *categories);
  return {};
}

Result<ProfileCard> ClusterProfileService::card_of(ClusterProfile profile) {
  if (auto ok = fill_sectors(profile); !ok) return std::unexpected(ok.error());
  auto org = surroundings_.organisation(profile.organisation);
  if (!org) return std::unexpected(org.error());
  OrganisationRef o = *org ? std::move(**org) : unknown_organisation(profile.organisation);
  return ProfileCard{std::move(profile), std::move(o.slug), std::move(o.names), std::move(o.country),
                     std::move(o.region)};
}

Result<std::vector<ProfileCard>> ClusterProfileService::list(const Principal& who, const ProfileQuery& query) {
  std::vector<ProfileStatus> statuses;
  switch (query.scope) {
    case ListScope::published: statuses = {ProfileStatus::published}; break;
    case ListScope::awaiting_review:
      if (!reviews(who)) return std::unexpected(refusal(who));
      statuses = {ProfileStatus::in_review};
      break;
    case ListScope::mine:
      if (!who.signed_in()) return std::unexpected(refusal(who));
      break;
  }
  std::vector<ClusterProfile> found;
  auto ok = repository_.read([&](ProfileStore& store) -> Status {
    auto profiles = store.profiles(statuses);
    if (!profiles) return std::unexpected(profiles.error());
    found = std::move(*profiles);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  auto organisations = surroundings_.organisations();
  if (!organisations) return std::unexpected(organisations.error());
  std::map<std::int64_t, OrganisationRef> by_id;
  for (auto& o : *organisations) by_id.emplace(o.id.value(), std::move(o));
  auto categories = surroundings_.cluster_categories();
  if (!categories) return std::unexpected(categories.error());
  const std::string day = today();

  std::vector<ProfileCard> out;
  for (auto& p : found) {
    if (query.scope == ListScope::mine && !edits(who, p)) continue;
    if (!may_see(who, p)) continue;
    service_parts::fill_sectors(p.sectors, *categories);
    if (query.scope != ListScope::mine) keep_current_offers(p, day);
    hide_contact(who, p);
    auto org = by_id.find(p.organisation.value());
    OrganisationRef o = org == by_id.end() ? unknown_organisation(p.organisation) : org->second;
    ProfileCard card{std::move(p), std::move(o.slug), std::move(o.names), std::move(o.country), std::move(o.region)};
    if (matches(card, query)) out.push_back(std::move(card));
  }
  std::sort(out.begin(), out.end(), [](const ProfileCard& a, const ProfileCard& b) {
    return text::to_lower_ascii(a.organisation_name("en")) < text::to_lower_ascii(b.organisation_name("en"));
  });
  return out;
}

Capabilities ClusterProfileService::capabilities(const Principal& who, const ClusterProfile& p, bool following) const {
  Capabilities can;
  const bool w = writes(who);
  can.edit = w && edits(who, p);
  can.submit = can.edit && p.status == ProfileStatus::draft;
  can.review = w && reviews(who) && p.status != ProfileStatus::draft;
  can.follow = w && p.status == ProfileStatus::published && !following;
  can.unfollow = w && following;
  return can;
}

bool ClusterProfileService::may_create(const Principal& who, accounts::OrganisationId organisation) const {
  return writes(who) &&
         accounts::allowed(who, Action::edit_cluster_profile, accounts::Target{.organisation = organisation});
}

Result<std::map<std::string, std::string>> ClusterProfileService::cluster_categories() {
  return surroundings_.cluster_categories();
}

Result<ProfileView> ClusterProfileService::profile(const Principal& who, ProfileId id) {
  std::optional<ClusterProfile> found;
  std::vector<accounts::UserId> followers;
  auto ok = repository_.read([&](ProfileStore& store) -> Status {
    auto p = store.profile(id);
    if (!p) return std::unexpected(p.error());
    if (!*p || !may_see(who, **p)) return not_found();
    auto f = store.followers(id);
    if (!f) return std::unexpected(f.error());
    found = std::move(*p);
    followers = std::move(*f);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  ProfileView view;
  view.today = today();
  view.following = who.user && std::find(followers.begin(), followers.end(), *who.user) != followers.end();
  view.followers = followers.size();
  view.can = capabilities(who, *found, view.following);
  const bool editor = edits(who, *found);
  for (auto editor_id : found->editors) {
    auto person = surroundings_.person(editor_id);
    if (!person) return std::unexpected(person.error());
    if (!*person) continue;
    view.editors.push_back(Editor{editor_id, (*person)->display_name, editor ? (*person)->email : std::string()});
  }
  if (!editor) keep_current_offers(*found, view.today);
  view.contact_shown = hide_contact(who, *found);
  auto card = card_of(std::move(*found));
  if (!card) return std::unexpected(card.error());
  view.card = std::move(*card);
  return view;
}

Result<std::optional<ProfileId>> ClusterProfileService::profile_of(const Principal& who,
                                                                   accounts::OrganisationId organisation) {
  std::optional<ProfileId> out;
  auto ok = repository_.read([&](ProfileStore& store) -> Status {
    auto id = store.profile_of(organisation);
    if (!id) return std::unexpected(id.error());
    if (!*id) return {};
    auto p = store.profile(**id);
    if (!p) return std::unexpected(p.error());
    if (*p && may_see(who, **p)) out = **id;
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<ClusterProfile> ClusterProfileService::change(const Principal& who, ProfileId id, int revision,
                                                     std::string_view verb, const Change& change) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  const Seconds now = now_of(clock_);
  ClusterProfile after;
  auto ok = repository_.transaction([&](ProfileStore& store) -> Status {
    auto p = store.profile(id);
    if (!p) return std::unexpected(p.error());
    if (!*p || !may_see(who, **p)) return not_found();
    // What the viewer saw is out of date: nothing they ask for applies any more.
    if ((*p)->revision != revision) return stale_revision();
    auto detail = change(store, **p);
    if (!detail) return std::unexpected(detail.error());
    (*p)->updated_at = now;
    auto written = store.update_profile(**p, revision);
    if (!written) return std::unexpected(written.error());
    if (!*written) return stale_revision();
    if (auto a = store.append_audit(audit_line(who, verb, target_of(id), *detail, now)); !a) return a;
    auto reread = store.profile(id);
    if (!reread) return std::unexpected(reread.error());
    if (!*reread) return not_found();
    after = std::move(**reread);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return after;
}

Result<ProfileView> ClusterProfileService::view_after(const Principal& who, ProfileId id,
                                                      const Result<ClusterProfile>& changed) {
  if (!changed) return std::unexpected(changed.error());
  auto view = profile(who, id);
  // Sent back by a reviewer who may see drafts anyway; a change never hides the profile from
  // the one who made it, but should it, the change is still done.
  if (!view && view.error().kind == ErrorKind::not_found) {
    ProfileView bare;
    bare.today = today();
    auto card = card_of(*changed);
    if (!card) return std::unexpected(card.error());
    bare.card = std::move(*card);
    return bare;
  }
  return view;
}

void ClusterProfileService::tell(const Principal& who, const std::vector<Person>& people, const MailText& text) {
  std::set<std::int64_t> told;
  for (const auto& p : people) {
    if (who.user && p.id == *who.user) continue;
    if (!told.insert(p.id.value()).second) continue;
    // The change is made; a mail the outbox cannot take is not worth undoing it for.
    (void)surroundings_.queue_mail(p, text);
  }
}

Result<std::vector<Person>> ClusterProfileService::followers_of(ProfileId id) {
  std::vector<accounts::UserId> ids;
  auto ok = repository_.read([&](ProfileStore& store) -> Status {
    auto f = store.followers(id);
    if (!f) return std::unexpected(f.error());
    ids = std::move(*f);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  std::vector<Person> out;
  for (auto u : ids) {
    auto p = surroundings_.person(u);
    if (!p) return std::unexpected(p.error());
    if (*p) out.push_back(std::move(**p));
  }
  return out;
}

Result<std::vector<Person>> ClusterProfileService::editors_of(const ClusterProfile& profile) {
  std::vector<Person> out;
  for (auto u : profile.editors) {
    auto p = surroundings_.person(u);
    if (!p) return std::unexpected(p.error());
    if (*p) out.push_back(std::move(**p));
  }
  auto org = surroundings_.organisation(profile.organisation);
  if (!org) return std::unexpected(org.error());
  if (*org && (*org)->contact) {
    auto p = surroundings_.person(*(*org)->contact);
    if (!p) return std::unexpected(p.error());
    if (*p) out.push_back(std::move(**p));
  }
  return out;
}

}  // namespace cps::matchmaking
