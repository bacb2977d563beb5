// The pieces the cluster profile repository's files share (storage/cluster_profile/*.cpp):
// the store on one open transaction, whose operations each file implements for one part of
// the model, and the readers of stored names.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "domain/matchmaking/profile_repository.hpp"
#include "storage/database.hpp"
#include "storage/sql_query.hpp"

namespace cps::storage::cluster_profile_sql {

using namespace cps::matchmaking;
using ll = long long;

[[noreturn]] void damaged(std::string_view what, std::string_view value);

template <class E, std::size_t N>
std::string name(E value, const EnumName<E> (&names)[N]) {
  return std::string(name_of(value, names));
}

// A stored name read back; a name the table lacks is a damaged row (CHECK constraints keep
// them out), so it throws.
template <class E, std::size_t N>
E value_of(const std::string& text, const EnumName<E> (&names)[N], std::string_view what) {
  auto v = parse_name(text, names);
  if (!v) damaged(what, text);
  return *v;
}

// The profiles read so far, by id; the attach_* functions fill their lists.
using Found = std::map<ll, ClusterProfile*>;

class Store final : public ProfileStore {
 public:
  explicit Store(soci::session& s) : s_(s) {}

  // profiles.cpp
  Result<ProfileId> insert_profile(const ClusterProfile& profile) override;
  Result<std::optional<ClusterProfile>> profile(ProfileId id) override;
  Result<std::optional<ProfileId>> profile_of(accounts::OrganisationId organisation) override;
  Result<std::vector<ClusterProfile>> profiles(const std::vector<ProfileStatus>& statuses) override;
  Result<bool> update_profile(const ClusterProfile& profile, int expected_revision) override;
  Status append_audit(const accounts::AuditRecord& record) override;

  // offers.cpp: offers and needs, and followers.
  Result<OfferNeedId> save_offer(ProfileId profile, const OfferNeed& offer) override;
  Result<bool> delete_offer(ProfileId profile, OfferNeedId offer) override;
  Status follow(ProfileId profile, accounts::UserId user, Seconds at) override;
  Result<bool> unfollow(ProfileId profile, accounts::UserId user) override;
  Result<std::vector<accounts::UserId>> followers(ProfileId profile) override;
  Result<std::vector<ProfileId>> followed_by(accounts::UserId user) override;

 private:
  Result<std::vector<ClusterProfile>> select(SqlQuery& q);  // profiles.cpp
  void write_lists(ll id, const ClusterProfile& profile);   // profiles.cpp
  void attach_lists(Found& found);                          // profiles.cpp
  void attach_offers(Found& found);                         // offers.cpp

  soci::session& s_;
};

// The ids of `found`, for IN lists.
std::vector<ll> ids_of(const Found& found);

}  // namespace cps::storage::cluster_profile_sql
