// What mentoring needs from the rest of the platform, as small ports: people and their
// organisations (is the mentor's organisation in the experienced group?), a region's learning
// needs from its assessment with the regions that score higher, the names of regions and of
// the criteria and areas mentors offer, and the outbox. The composition root adapts the
// accounts, assessment and reference services to it; unit tests use a fake (testing/).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"

namespace cps::mentoring {

struct Person {
  accounts::UserId id;
  std::string name;
  std::string email;
  std::string ui_language = "en";
  std::vector<std::string> languages;  // spoken
  std::optional<accounts::OrganisationId> organisation;
};

struct OrganisationRef {
  accounts::OrganisationId id;
  std::string name;
  std::optional<CountryCode> country;
  std::optional<RegionCode> region;
  bool experienced = false;
};

// A region that scores higher on a need, structurally close first.
struct PeerRegion {
  RegionCode region;
  std::string name;
  double distance = 0;  // structural distance: smaller is more alike
  int level = 0;
};

// A criterion with a gap in the region's latest assessment the viewer may see.
struct LearningNeed {
  std::string criterion;
  std::string title;
  AreaCode area;
  int current = 0;
  int target = 0;
  int gap = 0;
  std::vector<PeerRegion> peers;
};

// The needs, or why there are none to show.
struct RegionNeeds {
  bool assessed = false;  // false: no assessment of the region the viewer may see
  std::vector<LearningNeed> needs;
};

// A need key with its title, for choosing what one mentors on.
struct Topic {
  std::string key;    // "area:WG4" or "criterion:WG4.2"
  std::string title;  // in the language asked for
};

// A mail's subject and body as catalogue message ids with "{name}" places, translated into the
// recipient's language and filled by the adapter.
struct MailText {
  std::string subject;
  std::string body;
  std::vector<std::pair<std::string, std::string>> values;
};

class MentoringSurroundings {
 public:
  virtual ~MentoringSurroundings() = default;
  // nullopt for nobody, or an account that is deleted or disabled.
  virtual Result<std::optional<Person>> person(accounts::UserId id) = 0;
  virtual Result<std::optional<OrganisationRef>> organisation(accounts::OrganisationId id) = 0;
  virtual Result<RegionNeeds> learning_needs(const accounts::Principal& who, const RegionCode& region,
                                             const std::string& language) = 0;
  // nullopt when the region is not one of the reference data.
  virtual Result<std::optional<std::string>> region_name(const RegionCode& region) = 0;
  // The title of a topic ("criterion:WG4.2" → the criterion's title in the latest framework,
  // "area:WG4" → the area's name) in the language; nullopt when it does not exist.
  virtual Result<std::optional<std::string>> topic_title(const std::string& key, const std::string& language) = 0;
  // Each thematic area followed by its criteria in the latest framework.
  virtual Result<std::vector<Topic>> topics(const std::string& language) = 0;
  virtual Status queue_mail(const Person& to, const MailText& text) = 0;
};

}  // namespace cps::mentoring
