// The cluster profiles' rules: who may see, write, review and follow which profile; review
// before publication (draft → in review → published, or sent back with a note); offers and
// needs that expire unless renewed; the contact details as their owners allow; the
// followers' mails through the outbox. Every change moves the profile's revision and writes
// an audit line ("cluster_profile.created", ".updated", ".offer_added", ".offer_changed",
// ".offer_deleted", ".renewed", ".submitted", ".published", ".sent_back", ".editors_changed",
// ".followed", ".unfollowed"; target "cluster_profile:<id>") in the same transaction.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/matchmaking/cluster_profile.hpp"
#include "domain/matchmaking/profile_input.hpp"
#include "domain/matchmaking/profile_repository.hpp"
#include "domain/matchmaking/surroundings.hpp"

namespace cps::matchmaking {

// How long an offer or a need is shown when nobody says otherwise, and how far a renewal
// moves it: a year, as partner-search platforms keep them.
inline constexpr int kOfferLifeDays = 365;
// The latest expiry one may set: two years ahead, so that stale offers cannot linger.
inline constexpr int kLongestOfferLifeDays = 2 * 365;

// What the viewer may do with a profile now; pages show only these, the service checks them
// again on every request.
struct Capabilities {
  bool edit = false;     // texts, sectors, offers and needs, renewals, editors: its editors and staff
  bool submit = false;   // send a draft for review: its editors, while a draft
  bool review = false;   // publish or send back: reviewers, while in review (send back also once published)
  bool follow = false;   // signed in, published, not following yet
  bool unfollow = false; // following
};

// Which profiles a list shows.
enum class ListScope { published, awaiting_review, mine };
inline constexpr EnumName<ListScope> kListScopeNames[] = {{ListScope::published, "published"},
                                                          {ListScope::awaiting_review, "awaiting_review"},
                                                          {ListScope::mine, "mine"}};
static_assert(names_each_value_once(kListScopeNames));

struct ProfileQuery {
  ListScope scope = ListScope::published;
  std::optional<std::string> division = std::nullopt;  // "16": profiles with the division
  std::optional<std::string> category = std::nullopt;  // a cluster category: profiles with a division in it
  std::optional<CountryCode> country = std::nullopt;
  std::optional<RegionCode> region = std::nullopt;
  std::optional<ValueChainPosition> value_chain = std::nullopt;
  std::optional<OfferKind> kind = std::nullopt;  // with a current offer or need of this kind
  std::optional<Side> side = std::nullopt;       // with a current offer (or need)
  std::string words = {};                        // in names, taglines, technologies, offers and needs
};

// Why the viewer does not see the contact details, when they do not.
enum class ContactShown { shown, for_members, on_request };

struct Editor {
  accounts::UserId id;
  std::string display_name;
  std::string email;  // only for those who may edit the profile
};

// A profile as the viewer may see it, with what they may do.
struct ProfileView {
  ProfileCard card;  // offers and needs current on `today` (every one for its editors)
  Capabilities can;
  ContactShown contact_shown = ContactShown::shown;  // card.profile.contact is blanked otherwise
  bool following = false;
  std::size_t followers = 0;
  std::vector<Editor> editors;
  std::string today;  // YYYY-MM-DD, against which offers expire
};

class ClusterProfileService {
 public:
  using Clock = std::function<Seconds()>;
  ClusterProfileService(ProfileRepository& repository, ProfileSurroundings& surroundings, Clock clock = {});

  // Published profiles for everybody; in review for reviewers; "mine": the profiles the
  // viewer may edit. Filters apply to every scope; offers and needs are the current ones.
  Result<std::vector<ProfileCard>> list(const accounts::Principal& who, const ProfileQuery& query);
  // Not found unless published or the viewer may edit or review it.
  Result<ProfileView> profile(const accounts::Principal& who, ProfileId id);
  // The profile of the viewer's organisation, if it has one they may see.
  Result<std::optional<ProfileId>> profile_of(const accounts::Principal& who, accounts::OrganisationId organisation);

  // The staff of an organisation (edit_cluster_profile) opens its one profile as a draft, and
  // becomes its first editor.
  Result<ProfileId> create(const accounts::Principal& who, ProfileInput input);
  // A published profile stays published; its followers hear of the change.
  Result<ProfileView> update(const accounts::Principal& who, ProfileId id, int revision, ProfileInput input);
  // Expiry: a year from today when not given; after today and at most two years ahead.
  Result<ProfileView> add_offer(const accounts::Principal& who, ProfileId id, int revision, OfferInput input);
  Result<ProfileView> save_offer(const accounts::Principal& who, ProfileId id, int revision, OfferNeedId offer,
                                 OfferInput input);
  Result<ProfileView> delete_offer(const accounts::Principal& who, ProfileId id, int revision, OfferNeedId offer);
  // Moves the expiry of the offers and needs named (every one when empty) to a year from today.
  Result<ProfileView> renew(const accounts::Principal& who, ProfileId id, int revision,
                            const std::vector<OfferNeedId>& offers);
  // The people (by e-mail; active accounts) who may change the profile besides its staff.
  Result<ProfileView> set_editors(const accounts::Principal& who, ProfileId id, int revision,
                                  const std::vector<std::string>& emails);

  // Review before publication: a draft goes to review (the reviewers hear of it); a reviewer
  // publishes it or sends it back to draft with a note (its editors hear of either).
  Result<ProfileView> submit(const accounts::Principal& who, ProfileId id, int revision);
  Result<ProfileView> publish(const accounts::Principal& who, ProfileId id, int revision);
  Result<ProfileView> send_back(const accounts::Principal& who, ProfileId id, int revision, const std::string& note);

  // Followers get a mail when a published profile changes or gains an offer or a need.
  Result<ProfileView> follow(const accounts::Principal& who, ProfileId id);
  Result<ProfileView> unfollow(const accounts::Principal& who, ProfileId id);

  Capabilities capabilities(const accounts::Principal& who, const ClusterProfile& profile, bool following) const;
  // Whether the viewer may open a profile for the organisation (its staff, while it has none).
  bool may_create(const accounts::Principal& who, accounts::OrganisationId organisation) const;
  // The division table: division → cluster category, for forms and filters.
  Result<std::map<std::string, std::string>> cluster_categories();
  std::string today() const;

 private:
  using Change = std::function<Result<std::string>(ProfileStore&, ClusterProfile&)>;
  // One change in one transaction: loads the profile (not found unless the viewer may see it),
  // refuses a stale revision, runs `change`, writes the next revision and the audit line.
  Result<ClusterProfile> change(const accounts::Principal& who, ProfileId id, int revision, std::string_view verb,
                                const Change& change);
  Result<ProfileCard> card_of(ClusterProfile profile);
  Status fill_sectors(ClusterProfile& profile);
  Result<ProfileView> view_after(const accounts::Principal& who, ProfileId id, const Result<ClusterProfile>& changed);
  // Mails about a profile to people (the actor left out); a failure is logged by the caller's
  // audit only, never undoing the change already made.
  void tell(const accounts::Principal& who, const std::vector<Person>& people, const MailText& text);
  Result<std::vector<Person>> followers_of(ProfileId id);
  Result<std::vector<Person>> editors_of(const ClusterProfile& profile);

  ProfileRepository& repository_;
  ProfileSurroundings& surroundings_;
  Clock clock_;
};

std::string target_of(ProfileId id);

}  // namespace cps::matchmaking
