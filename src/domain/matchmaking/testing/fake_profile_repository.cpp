// The in-memory profile store: what the SQL repository keeps in its tables, in maps.
#include "domain/matchmaking/testing/fake_profile_repository.hpp"

#include <algorithm>

namespace cps::matchmaking {

namespace {

class FakeProfileStore final : public ProfileStore {
 public:
  explicit FakeProfileStore(FakeProfileRepository::State& s) : s_(s) {}

  Result<ProfileId> insert_profile(const ClusterProfile& profile) override {
    for (const auto& [id, p] : s_.profiles)
      if (p.organisation == profile.organisation)
        return fail(ErrorKind::conflict, "This organisation has a cluster profile already: edit that one.", "organisation");
    ClusterProfile p = profile;
    p.id = ProfileId(++s_.last_id);
    p.revision = 1;
    p.offers_and_needs.clear();  // they come through save_offer
    for (auto& s : p.sectors) s = Sector{s.division, 'A', {}};
    s_.profiles[p.id.value()] = p;
    return p.id;
  }

  Result<std::optional<ClusterProfile>> profile(ProfileId id) override {
    auto it = s_.profiles.find(id.value());
    if (it == s_.profiles.end()) return std::optional<ClusterProfile>();
    return std::optional<ClusterProfile>(it->second);
  }

  Result<std::optional<ProfileId>> profile_of(accounts::OrganisationId organisation) override {
    for (const auto& [id, p] : s_.profiles)
      if (p.organisation == organisation) return std::optional<ProfileId>(p.id);
    return std::optional<ProfileId>();
  }

  Result<std::vector<ClusterProfile>> profiles(const std::vector<ProfileStatus>& statuses) override {
    std::vector<ClusterProfile> out;
    for (const auto& [id, p] : s_.profiles)
      if (statuses.empty() || std::find(statuses.begin(), statuses.end(), p.status) != statuses.end()) out.push_back(p);
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.updated_at > b.updated_at; });
    return out;
  }

  Result<bool> update_profile(const ClusterProfile& profile, int expected_revision) override {
    auto it = s_.profiles.find(profile.id.value());
    if (it == s_.profiles.end() || it->second.revision != expected_revision) return false;
    auto offers = std::move(it->second.offers_and_needs);
    it->second = profile;
    it->second.offers_and_needs = std::move(offers);
    it->second.revision = expected_revision + 1;
    for (auto& s : it->second.sectors) s = Sector{s.division, 'A', {}};
    return true;
  }

  Result<OfferNeedId> save_offer(ProfileId profile, const OfferNeed& offer) override {
    auto it = s_.profiles.find(profile.value());
    if (it == s_.profiles.end()) return fail(ErrorKind::not_found, "Not found.");
    auto& list = it->second.offers_and_needs;
    if (!offer.id.valid()) {
      OfferNeed o = offer;
      o.id = OfferNeedId(++s_.last_id);
      list.push_back(o);
      return o.id;
    }
    for (auto& o : list)
      if (o.id == offer.id) {
        o = offer;
        return o.id;
      }
    return fail(ErrorKind::not_found, "Not found.");
  }

  Result<bool> delete_offer(ProfileId profile, OfferNeedId offer) override {
    auto it = s_.profiles.find(profile.value());
    if (it == s_.profiles.end()) return false;
    return std::erase_if(it->second.offers_and_needs, [&](const OfferNeed& o) { return o.id == offer; }) > 0;
  }

  Status follow(ProfileId profile, accounts::UserId user, Seconds) override {
    s_.follows.insert({profile.value(), user.value()});
    return {};
  }
  Result<bool> unfollow(ProfileId profile, accounts::UserId user) override {
    return s_.follows.erase({profile.value(), user.value()}) > 0;
  }
  Result<std::vector<accounts::UserId>> followers(ProfileId profile) override {
    std::vector<accounts::UserId> out;
    for (auto [p, u] : s_.follows)
      if (p == profile.value()) out.emplace_back(u);
    return out;
  }
  Result<std::vector<ProfileId>> followed_by(accounts::UserId user) override {
    std::vector<ProfileId> out;
    for (auto [p, u] : s_.follows)
      if (u == user.value()) out.emplace_back(p);
    return out;
  }

  Status append_audit(const accounts::AuditRecord& record) override {
    if (s_.audit_failure) return std::unexpected(*s_.audit_failure);
    s_.audit.push_back(record);
    return {};
  }

 private:
  FakeProfileRepository::State& s_;
};

}  // namespace

Status FakeProfileRepository::transaction(const std::function<Status(ProfileStore&)>& work) {
  State copy = state_;
  FakeProfileStore store(copy);
  auto done = work(store);
  if (done) state_ = std::move(copy);
  return done;
}

Status FakeProfileRepository::read(const std::function<Status(ProfileStore&)>& work) {
  State copy = state_;
  FakeProfileStore store(copy);
  return work(store);
}

std::vector<std::string> FakeProfileRepository::audit_actions() const {
  std::vector<std::string> out;
  for (const auto& r : state_.audit) out.push_back(r.action);
  return out;
}

}  // namespace cps::matchmaking
