// Assessments: the peer reviewers — assigned by a coordinator from another country (the
// experienced organisations' people first), accepting with their conflicts of interest
// declared or declining with a reason, and submitting their review once every criterion has
// a current peer score.
#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "domain/assessment/assessment_service.hpp"
#include "domain/assessment/assessment_service/internal.hpp"

namespace cps::assessment {

using namespace service_parts;
using i18n::N_;

namespace {

using S = AssessmentStatus;

// Why the person may not review the assessment, if they may not.
Status check_reviewer(const Person& person, const Assessment& a) {
  if (person.organisation && *person.organisation == a.organisation)
    return fail(ErrorKind::unprocessable,
                N_("A reviewer may not belong to the team of the assessed region."), "user");
  if (!person.country || *person.country == a.country)
    return fail(ErrorKind::unprocessable, N_("A reviewer must come from another country."), "user");
  return {};
}

std::string user_target(accounts::UserId id) {
  return "user:" + std::to_string(id.value());
}

}  // namespace

Result<Assessment> AssessmentService::assign_reviewer(const Principal& who, AssessmentId id,
                                                      int revision, accounts::UserId reviewer) {
  auto person = directory_.person(reviewer);
  if (!person) return std::unexpected(person.error());
  Seconds now = now_of(clock_);
  return change_assessment(
      repository_, who, id, revision, now, "reviewer_assigned",
      [&](AssessmentStore& store, Assessment& a) -> Result<std::string> {
        if (!is_coordinator(who)) return std::unexpected(refusal(who));
        if (a.status != S::submitted && a.status != S::in_review) return wrong_state();
        if (!*person)
          return fail(ErrorKind::unprocessable, N_("Choose a reviewer from the list."), "user");
        if (auto ok = check_reviewer(**person, a); !ok) return std::unexpected(ok.error());
        if (std::any_of(a.reviewers.begin(), a.reviewers.end(),
                        [&](const Reviewer& r) { return r.user == reviewer; }))
          return fail(ErrorKind::conflict,
                      N_("This person has already been asked to review this assessment."), "user");
        Reviewer r;
        r.user = reviewer;
        r.display_name = (*person)->display_name;
        r.country = (*person)->country;
        r.status = ReviewerStatus::invited;
        r.assigned_by = who.user;
        r.assigned_at = now;
        if (auto ok = store.save_reviewer(a.id, r); !ok) return std::unexpected(ok.error());
        if (a.status == S::submitted) a.status = S::in_review;
        return user_target(reviewer);
      });
}

Result<Assessment> AssessmentService::answer_invitation(const Principal& who, AssessmentId id,
                                                        int revision, InvitationAnswer answer,
                                                        const std::string& text) {
  Seconds now = now_of(clock_);
  const char* verb =
      answer == InvitationAnswer::accept ? "invitation_accepted" : "invitation_declined";
  return change_assessment(
      repository_, who, id, revision, now, verb,
      [&](AssessmentStore& store, Assessment& a) -> Result<std::string> {
        const auto* entry = reviewer_entry(who, a);
        if (!entry) return std::unexpected(refusal(who));
        if (entry->status != ReviewerStatus::invited)
          return fail(ErrorKind::conflict, N_("You have answered this invitation already."),
                      "answer");
        if (a.status != S::submitted && a.status != S::in_review) return wrong_state();
        Reviewer r = *entry;
        r.answered_at = now;
        std::string said = text::trim(text);
        if (answer == InvitationAnswer::accept) {
          r.status = ReviewerStatus::accepted;
          r.conflicts = said;
        } else {
          if (said.empty())
            return fail(ErrorKind::unprocessable, N_("Say why you decline."), "text");
          r.status = ReviewerStatus::declined;
          r.decline_reason = said;
        }
        if (auto ok = store.save_reviewer(a.id, r); !ok) return std::unexpected(ok.error());
        return said;
      });
}

Result<Assessment> AssessmentService::submit_review(const Principal& who, AssessmentId id,
                                                    int revision) {
  Seconds now = now_of(clock_);
  return change_assessment(
      repository_, who, id, revision, now, "review_submitted",
      [&](AssessmentStore& store, Assessment& a) -> Result<std::string> {
        const auto* entry = reviewer_entry(who, a);
        if (!entry) return std::unexpected(refusal(who));
        if (entry->status != ReviewerStatus::accepted || a.status != S::in_review)
          return wrong_state();
        auto framework = load_framework(store, a.framework_version);
        if (!framework) return std::unexpected(framework.error());
        std::set<std::string> scored;
        for (const auto& s : a.scores)
          if (s.source == Source::peer && s.reviewer == who.user &&
              s.timeframe == Timeframe::current)
            scored.insert(s.criterion);
        for (const auto& c : framework->criteria)
          if (!scored.contains(c.code))
            return fail(
                ErrorKind::unprocessable,
                N_("Score every criterion for the current situation before submitting the review."),
                "scores." + c.code);
        Reviewer r = *entry;
        r.status = ReviewerStatus::submitted;
        r.answered_at = now;
        if (auto ok = store.save_reviewer(a.id, r); !ok) return std::unexpected(ok.error());
        return user_target(r.user);
      });
}

Result<std::vector<Person>> AssessmentService::reviewer_candidates(const Principal& who,
                                                                   AssessmentId id) {
  auto a = assessment(who, id);
  if (!a) return std::unexpected(a.error());
  if (!is_coordinator(who)) return std::unexpected(refusal(who));
  auto members = directory_.members();
  if (!members) return std::unexpected(members.error());
  std::vector<Person> out;
  for (auto& p : *members) {
    if (!check_reviewer(p, *a)) continue;
    if (std::any_of(a->reviewers.begin(), a->reviewers.end(),
                    [&](const Reviewer& r) { return r.user == p.id; }))
      continue;
    out.push_back(std::move(p));
  }
  std::stable_sort(out.begin(), out.end(), [](const Person& x, const Person& y) {
    if (x.experience != y.experience) return x.experience == accounts::Experience::experienced;
    return x.display_name < y.display_name;
  });
  return out;
}

}  // namespace cps::assessment
