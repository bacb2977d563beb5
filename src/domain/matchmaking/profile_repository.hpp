// What cluster profiles need from storage: small operations on one open transaction, composed
// by the service so that a change and its audit line are written together or not at all.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/matchmaking/cluster_profile.hpp"

namespace cps::matchmaking {

class ProfileStore {
 public:
  virtual ~ProfileStore() = default;

  // The header and its lists (texts, sectors by division, technologies, languages, editors);
  // fails (conflict, field "organisation") when the organisation has a profile already.
  virtual Result<ProfileId> insert_profile(const ClusterProfile& profile) = 0;
  // Whole: with every offer and need (expired ones too) and the editors. Sectors come with
  // their division only; the service fills in sections and categories.
  virtual Result<std::optional<ClusterProfile>> profile(ProfileId id) = 0;
  virtual Result<std::optional<ProfileId>> profile_of(accounts::OrganisationId organisation) = 0;
  // Whole profiles in the statuses given (every status when empty), newest change first.
  virtual Result<std::vector<ClusterProfile>> profiles(const std::vector<ProfileStatus>& statuses) = 0;
  // Writes the header and its lists as revision expected_revision + 1 when the stored one is
  // still at expected_revision; false (nothing written) when somebody changed it in between.
  virtual Result<bool> update_profile(const ClusterProfile& profile, int expected_revision) = 0;

  // Inserts (id 0) or updates an offer or need of the profile.
  virtual Result<OfferNeedId> save_offer(ProfileId profile, const OfferNeed& offer) = 0;
  // False when the profile has no such offer or need.
  virtual Result<bool> delete_offer(ProfileId profile, OfferNeedId offer) = 0;

  // Following: once per person and profile (following again changes nothing).
  virtual Status follow(ProfileId profile, accounts::UserId user, Seconds at) = 0;
  virtual Result<bool> unfollow(ProfileId profile, accounts::UserId user) = 0;  // false when not following
  virtual Result<std::vector<accounts::UserId>> followers(ProfileId profile) = 0;
  virtual Result<std::vector<ProfileId>> followed_by(accounts::UserId user) = 0;

  // The audit log is the accounts' one.
  virtual Status append_audit(const accounts::AuditRecord& record) = 0;
};

class ProfileRepository {
 public:
  virtual ~ProfileRepository() = default;
  // Runs work in one transaction: committed when it succeeds, rolled back when it fails.
  virtual Status transaction(const std::function<Status(ProfileStore&)>& work) = 0;
  // Runs reads without taking the write lock.
  virtual Status read(const std::function<Status(ProfileStore&)>& work) = 0;
};

}  // namespace cps::matchmaking
