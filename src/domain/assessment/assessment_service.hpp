// The assessment's rules: who may see, write, review, consolidate and publish which
// assessment; the flow draft → submitted → in review → consolidated → published; the reviewer
// rules (another country, conflicts declared, may decline and be replaced); what a peer review
// ends in; and the results (scorecard, benchmark with structural peers, learning needs,
// agreement, information gaps). Every change writes an audit line in the same transaction.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/assessment/assessment.hpp"
#include "domain/assessment/assessment_repository.hpp"
#include "domain/assessment/framework.hpp"
#include "domain/assessment/results.hpp"
#include "domain/assessment/score_input.hpp"
#include "domain/assessment/surroundings.hpp"
#include "domain/reference/reference_service.hpp"

namespace cps::assessment {

// What the viewer may do with an assessment now; pages show only these, the service checks
// them again on every request.
struct Capabilities {
  bool edit = false;         // self scores, summary, SWOT (the team, in draft)
  bool disclose = false;     // who may see the scores: the team, at every step
  bool submit = false;       // the team, in draft
  bool assign = false;       // assign or replace reviewers (coordinators, submitted or in review)
  bool answer_invitation = false;  // an invited reviewer
  bool review = false;       // peer scores (an accepted reviewer, in review)
  bool consolidate = false;  // agreed scores and the consolidation step (coordinators, in review)
  bool publish = false;      // coordinators, consolidated
  bool send_back = false;    // coordinators, submitted or in review
  bool comment = false;      // the team, reviewers and coordinators
  bool recommend = false;    // reviewers and coordinators, in review or later
  bool respond = false;      // the team, once recommendations exist
  bool see_peer_scores = false;  // the team sees them once consolidated; coordinators always
};

enum class Step { submit, send_back, consolidate, publish };
inline constexpr EnumName<Step> kStepNames[] = {{Step::submit, "submit"},
                                                {Step::send_back, "send_back"},
                                                {Step::consolidate, "consolidate"},
                                                {Step::publish, "publish"}};
static_assert(names_each_value_once(kStepNames));

enum class InvitationAnswer { accept, decline };

enum class NeedPractices { listed, none };

class AssessmentService {
 public:
  using Clock = std::function<Seconds()>;
  AssessmentService(AssessmentRepository& repository, reference::ReferenceService& reference,
                    Directory& directory, PracticeCatalogue& practices, RegionalData& regional,
                    Clock clock = {});

  // Frameworks: anybody reads them; the scientific-technical committee, the lead partner and
  // administrators store a new version (the version number is the next one, whatever the
  // input says). Returns the stored version.
  Result<std::vector<Framework>> frameworks();
  Result<Framework> framework(std::optional<int> version);  // the latest when nullopt
  Result<Framework> save_framework(const accounts::Principal& who, Framework framework);
  // Stores the framework of the file (the shipped default) as version 1 when there is none
  // yet (start-up and demo); returns the latest version either way.
  Result<Framework> ensure_framework(std::string_view default_file);

  // Assessments. Published ones for members (and their public summary for everybody when the
  // region opted in); unpublished ones for the region's team, its reviewers and the
  // coordinators (not found for everybody else, so that their existence does not leak).
  Result<std::vector<Assessment>> list(const accounts::Principal& who, AssessmentFilter filter);
  Result<Assessment> assessment(const accounts::Principal& who, AssessmentId id);
  Capabilities capabilities(const accounts::Principal& who, const Assessment& assessment) const;
  // A region's team (or a coordinator) opens the assessment of a region for a period, under
  // the latest framework.
  Result<AssessmentId> create(const accounts::Principal& who, NewAssessment input);

  // Saves scores as the viewer's source: self (the team, in draft), peer (an accepted
  // reviewer, in review) or agreed (a coordinator, in review). Fails (conflict) when the
  // assessment is no longer at `revision`; checks the values with check_scores and evidence
  // against the catalogue and the analytics.
  Result<Assessment> save_scores(const accounts::Principal& who, AssessmentId id, int revision,
                                 const std::vector<ScoreInput>& scores);
  Result<Assessment> save_details(const accounts::Principal& who, AssessmentId id, int revision,
                                  std::string summary, Disclosure disclosure);
  Result<Assessment> save_swot(const accounts::Principal& who, AssessmentId id, int revision, Swot swot);
  // submit (the team: every criterion answered in the current and target frames), send_back
  // (a coordinator, with a note), consolidate (a coordinator, once a reviewer submitted: the
  // agreed score of every criterion not yet agreed becomes the self score), publish.
  Result<Assessment> move(const accounts::Principal& who, AssessmentId id, int revision, Step step,
                          const std::string& note);

  // Reviewers: coordinators assign members from another country (preferably experienced);
  // the reviewer accepts (declaring conflicts of interest, "" for none) or declines with a
  // reason, and may then be replaced; an accepted reviewer submits once every criterion has
  // a current peer score. The first assignment moves a submitted assessment into review.
  Result<Assessment> assign_reviewer(const accounts::Principal& who, AssessmentId id, int revision,
                                     accounts::UserId reviewer);
  Result<Assessment> answer_invitation(const accounts::Principal& who, AssessmentId id, int revision,
                                       InvitationAnswer answer, const std::string& text);
  Result<Assessment> submit_review(const accounts::Principal& who, AssessmentId id, int revision);
  // Members who may review the assessment (another country), experienced first.
  Result<std::vector<Person>> reviewer_candidates(const accounts::Principal& who, AssessmentId id);

  Result<CommentId> comment(const accounts::Principal& who, AssessmentId id, const std::string& criterion,
                            std::optional<CommentId> reply_to, const std::string& body);
  Result<std::vector<Comment>> comments(const accounts::Principal& who, AssessmentId id);

  // What a peer review ends in: reviewers' and coordinators' recommendations, the team's
  // response to each, the action plan and its follow-up.
  Result<RecommendationId> recommend(const accounts::Principal& who, AssessmentId id, RecommendationInput input);
  Result<Recommendation> respond(const accounts::Principal& who, AssessmentId id, RecommendationId recommendation,
                                 Response response, const std::string& reason);
  Result<ActionId> plan_action(const accounts::Principal& who, AssessmentId id, RecommendationId recommendation,
                               ActionInput input);
  Result<PlannedAction> follow_up(const accounts::Principal& who, AssessmentId id, ActionId action,
                                  ActionStatus status, const std::string& what_happened);
  Result<std::vector<Recommendation>> recommendations(const accounts::Principal& who, AssessmentId id);

  // Results. The scorecard of a region: of the assessment asked for, else its latest one the
  // viewer may see. Texts in `language`.
  Result<Scorecard> scorecard(const accounts::Principal& who, const RegionCode& region,
                              std::optional<AssessmentId> assessment, const std::string& language);
  // The latest published scores of every region the viewer may see (members: all; others:
  // the regions that opted in), the spread per criterion without names, and — when a region
  // is chosen — per criterion the structurally similar regions that score higher.
  Result<Benchmark> benchmark(const accounts::Principal& who, std::optional<RegionCode> region,
                              const std::string& language);
  // The criteria with the largest gaps (target − current), each with published practices on
  // its area and regions scoring high on it (structural peers first).
  // With NeedPractices::none the practices are left out (the learning engine finds its own).
  Result<std::vector<LearningNeed>> learning_needs(const accounts::Principal& who, const RegionCode& region,
                                                   const std::string& language, std::size_t limit = 5,
                                                   NeedPractices practices = NeedPractices::listed);
  Result<std::vector<Agreement>> agreement(const accounts::Principal& who, const std::string& language);
  // For the steering committee, the scientific-technical committee, working-group
  // coordinators, the lead partner and administrators.
  Result<GapsReport> gaps(const accounts::Principal& who, const std::string& language, int days = 14);
  // How many assessments the viewer may see cite the knowledge item as evidence.
  Result<std::size_t> citations(const accounts::Principal& who, std::int64_t item);

 private:
  AssessmentRepository& repository_;
  reference::ReferenceService& reference_;
  Directory& directory_;
  PracticeCatalogue& practices_;
  RegionalData& regional_;
  Clock clock_;
};

}  // namespace cps::assessment
