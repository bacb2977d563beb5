// Published cluster profiles as partner search reads them (see published_profiles.hpp).
#include "domain/matchmaking/published_profiles.hpp"

#include <algorithm>
#include <map>

#include "core/text.hpp"
#include "domain/matchmaking/service_parts.hpp"

namespace cps::matchmaking {

namespace {

// Sections and categories filled, offers current on `today`, contact details blanked.
ProfileCard card_of(ClusterProfile p, const std::map<std::string, std::string>& categories,
                    const std::map<std::int64_t, OrganisationRef>& organisations, const std::string& today) {
  service_parts::fill_sectors(p.sectors, categories);
  std::erase_if(p.offers_and_needs, [&](const OfferNeed& o) { return !o.current(today); });
  p.contact.person.clear();
  p.contact.email.clear();
  p.contact.phone.clear();
  ProfileCard card;
  if (auto it = organisations.find(p.organisation.value()); it != organisations.end()) {
    card.organisation_slug = it->second.slug;
    card.organisation_names = it->second.names;
    card.country = it->second.country;
    card.region = it->second.region;
  } else {
    card.organisation_names = {{"en", "#" + std::to_string(p.organisation.value())}};
  }
  card.profile = std::move(p);
  return card;
}

}  // namespace

Result<std::vector<ProfileCard>> PublishedProfiles::published_profiles() {
  std::vector<ClusterProfile> found;
  auto ok = repository_.read([&](ProfileStore& store) -> Status {
    auto all = store.profiles({ProfileStatus::published});
    if (!all) return std::unexpected(all.error());
    found = std::move(*all);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  auto categories = surroundings_.cluster_categories();
  if (!categories) return std::unexpected(categories.error());
  auto organisations = surroundings_.organisations();
  if (!organisations) return std::unexpected(organisations.error());
  std::map<std::int64_t, OrganisationRef> by_id;
  for (auto& o : *organisations) by_id.emplace(o.id.value(), std::move(o));
  const std::string today = day_of(service_parts::now_of(clock_));
  std::vector<ProfileCard> out;
  for (auto& p : found) out.push_back(card_of(std::move(p), *categories, by_id, today));
  std::sort(out.begin(), out.end(), [](const ProfileCard& a, const ProfileCard& b) {
    return text::to_lower_ascii(a.organisation_name("en")) < text::to_lower_ascii(b.organisation_name("en"));
  });
  return out;
}

Result<ProfileCard> PublishedProfiles::published_profile(ProfileId id) {
  std::optional<ClusterProfile> found;
  auto ok = repository_.read([&](ProfileStore& store) -> Status {
    auto p = store.profile(id);
    if (!p) return std::unexpected(p.error());
    found = std::move(*p);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (!found || found->status != ProfileStatus::published) return fail(ErrorKind::not_found, "Not found.");
  auto categories = surroundings_.cluster_categories();
  if (!categories) return std::unexpected(categories.error());
  auto org = surroundings_.organisation(found->organisation);
  if (!org) return std::unexpected(org.error());
  std::map<std::int64_t, OrganisationRef> by_id;
  if (*org) by_id.emplace(found->organisation.value(), std::move(**org));
  return card_of(std::move(*found), *categories, by_id, day_of(service_parts::now_of(clock_)));
}

Result<std::optional<ClusterProfile>> PublishedProfiles::profile_of(accounts::OrganisationId organisation) {
  std::optional<ClusterProfile> out;
  auto ok = repository_.read([&](ProfileStore& store) -> Status {
    auto id = store.profile_of(organisation);
    if (!id) return std::unexpected(id.error());
    if (!*id) return {};
    auto p = store.profile(**id);
    if (!p) return std::unexpected(p.error());
    out = std::move(*p);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (out) {
    auto categories = surroundings_.cluster_categories();
    if (!categories) return std::unexpected(categories.error());
    service_parts::fill_sectors(out->sectors, *categories);
  }
  return out;
}

Result<std::vector<accounts::UserId>> PublishedProfiles::recipients(ProfileId id) {
  std::optional<ClusterProfile> found;
  auto ok = repository_.read([&](ProfileStore& store) -> Status {
    auto p = store.profile(id);
    if (!p) return std::unexpected(p.error());
    found = std::move(*p);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (!found) return fail(ErrorKind::not_found, "Not found.");
  std::vector<accounts::UserId> out = found->editors;
  auto org = surroundings_.organisation(found->organisation);
  if (!org) return std::unexpected(org.error());
  if (*org && (*org)->contact && std::find(out.begin(), out.end(), *(*org)->contact) == out.end())
    out.push_back(*(*org)->contact);
  return out;
}

}  // namespace cps::matchmaking
