// The read port of published cluster profiles: what partner search and other readers may see
// of them — published profiles only, with their current offers and needs (expired ones left
// out), the organisation's name, country and region. Contact details come as their owners
// allow for the reader (see ClusterProfileService::visible_contact).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/matchmaking/cluster_profile.hpp"

namespace cps::matchmaking {

class ProfileCatalogue {
 public:
  virtual ~ProfileCatalogue() = default;

  // Every published profile with the offers and needs that have not expired today, by
  // organisation name. Contact e-mail and phone are blanked here: readers who may see them
  // ask ClusterProfileService.
  virtual Result<std::vector<ProfileCard>> published_profiles() = 0;

  // One published profile as above; not_found when it does not exist or is not published.
  virtual Result<ProfileCard> published_profile(ProfileId id) = 0;

  // The profile of an organisation in any status (a searcher's own profile, to match its
  // needs and offers), or nothing when it has none.
  virtual Result<std::optional<ClusterProfile>> profile_of(accounts::OrganisationId organisation) = 0;

  // The users a message about a profile goes to: its editors and the organisation's contact
  // person, without duplicates.
  virtual Result<std::vector<accounts::UserId>> recipients(ProfileId id) = 0;
};

}  // namespace cps::matchmaking
