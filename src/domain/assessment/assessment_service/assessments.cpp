// Assessments: opening one for a region and a reporting period, listing and reading them as the
// viewer may see them, what the viewer may do now, and the team's summary, disclosure and SWOT.
#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "domain/assessment/assessment_service.hpp"
#include "domain/assessment/assessment_service/internal.hpp"

namespace cps::assessment {

using namespace service_parts;
using i18n::N_;

namespace {

inline constexpr std::size_t kMaxSummary = 20000;

bool one_of(AssessmentStatus s, std::initializer_list<AssessmentStatus> states) {
  return std::find(states.begin(), states.end(), s) != states.end();
}

std::unexpected<Error> duplicate_period() {
  return fail(ErrorKind::conflict,
              N_("This region already has an assessment for this reporting period."), "period");
}

}  // namespace

Result<std::vector<Assessment>> AssessmentService::list(const Principal& who,
                                                        AssessmentFilter filter) {
  std::vector<Assessment> out;
  auto ok = repository_.read([&](AssessmentStore& store) -> Status {
    auto found = store.assessments(filter, AssessmentStore::Depth::header);
    if (!found) return std::unexpected(found.error());
    // Headers carry no reviewers: the viewer's own review assignments are asked for apart.
    std::set<std::int64_t> reviewing;
    if (who.user) {
      auto mine_filter = filter;
      mine_filter.reviewer = who.user;
      auto mine = store.assessments(mine_filter, AssessmentStore::Depth::whole);
      if (!mine) return std::unexpected(mine.error());
      for (const auto& a : *mine)
        if (const auto* r = reviewer_entry(who, a); r && r->status != ReviewerStatus::declined)
          reviewing.insert(a.id.value());
    }
    for (auto& a : *found)
      if (may_see(who, a) || reviewing.contains(a.id.value())) out.push_back(std::move(a));
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<Assessment> AssessmentService::assessment(const Principal& who, AssessmentId id) {
  Assessment out;
  auto ok = repository_.read([&](AssessmentStore& store) -> Status {
    auto a = load_visible(store, who, id);
    if (!a) return std::unexpected(a.error());
    out = as_seen_by(who, std::move(*a));
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Capabilities AssessmentService::capabilities(const Principal& who, const Assessment& a) const {
  using S = AssessmentStatus;
  Capabilities c;
  if (!who.signed_in() || !may_see(who, a)) return c;
  bool writes =
      !(who.via == Principal::Via::api_token && who.token_scope != accounts::TokenScope::write);
  bool team = writes && is_team(who, a);
  bool coordinator = writes && is_coordinator(who);
  const Reviewer* reviewer = writes ? reviewer_entry(who, a) : nullptr;
  bool active_reviewer = reviewer && (reviewer->status == ReviewerStatus::accepted ||
                                      reviewer->status == ReviewerStatus::submitted);
  auto one_of_status = [&](std::initializer_list<ReviewerStatus> states) {
    return reviewer && std::find(states.begin(), states.end(), reviewer->status) != states.end();
  };
  c.edit = team && a.status == S::draft;
  c.disclose = team;
  c.submit = team && a.status == S::draft;
  c.assign = coordinator && one_of(a.status, {S::submitted, S::in_review});
  c.answer_invitation =
      one_of_status({ReviewerStatus::invited}) && one_of(a.status, {S::submitted, S::in_review});
  c.review = one_of_status({ReviewerStatus::accepted}) && a.status == S::in_review;
  c.consolidate = coordinator && a.status == S::in_review;
  c.publish = coordinator && a.status == S::consolidated;
  c.send_back = coordinator && one_of(a.status, {S::submitted, S::in_review});
  c.comment = team || coordinator || (reviewer && reviewer->status != ReviewerStatus::declined);
  c.recommend = (coordinator || active_reviewer) &&
                one_of(a.status, {S::in_review, S::consolidated, S::published});
  c.respond = team && one_of(a.status, {S::in_review, S::consolidated, S::published});
  c.see_peer_scores = may_see_peer_scores(who, a);
  return c;
}

Result<AssessmentId> AssessmentService::create(const Principal& who, NewAssessment input) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  if (!who.signed_in()) return std::unexpected(refusal(who));
  if (!input.organisation) input.organisation = who.organisation;
  if (!input.organisation)
    return fail(ErrorKind::unprocessable,
                N_("Choose the organisation whose team assesses the region."), "organisation");
  if (!accounts::allowed(who, Action::write_assessment,
                         accounts::Target{.organisation = input.organisation}) &&
      !is_coordinator(who))
    return std::unexpected(refusal(who));
  if (input.period < 1 || input.period > 6)
    return fail(ErrorKind::unprocessable, N_("Choose a reporting period from 1 to 6."), "period");
  auto region = reference_.region(input.region.str());
  if (!region) {
    if (region.error().kind == ErrorKind::not_found)
      return fail(ErrorKind::unprocessable, N_("Choose regions from the list."), "region");
    return std::unexpected(region.error());
  }
  if (region->region.level != 0 && region->region.level != 2)
    return fail(ErrorKind::unprocessable, N_("Assess a NUTS 2 region, or a whole country."),
                "region");
  auto place = directory_.organisation_place(*input.organisation);
  if (!place) return std::unexpected(place.error());
  if (!*place)
    return fail(ErrorKind::unprocessable, N_("This organisation does not exist."), "organisation");
  const auto& [country, org_region] = **place;
  bool in_place = region->region.level == 0
                      ? country == region->region.country
                      : org_region && org_region->str().starts_with(region->region.code.str());
  if (!in_place)
    return fail(ErrorKind::unprocessable,
                N_("The team's organisation must be in the assessed region."), "organisation");
  Seconds now = now_of(clock_);
  AssessmentId id;
  auto ok = repository_.transaction([&](AssessmentStore& store) -> Status {
    auto latest = store.latest_framework_version();
    if (!latest) return std::unexpected(latest.error());
    if (!*latest)
      return fail(ErrorKind::conflict, N_("No assessment framework has been stored yet."),
                  "framework");
    auto existing =
        store.assessments(AssessmentFilter{.region = region->region.code, .period = input.period},
                          AssessmentStore::Depth::header);
    if (!existing) return std::unexpected(existing.error());
    if (!existing->empty()) return duplicate_period();
    Assessment a;
    a.region = region->region.code;
    a.country = region->region.country;
    a.period = input.period;
    a.framework_version = **latest;
    a.organisation = *input.organisation;
    a.created_by = who.user;
    a.created_at = a.updated_at = now;
    auto inserted = store.insert_assessment(a);
    if (!inserted) {
      if (inserted.error().kind == ErrorKind::conflict) return duplicate_period();
      return std::unexpected(inserted.error());
    }
    id = *inserted;
    return store.append_audit(audit_line(who, "created", target_of(id),
                                         a.region.str() + " period " + std::to_string(a.period),
                                         now));
  });
  if (!ok) return std::unexpected(ok.error());
  return id;
}

Result<Assessment> AssessmentService::save_details(const Principal& who, AssessmentId id,
                                                   int revision, std::string summary,
                                                   Disclosure disclosure) {
  summary = text::trim(summary);
  return change_assessment(repository_, who, id, revision, now_of(clock_), "details_saved",
                           [&](AssessmentStore&, Assessment& a) -> Result<std::string> {
                             if (!is_team(who, a)) return std::unexpected(refusal(who));
                             // The summary is part of what was submitted and reviewed; who may
                             // see the scores stays the region's choice at every step.
                             if (a.status != AssessmentStatus::draft && summary != a.summary)
                               return not_editable();
                             if (summary.size() > kMaxSummary)
                               return fail(ErrorKind::unprocessable,
                                           N_("This text may have at most 20000 characters."),
                                           "summary");
                             a.summary = summary;
                             a.disclosure = disclosure;
                             return std::string("disclosure ") + std::string(to_string(disclosure));
                           });
}

Result<Assessment> AssessmentService::save_swot(const Principal& who, AssessmentId id, int revision,
                                                Swot swot) {
  auto areas = area_codes(reference_);
  if (!areas) return std::unexpected(areas.error());
  return change_assessment(
      repository_, who, id, revision, now_of(clock_), "swot_saved",
      [&](AssessmentStore& store, Assessment& a) -> Result<std::string> {
        if (!is_team(who, a)) return std::unexpected(refusal(who));
        if (a.status != AssessmentStatus::draft) return not_editable();
        if (std::find(areas->begin(), areas->end(), swot.area) == areas->end())
          return unknown_area("area");
        for (auto* part : {&swot.strengths, &swot.weaknesses, &swot.opportunities, &swot.threats})
          if (part->size() > kMaxSummary)
            return fail(ErrorKind::unprocessable,
                        N_("This text may have at most 20000 characters."), "swot");
        if (auto s = store.save_swot(a.id, swot); !s) return std::unexpected(s.error());
        return "area " + swot.area.str();
      });
}

}  // namespace cps::assessment
