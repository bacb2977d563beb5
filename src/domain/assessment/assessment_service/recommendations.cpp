// Assessments: what a peer review ends in — the reviewers' and coordinators' recommendations,
// the region's response to each (accepted, partly, rejected, with a reason), the action plan
// with owners and deadlines, and the follow-up that records what happened.
#include <chrono>

#include "core/text.hpp"
#include "domain/assessment/assessment_service.hpp"
#include "domain/assessment/assessment_service/internal.hpp"

namespace cps::assessment {

using namespace service_parts;
using i18n::N_;

namespace {

inline constexpr std::size_t kMaxText = 5000;

bool is_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  auto number = [&](std::size_t from, std::size_t n) {
    return std::stoi(std::string(s.substr(from, n)));
  };
  std::chrono::year_month_day day{std::chrono::year(number(0, 4)),
                                  std::chrono::month(unsigned(number(5, 2))),
                                  std::chrono::day(unsigned(number(8, 2)))};
  return day.ok();
}

// The recommendation of this assessment, or not found.
Result<Recommendation> recommendation_of(AssessmentStore& store, AssessmentId id,
                                         RecommendationId rid) {
  auto all = store.recommendations(id);
  if (!all) return std::unexpected(all.error());
  for (auto& r : *all)
    if (r.id == rid) return std::move(r);
  return not_found();
}

Status check_length(const std::string& text, const char* field) {
  if (text::utf8_length(text) > kMaxText)
    return fail(ErrorKind::unprocessable, N_("This text may have at most 5000 characters."), field);
  return {};
}

}  // namespace

Result<RecommendationId> AssessmentService::recommend(const Principal& who, AssessmentId id,
                                                      RecommendationInput input) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  auto areas = area_codes(reference_);
  if (!areas) return std::unexpected(areas.error());
  Seconds now = now_of(clock_);
  RecommendationId added;
  auto ok = repository_.transaction([&](AssessmentStore& store) -> Status {
    auto a = load_visible(store, who, id);
    if (!a) return std::unexpected(a.error());
    if (!capabilities(who, *a).recommend) {
      if (!who.signed_in() || (!is_coordinator(who) && !reviewer_entry(who, *a)))
        return std::unexpected(refusal(who));
      return wrong_state();
    }
    if (std::find(areas->begin(), areas->end(), input.area) == areas->end())
      return unknown_area("area");
    if (!input.criterion.empty()) {
      auto framework = load_framework(store, a->framework_version);
      if (!framework) return std::unexpected(framework.error());
      const auto* c = framework->criterion(input.criterion);
      if (!c || c->area != input.area) return unknown_criterion("criterion");
    }
    std::string body = text::trim(input.text);
    if (body.empty())
      return fail(ErrorKind::unprocessable, N_("Write the recommendation first."), "text");
    if (auto s = check_length(body, "text"); !s) return s;
    Recommendation r;
    r.assessment = id;
    r.area = input.area;
    r.criterion = input.criterion;
    r.text = body;
    r.author = *who.user;
    r.at = now;
    auto inserted = store.insert_recommendation(r);
    if (!inserted) return std::unexpected(inserted.error());
    added = *inserted;
    return store.append_audit(audit_line(who, "recommended", target_of(id),
                                         "recommendation:" + std::to_string(added.value()), now));
  });
  if (!ok) return std::unexpected(ok.error());
  return added;
}

Result<Recommendation> AssessmentService::respond(const Principal& who, AssessmentId id,
                                                  RecommendationId recommendation,
                                                  Response response, const std::string& reason) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  Seconds now = now_of(clock_);
  Recommendation out;
  auto ok = repository_.transaction([&](AssessmentStore& store) -> Status {
    auto a = load_visible(store, who, id);
    if (!a) return std::unexpected(a.error());
    if (!is_team(who, *a)) return std::unexpected(refusal(who));
    auto r = recommendation_of(store, id, recommendation);
    if (!r) return std::unexpected(r.error());
    if (response == Response::pending)
      return fail(ErrorKind::unprocessable, N_("Answer with accepted, partly or rejected."),
                  "response");
    std::string why = text::trim(reason);
    if (response != Response::accepted && why.empty())
      return fail(ErrorKind::unprocessable,
                  N_("Give a reason when you reject a recommendation or accept it only in part."),
                  "reason");
    if (auto s = check_length(why, "reason"); !s) return s;
    r->response = response;
    r->response_reason = why;
    if (auto s = store.update_recommendation(*r); !s) return s;
    out = *r;
    return store.append_audit(
        audit_line(who, "recommendation_answered", target_of(id),
                   "recommendation:" + std::to_string(recommendation.value()) + " " +
                       std::string(to_string(response)),
                   now));
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<ActionId> AssessmentService::plan_action(const Principal& who, AssessmentId id,
                                                RecommendationId recommendation,
                                                ActionInput input) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  Seconds now = now_of(clock_);
  ActionId added;
  auto ok = repository_.transaction([&](AssessmentStore& store) -> Status {
    auto a = load_visible(store, who, id);
    if (!a) return std::unexpected(a.error());
    if (!is_team(who, *a)) return std::unexpected(refusal(who));
    auto r = recommendation_of(store, id, recommendation);
    if (!r) return std::unexpected(r.error());
    PlannedAction action;
    action.recommendation = recommendation;
    action.action = text::trim(input.action);
    action.owner = text::trim(input.owner);
    action.deadline = text::trim(input.deadline);
    if (action.action.empty())
      return fail(ErrorKind::unprocessable, N_("Describe the action."), "action");
    if (auto s = check_length(action.action, "action"); !s) return s;
    if (action.owner.empty())
      return fail(ErrorKind::unprocessable, N_("Say who owns the action."), "owner");
    if (auto s = check_length(action.owner, "owner"); !s) return s;
    if (!is_date(action.deadline))
      return fail(ErrorKind::unprocessable, N_("Give the deadline as a date (YYYY-MM-DD)."),
                  "deadline");
    auto inserted = store.insert_action(action);
    if (!inserted) return std::unexpected(inserted.error());
    added = *inserted;
    return store.append_audit(audit_line(who, "action_planned", target_of(id),
                                         "action:" + std::to_string(added.value()), now));
  });
  if (!ok) return std::unexpected(ok.error());
  return added;
}

Result<PlannedAction> AssessmentService::follow_up(const Principal& who, AssessmentId id,
                                                   ActionId action, ActionStatus status,
                                                   const std::string& what_happened) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  Seconds now = now_of(clock_);
  PlannedAction out;
  auto ok = repository_.transaction([&](AssessmentStore& store) -> Status {
    auto a = load_visible(store, who, id);
    if (!a) return std::unexpected(a.error());
    if (!is_team(who, *a)) return std::unexpected(refusal(who));
    auto all = store.recommendations(id);
    if (!all) return std::unexpected(all.error());
    std::optional<PlannedAction> found;
    for (const auto& r : *all)
      for (const auto& x : r.actions)
        if (x.id == action) found = x;
    if (!found) return not_found();
    std::string said = text::trim(what_happened);
    if (said.empty() && status != ActionStatus::planned)
      return fail(ErrorKind::unprocessable, N_("Say what happened."), "follow_up");
    if (auto s = check_length(said, "follow_up"); !s) return s;
    found->status = status;
    found->follow_up = said;
    found->followed_up_on = day_of(now);
    if (auto s = store.update_action(*found); !s) return s;
    out = *found;
    return store.append_audit(audit_line(
        who, "action_followed_up", target_of(id),
        "action:" + std::to_string(action.value()) + " " + std::string(to_string(status)), now));
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<Recommendation>> AssessmentService::recommendations(const Principal& who,
                                                                       AssessmentId id) {
  std::vector<Recommendation> out;
  auto ok = repository_.read([&](AssessmentStore& store) -> Status {
    auto a = load_visible(store, who, id);
    if (!a) return std::unexpected(a.error());
    auto found = store.recommendations(id);
    if (!found) return std::unexpected(found.error());
    out = std::move(*found);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace cps::assessment
