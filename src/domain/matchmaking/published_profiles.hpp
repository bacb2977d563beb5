// The catalogue of published cluster profiles (profile_catalogue.hpp) read from the profiles'
// repository and surroundings: what partner search and other readers are given.
#pragma once

#include "domain/matchmaking/profile_catalogue.hpp"
#include "domain/matchmaking/profile_repository.hpp"
#include "domain/matchmaking/profile_service.hpp"
#include "domain/matchmaking/surroundings.hpp"

namespace cps::matchmaking {

class PublishedProfiles final : public ProfileCatalogue {
 public:
  using Clock = ClusterProfileService::Clock;
  PublishedProfiles(ProfileRepository& repository, ProfileSurroundings& surroundings, Clock clock = {})
      : repository_(repository), surroundings_(surroundings), clock_(std::move(clock)) {}

  Result<std::vector<ProfileCard>> published_profiles() override;
  Result<ProfileCard> published_profile(ProfileId id) override;
  Result<std::optional<ClusterProfile>> profile_of(accounts::OrganisationId organisation) override;
  Result<std::vector<accounts::UserId>> recipients(ProfileId id) override;

 private:
  ProfileRepository& repository_;
  ProfileSurroundings& surroundings_;
  Clock clock_;
};

}  // namespace cps::matchmaking
