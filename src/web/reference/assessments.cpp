// Where policy assessments show on the reference pages: a region's latest published scores
// per thematic area, and the regions' scores on one thematic area. Both as the visitor may see
// them: a signed-in member's request is never served from the page cache, so a member sees
// every published assessment and the public only those of regions that opted in.
#include "web/reference/internal.hpp"

#include <tuple>

namespace cps::web {

namespace {

accounts::Principal viewer(const Site& site, const http::Request& request) {
  auto visit = site.visit(request);
  if (visit && *visit) return (*visit)->principal;
  return {};
}

std::string mean(const i18n::Catalogue& cat, Language lang, const std::optional<double>& value) {
  return value ? cat.format_decimal(lang, *value, 1) : "–";
}

}  // namespace

Result<Object> ReferencePages::region_assessment(const http::Request& request, const std::string& code,
                                                 Language lang) {
  Object out;
  if (!assessments_) return out;
  auto who = viewer(site_, request);
  assessment::AssessmentFilter filter;
  filter.region = RegionCode(code);
  filter.statuses = {assessment::AssessmentStatus::published};
  auto published = assessments_->list(who, filter);
  if (!published) return std::unexpected(published.error());
  const assessment::Assessment* latest = nullptr;
  for (const auto& a : *published)
    if (!latest || a.published_at > latest->published_at) latest = &a;
  if (!latest) return out;
  auto card = assessments_->scorecard(who, RegionCode(code), latest->id, std::string(i18n::code(lang)));
  if (!card) {
    if (card.error().kind == ErrorKind::not_found) return out;
    return std::unexpected(card.error());
  }
  const auto& cat = site_.catalogue();
  List areas;
  for (const auto& a : card->areas)
    areas.push_back(Object{{"code", a.area.str()},
                           {"name", a.name},
                           {"current", mean(cat, lang, a.current)},
                           {"target", mean(cat, lang, a.target)}});
  out["has_assessment"] = true;
  out["assessment_areas"] = areas;
  out["assessment_period"] = std::to_string(card->period);
  out["scorecard_href"] = Site::prefix(lang) + "/regions/" + code + "/scorecard";
  return out;
}

Result<Object> ReferencePages::area_scores(const http::Request& request, const std::string& area, Language lang) {
  Object out;
  if (!assessments_) return out;
  auto benchmark = assessments_->benchmark(viewer(site_, request), std::nullopt, std::string(i18n::code(lang)));
  if (!benchmark) return std::unexpected(benchmark.error());
  const auto& cat = site_.catalogue();
  // By country and name, not by score: no league table of regions.
  auto rows = benchmark->rows;
  std::ranges::sort(rows, [](const auto& a, const auto& b) {
    return std::tie(a.country, a.region_name) < std::tie(b.country, b.region_name);
  });
  List scores;
  for (const auto& row : rows) {
    auto it = row.areas.find(area);
    if (it == row.areas.end()) continue;
    auto country = service_.country(row.country.str());
    scores.push_back(Object{{"name", row.region_name},
                            {"code", row.region.str()},
                            {"country", country ? cat.country_name(lang, country->iso_code) : row.country.str()},
                            {"level", mean(cat, lang, it->second)},
                            {"href", Site::prefix(lang) + "/regions/" + row.region.str() + "/scorecard"}});
  }
  out["has_area_scores"] = !scores.empty();
  out["area_scores"] = scores;
  out["benchmarking_href"] = Site::prefix(lang) + "/benchmarking";
  return out;
}

}  // namespace cps::web
