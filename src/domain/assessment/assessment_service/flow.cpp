// Assessments: the flow's steps — the team submits its draft, a coordinator sends a submitted
// or reviewed assessment back, consolidates it once a review is in, and publishes it.
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

// The first criterion without a self answer in the current or target time frame, if any.
const Criterion* unanswered(const Assessment& a, const Framework& framework) {
  std::set<std::pair<std::string, Timeframe>> answered;
  for (const auto& s : a.scores)
    if (s.source == Source::self) answered.emplace(s.criterion, s.timeframe);
  for (const auto& c : framework.criteria)
    for (auto frame : {Timeframe::current, Timeframe::target})
      if (!answered.contains({c.code, frame})) return &c;
  return nullptr;
}

bool has_active_reviewer(const Assessment& a) {
  return std::any_of(a.reviewers.begin(), a.reviewers.end(),
                     [](const Reviewer& r) { return r.status != ReviewerStatus::declined; });
}

Result<std::string> submit(const Principal& who, AssessmentStore& store, Assessment& a,
                           Seconds now) {
  if (!is_team(who, a)) return std::unexpected(refusal(who));
  if (a.status != S::draft) return wrong_state();
  auto framework = load_framework(store, a.framework_version);
  if (!framework) return std::unexpected(framework.error());
  if (const auto* missing = unanswered(a, *framework))
    return fail(
        ErrorKind::unprocessable,
        N_("Answer every criterion for the current situation and the target before submitting."),
        "scores." + missing->code);
  // Back from its team after a return, it goes straight to the reviewers it already has.
  a.status = has_active_reviewer(a) ? S::in_review : S::submitted;
  a.submitted_at = now;
  a.return_note.clear();
  return std::string(to_string(a.status));
}

Result<std::string> send_back(const Principal& who, Assessment& a, const std::string& note) {
  if (!is_coordinator(who)) return std::unexpected(refusal(who));
  if (a.status != S::submitted && a.status != S::in_review) return wrong_state();
  if (text::trim(note).empty())
    return fail(ErrorKind::unprocessable, N_("Say why the assessment goes back to its team."),
                "note");
  a.status = S::draft;
  a.return_note = text::trim(note);
  return a.return_note;
}

Result<std::string> consolidate(const Principal& who, AssessmentStore& store, Assessment& a,
                                const std::string& note, Seconds now) {
  if (!is_coordinator(who)) return std::unexpected(refusal(who));
  if (a.status != S::in_review) return wrong_state();
  if (std::none_of(a.reviewers.begin(), a.reviewers.end(),
                   [](const Reviewer& r) { return r.status == ReviewerStatus::submitted; }))
    return fail(ErrorKind::unprocessable,
                N_("A reviewer must submit a review before the assessment is consolidated."),
                "reviewers");
  std::set<std::pair<std::string, Timeframe>> agreed;
  for (const auto& s : a.scores)
    if (s.source == Source::agreed) agreed.emplace(s.criterion, s.timeframe);
  std::vector<Score> taken;
  for (const auto& s : a.scores)
    if (s.source == Source::self && !agreed.contains({s.criterion, s.timeframe})) {
      Score copy = s;
      copy.source = Source::agreed;
      copy.reviewer.reset();
      copy.justification.clear();
      copy.by = who.user;
      copy.at = now;
      taken.push_back(std::move(copy));
    }
  if (!taken.empty())
    if (auto ok = store.save_scores(a.id, taken); !ok) return std::unexpected(ok.error());
  a.status = S::consolidated;
  return std::to_string(taken.size()) + " self scores taken as agreed" +
         (text::trim(note).empty() ? "" : ": " + text::trim(note));
}

Result<std::string> publish(const Principal& who, Assessment& a, Seconds now) {
  if (!is_coordinator(who)) return std::unexpected(refusal(who));
  if (a.status != S::consolidated) return wrong_state();
  a.status = S::published;
  a.published_at = now;
  return std::string(to_string(a.disclosure));
}

}  // namespace

Result<Assessment> AssessmentService::move(const Principal& who, AssessmentId id, int revision,
                                           Step step, const std::string& note) {
  Seconds now = now_of(clock_);
  constexpr std::pair<Step, const char*> kVerbs[] = {{Step::submit, "submitted"},
                                                     {Step::send_back, "sent_back"},
                                                     {Step::consolidate, "consolidated"},
                                                     {Step::publish, "published"}};
  const char* verb = "";
  for (auto [s, v] : kVerbs)
    if (s == step) verb = v;
  return change_assessment(repository_, who, id, revision, now, verb,
                           [&](AssessmentStore& store, Assessment& a) -> Result<std::string> {
                             switch (step) {
                               case Step::submit:
                                 return submit(who, store, a, now);
                               case Step::send_back:
                                 return send_back(who, a, note);
                               case Step::consolidate:
                                 return consolidate(who, store, a, note, now);
                               case Step::publish:
                                 return publish(who, a, now);
                             }
                             return wrong_state();
                           });
}

}  // namespace cps::assessment
