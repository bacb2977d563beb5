// Mentoring's rules: who may offer mentoring (staff of an experienced organisation), which
// mentors a learner is shown for a region's needs (on the need's criterion or area, with a
// free place, languages the learner reads first), and a mentoring pair's course: request →
// accepted or declined (or withdrawn by the learner) → agreed goals and meetings → outcome →
// feedback from both sides. Refused: a request to oneself, a second one while one is open with
// the same mentor, one to a mentor at capacity or whose organisation is not experienced. Every
// change writes an audit line ("mentoring.offer_saved", "mentoring.requested",
// "mentoring.accepted", "mentoring.declined", "mentoring.withdrawn", "mentoring.goals_agreed",
// "mentoring.meeting_recorded", "mentoring.completed", "mentoring.feedback_given"; target
// "mentor:<user>" or "mentoring:<id>") in the same transaction and mails the other side through
// the outbox.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/mentoring/mentoring.hpp"
#include "domain/mentoring/mentoring_input.hpp"
#include "domain/mentoring/mentoring_repository.hpp"
#include "domain/mentoring/surroundings.hpp"

namespace cps::mentoring {

struct MentorFilter {
  std::optional<std::string> topic = std::nullopt;     // a need key: offers on it (a criterion also matches its area)
  std::optional<std::string> language = std::nullopt;  // offers in this language
  bool with_free_place = false;
};

// A region's need with the regions that do better and the mentors who could help.
struct NeedPeers {
  LearningNeed need;
  std::string key;                   // "criterion:WG4.2"
  std::vector<MentorOffer> mentors;  // free place first, then the learner's languages, then name
};

struct RegionPeers {
  RegionCode region;
  std::string region_name;
  bool assessed = false;  // false: the region has no assessment the viewer may see
  std::vector<NeedPeers> needs;
};

// What the viewer may do with a request now; pages show only these, the service checks again.
struct Capabilities {
  std::optional<Side> side;  // the viewer's side of the pair, if any
  bool answer = false;       // the mentor, while requested
  bool withdraw = false;     // the learner, while requested
  bool agree_goals = false;  // either side, while accepted
  bool record_meeting = false;
  bool record_outcome = false;
  bool give_feedback = false;  // either side once completed, once each
};

struct MyMentoring {
  std::vector<MentoringRequest> as_learner;
  std::vector<MentoringRequest> as_mentor;
  std::optional<MentorOffer> offer;  // the viewer's own offer
};

class MentoringService {
 public:
  using Clock = std::function<Seconds()>;
  MentoringService(MentoringRepository& repository, MentoringSurroundings& surroundings, Clock clock = {});

  // Active offers of mentors whose organisation is still experienced (anyone may read them:
  // mentors offer to be found), by the filter; free place first, then by name.
  Result<std::vector<MentorOffer>> mentors(const accounts::Principal& who, const MentorFilter& filter,
                                           const std::string& language);
  // The viewer's own offer (nullopt before one).
  Result<std::optional<MentorOffer>> my_offer(const accounts::Principal& who);
  // Whether the viewer may offer mentoring at all: staff of an experienced organisation.
  Status may_offer(const accounts::Principal& who);
  Result<MentorOffer> save_offer(const accounts::Principal& who, OfferInput input);

  // What one may mentor on: each area followed by its criteria.
  Result<std::vector<Topic>> topics(const std::string& language) { return surroundings_.topics(language); }
  // The region of the viewer's organisation, where the matchmaking hub starts.
  Result<std::optional<RegionCode>> home_region(const accounts::Principal& who);

  // For the region's learning needs: regions ahead (structural peers first) and mentors on the
  // need's criterion or area with a free place, the viewer's languages first.
  Result<RegionPeers> peers(const accounts::Principal& who, const RegionCode& region, const std::string& language);

  Result<MentoringRequest> request(const accounts::Principal& who, RequestInput input, const std::string& language);
  // The learner, the mentor and administrators see a request; others get not found.
  Result<MentoringRequest> get(const accounts::Principal& who, RequestId id, const std::string& language);
  Capabilities capabilities(const accounts::Principal& who, const MentoringRequest& request) const;
  Result<MyMentoring> mine(const accounts::Principal& who, const std::string& language);

  Result<MentoringRequest> answer(const accounts::Principal& who, RequestId id, int revision, AnswerInput input);
  Result<MentoringRequest> withdraw(const accounts::Principal& who, RequestId id, int revision);
  Result<MentoringRequest> agree_goals(const accounts::Principal& who, RequestId id, int revision, std::string goals);
  Result<MentoringRequest> record_meeting(const accounts::Principal& who, RequestId id, int revision, Meeting meeting);
  // Closes the pair (completed) with how far it got.
  Result<MentoringRequest> record_outcome(const accounts::Principal& who, RequestId id, int revision,
                                          OutcomeInput outcome);
  Result<MentoringRequest> give_feedback(const accounts::Principal& who, RequestId id, Feedback feedback);

 private:
  // Loads the request the viewer takes part in (on side `only`, when given), checks `allowed`
  // (a capability) and runs `change` on it in one transaction with the audit line; mails
  // `mail` to the other side. A revision below 0 is not checked.
  Result<MentoringRequest> step(const accounts::Principal& who, RequestId id, int revision,
                                std::optional<Side> only, bool Capabilities::*allowed, const char* action,
                                const std::function<Status(MentoringStore&, MentoringRequest&)>& change,
                                const MailText& mail);
  Status describe(MentoringRequest& request, const std::string& language);
  Status describe(MentorOffer& offer);
  Result<std::optional<OrganisationRef>> experienced_organisation_of(const accounts::Principal& who);
  accounts::AuditRecord audit(const accounts::Principal& who, std::string action, std::string target,
                              std::string detail) const;
  Seconds now() const;

  MentoringRepository& repository_;
  MentoringSurroundings& surroundings_;
  Clock clock_;
};

}  // namespace cps::mentoring
