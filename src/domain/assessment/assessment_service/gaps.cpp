// Assessments: the map of information gaps and bottlenecks for the steering bodies — what
// exists per thematic area and country, regions without a current assessment, levels given
// without evidence, reviews and requests that wait — and how often a knowledge item is cited.
#include <algorithm>
#include <map>
#include <set>

#include "domain/assessment/assessment_service.hpp"
#include "domain/assessment/assessment_service/internal.hpp"

namespace cps::assessment {

using namespace service_parts;
using i18n::N_;

namespace {

inline constexpr Seconds kDay = 86400;

void newest(std::optional<Seconds>& into, std::optional<Seconds> at) {
  if (at && (!into || *at > *into)) into = at;
}

// The reporting period whose dates hold today (YYYY-MM-DD compare as text); 0 when none does.
int period_of(const std::vector<reference::ReportingPeriod>& periods, const std::string& today) {
  for (const auto& p : periods)
    if (p.starts_on <= today && today <= p.ends_on) return p.number;
  return 0;
}

// When the assessment entered its present state, as far as the records tell.
Seconds status_since(const Assessment& a) {
  if (a.status != AssessmentStatus::in_review) return a.submitted_at;
  Seconds since = 0;
  for (const auto& r : a.reviewers)
    if (since == 0 || (r.assigned_at > 0 && r.assigned_at < since)) since = r.assigned_at;
  return since > 0 ? since : a.submitted_at;
}

}  // namespace

Result<GapsReport> AssessmentService::gaps(const Principal& who, const std::string& language,
                                           int days) {
  if (!accounts::allowed(who, Action::view_gaps)) return std::unexpected(refusal(who));
  if (days < 1 || days > 3650)
    return fail(ErrorKind::invalid, N_("Give the number of days as a whole number from 1 to 3650."),
                "days");
  Seconds now = now_of(clock_);
  GapsReport report;
  report.days = days;
  auto areas = reference_.areas(language);
  if (!areas) return std::unexpected(areas.error());
  for (const auto& a : *areas) {
    report.areas.push_back(a.code);
    report.area_names.push_back(a.name);
  }
  auto countries = reference_.countries();
  if (!countries) return std::unexpected(countries.error());
  for (const auto& c : *countries) report.countries.push_back(c.code);
  auto periods = reference_.reporting_periods();
  if (!periods) return std::unexpected(periods.error());
  report.period = period_of(*periods, day_of(now));
  auto practices = practices_.coverage();
  if (!practices) return std::unexpected(practices.error());
  auto datasets = regional_.dataset_coverage();
  if (!datasets) return std::unexpected(datasets.error());
  auto partner_regions = directory_.partner_regions();
  if (!partner_regions) return std::unexpected(partner_regions.error());

  std::vector<Assessment> all;
  std::vector<Comment> comments;
  std::map<int, Framework> frameworks;
  auto ok = repository_.read([&](AssessmentStore& store) -> Status {
    auto found = store.assessments(AssessmentFilter{}, AssessmentStore::Depth::whole);
    if (!found) return std::unexpected(found.error());
    all = std::move(*found);
    for (const auto& a : all)
      if (!frameworks.contains(a.framework_version)) {
        auto f = load_framework(store, a.framework_version);
        if (!f) return std::unexpected(f.error());
        frameworks[a.framework_version] = std::move(*f);
      }
    auto said = store.comments(std::nullopt);
    if (!said) return std::unexpected(said.error());
    comments = std::move(*said);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());

  // Published assessments with a level in an area, per (area, country), and the newest.
  std::map<std::pair<std::string, std::string>, CoverageCount> assessed;
  for (const auto& a : all) {
    if (a.status != AssessmentStatus::published) continue;
    std::set<std::string> areas_with_level;
    for (const auto& c : frameworks[a.framework_version].criteria)
      if (level_of(used_score(a, c.code, Timeframe::current)))
        areas_with_level.insert(c.area.str());
    for (const auto& area : areas_with_level) {
      auto& count = assessed[{area, a.country.str()}];
      ++count.count;
      newest(count.newest, a.published_at);
    }
  }
  for (const auto& area : report.areas)
    for (const auto& country : report.countries) {
      CoverageCell cell;
      cell.area = area;
      cell.country = country;
      if (auto it = practices->find({area.str(), country.str()}); it != practices->end()) {
        cell.practices = it->second.count;
        newest(cell.newest, it->second.newest);
      }
      if (auto it = assessed.find({area.str(), country.str()}); it != assessed.end()) {
        cell.assessments = it->second.count;
        newest(cell.newest, it->second.newest);
      }
      if (auto it = datasets->find(country.str()); it != datasets->end()) {
        cell.datasets = it->second.count;
        newest(cell.newest, it->second.newest);
      }
      report.coverage.push_back(std::move(cell));
    }

  std::set<std::string> assessed_now;
  for (const auto& a : all)
    if (a.period == report.period) assessed_now.insert(a.region.str());
  std::set<std::string> partners;
  for (const auto& r : *partner_regions) partners.insert(r.str());
  for (const auto& r : partners)
    if (!assessed_now.contains(r)) report.regions_without_assessment.push_back(RegionCode(r));

  std::map<std::string, std::string> names;
  auto name_of_region = [&](const RegionCode& code) -> const std::string& {
    auto it = names.find(code.str());
    if (it == names.end()) it = names.emplace(code.str(), region_name(reference_, code)).first;
    return it->second;
  };
  const Seconds waited = Seconds(days) * kDay;
  for (const auto& a : all) {
    const auto& framework = frameworks[a.framework_version];
    for (const auto& s : a.scores) {
      if (s.source != Source::self || s.timeframe != Timeframe::current || !level_of(&s) ||
          !s.evidence.empty())
        continue;
      const auto* c = framework.criterion(s.criterion);
      if (c && !c->text("en").evidence.empty())
        report.without_evidence.push_back(
            ScoreWithoutEvidence{a.id, a.region, s.criterion, s.timeframe});
    }
    bool waiting =
        a.status == AssessmentStatus::submitted || a.status == AssessmentStatus::in_review;
    if (waiting && now - status_since(a) > waited)
      report.stale_reviews.push_back(
          AssessmentRef{a.id, a.region, name_of_region(a.region), a.status, status_since(a)});
    if (waiting)
      for (const auto& r : a.reviewers)
        if (r.status == ReviewerStatus::invited && now - r.assigned_at > waited)
          report.unanswered_requests.push_back(
              WaitingRequest{a.id, a.region, r.user, r.display_name, r.assigned_at});
  }

  std::set<std::int64_t> answered;
  for (const auto& c : comments)
    if (c.reply_to) answered.insert(c.reply_to->value());
  std::map<std::int64_t, const Assessment*> by_id;
  for (const auto& a : all) by_id[a.id.value()] = &a;
  for (const auto& c : comments) {
    auto it = by_id.find(c.assessment.value());
    if (it == by_id.end() || answered.contains(c.id.value())) continue;
    const auto& reviewers = it->second->reviewers;
    if (std::none_of(reviewers.begin(), reviewers.end(),
                     [&](const Reviewer& r) { return r.user == c.author; }))
      continue;
    report.unanswered_comments.push_back(UnansweredComment{c.assessment, it->second->region, c.id,
                                                           c.criterion, c.author_name, c.at});
  }
  return report;
}

Result<std::size_t> AssessmentService::citations(const Principal& who, std::int64_t item) {
  std::size_t count = 0;
  auto ok = repository_.read([&](AssessmentStore& store) -> Status {
    auto citing = store.citing(item);
    if (!citing) return std::unexpected(citing.error());
    for (auto id : *citing) {
      auto a = store.assessment(id);
      if (!a) return std::unexpected(a.error());
      if (*a && may_see(who, **a)) ++count;
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return count;
}

}  // namespace cps::assessment
