// A region's scorecard: per area and criterion the past, current and target levels, the gap
// and the change, with a radar chart of the six areas and the same figures in tables; the
// region's learning needs; a choice between its assessments.
#include "web/assessment_results/parts.hpp"

#include <cmath>

namespace cps::web {

using namespace cps::assessment;

namespace {

// The radar chart's figures: one axis per area, a series per time frame.
std::string radar_json(const Site& site, i18n::Language lang, const Scorecard& card) {
  boost::json::array axes;
  boost::json::array past, current, target;
  for (const auto& a : card.areas) {
    axes.push_back(boost::json::object{{"code", a.area.str()}, {"name", a.name}, {"max", kHighestLevel}});
    past.push_back(json_number(a.past));
    current.push_back(json_number(a.current));
    target.push_back(json_number(a.target));
  }
  boost::json::array series{
      boost::json::object{{"name", site.tr(lang, timeframe_heading(Timeframe::past))}, {"values", past}},
      boost::json::object{{"name", site.tr(lang, timeframe_heading(Timeframe::current))}, {"values", current}},
      boost::json::object{{"name", site.tr(lang, timeframe_heading(Timeframe::target))}, {"values", target}}};
  return boost::json::serialize(boost::json::object{{"axes", axes}, {"series", series}});
}

}  // namespace

http::Response AssessmentResultsPages::scorecard(http::Request& r, Language lang, const Visit& v) {
  RegionCode region{std::string(r.param("code"))};
  std::optional<AssessmentId> chosen;
  if (auto a = r.query_value("assessment"); a && !a->empty()) {
    auto n = text::parse_int(*a);
    if (!n || *n <= 0)
      return site_.error_page(r, Error{ErrorKind::invalid, "Choose a value from the list.", "assessment"});
    chosen = AssessmentId(*n);
  }
  std::string language(i18n::code(lang));
  auto card = assessments_.scorecard(v.principal, region, chosen, language);
  if (!card) return site_.error_page(r, card.error());
  const auto& cat = site_.catalogue();
  std::string prefix = Site::prefix(lang);
  std::string base = prefix + "/regions/" + region.str();

  List areas;
  for (const auto& a : card->areas) {
    List criteria;
    for (const auto& c : card->criteria) {
      if (c.area != a.area) continue;
      criteria.push_back(Object{{"code", c.criterion},
                                {"title", c.title},
                                {"past", level_text(c.past)},
                                {"current", level_text(c.current)},
                                {"target", level_text(c.target)},
                                {"gap", difference_text(c.gap)},
                                {"change", difference_text(c.change)},
                                {"peer", level_text(c.peer_current)},
                                {"diverges", c.diverges},
                                {"without_evidence", c.without_evidence},
                                {"left_out", std::to_string(c.left_out)},
                                {"has_left_out", c.left_out > 0},
                                {"has_notes", c.diverges || c.without_evidence || c.left_out > 0}});
    }
    // From the means as shown, so that the row adds up for the reader.
    auto shown = [](double v) { return std::round(v * 10) / 10; };
    std::optional<double> gap, change;
    if (a.target && a.current) gap = shown(*a.target) - shown(*a.current);
    if (a.current && a.past) change = shown(*a.current) - shown(*a.past);
    areas.push_back(Object{{"code", a.area.str()},
                           {"name", a.name},
                           {"anchor", "area-" + a.area.str()},
                           {"past", mean_text(cat, lang, a.past)},
                           {"current", mean_text(cat, lang, a.current)},
                           {"target", mean_text(cat, lang, a.target)},
                           {"gap", gap ? (*gap > 0 ? "+" : "") + cat.format_decimal(lang, *gap, 1) : "–"},
                           {"change", change ? (*change > 0 ? "+" : "") + cat.format_decimal(lang, *change, 1) : "–"},
                           {"criteria_count", std::to_string(a.criteria)},
                           {"left_out", std::to_string(a.left_out)},
                           {"criteria", criteria}});
  }

  // The region's other assessments the viewer may see, to choose from.
  AssessmentFilter filter;
  filter.region = region;
  auto all = assessments_.list(v.principal, filter);
  if (!all) return site_.error_page(r, all.error());
  List choices;
  for (const auto& x : *all)
    choices.push_back(Object{{"value", std::to_string(x.id.value())},
                             {"label", site_.tr(lang, N_("Reporting period")) + " " + std::to_string(x.period) + " · " +
                                           site_.tr(lang, assessment_status_label(x.status))},
                             {"selected", x.id == card->assessment}});

  // Learning needs come from published scores: a draft's own gaps are on the scorecard above.
  List needs;
  auto found = assessments_.learning_needs(v.principal, region, language);
  if (found) {
    for (const auto& n : *found) {
      List practices, peers;
      for (const auto& p : n.practices)
        practices.push_back(Object{{"title", p.title}, {"href", prefix + "/knowledge/" + std::to_string(p.id)}});
      for (const auto& p : n.regions)
        peers.push_back(Object{{"name", p.region_name},
                               {"code", p.region.str()},
                               {"level", std::to_string(p.level)},
                               {"href", prefix + "/regions/" + p.region.str() + "/scorecard"}});
      needs.push_back(Object{{"code", n.criterion},
                             {"title", n.title},
                             {"area", n.area.str()},
                             {"current", std::to_string(n.current)},
                             {"target", std::to_string(n.target)},
                             {"gap", difference_text(n.gap)},
                             {"practices", practices},
                             {"has_practices", !practices.empty()},
                             {"peers", peers},
                             {"has_peers", !peers.empty()},
                             {"search_href", prefix + "/knowledge?area=" + n.area.str()}});
    }
  } else if (found.error().kind != ErrorKind::not_found && found.error().kind != ErrorKind::forbidden) {
    return site_.error_page(r, found.error());
  }

  std::string id = std::to_string(card->assessment.value());
  std::string api = "/api/v1/assessments/" + id;
  Object data{{"region", Object{{"code", region.str()}, {"name", card->region_name}, {"href", base}}},
              {"period", std::to_string(card->period)},
              {"framework_version", std::to_string(card->framework_version)},
              {"framework_href", prefix + "/frameworks/" + std::to_string(card->framework_version)},
              {"status", site_.tr(lang, assessment_status_label(card->status))},
              {"not_published", card->status != AssessmentStatus::published},
              {"published", day_of(card->published_at)},
              {"has_published", card->published_at != 0},
              {"assessment_href", prefix + "/assessments/" + id},
              {"csv_href", api + "/scores.csv"},
              {"xlsx_href", api + "/scores.xlsx"},
              {"json_href", api + "/scores.json"},
              {"benchmark_href", prefix + "/benchmarking?region=" + region.str() + "#peers"},
              {"learning_href", base + "/learning"},
              {"regions_href", prefix + "/regions"},
              {"action", base + "/scorecard"},
              {"areas", areas},
              {"radar_json", radar_json(site_, lang, *card)},
              {"choices", choices},
              {"has_choices", choices.size() > 1},
              {"needs", needs},
              {"has_needs", !needs.empty()}};
  std::string title = site_.tr(lang, N_("Scorecard")) + ": " + card->region_name;
  return site_.page(r, lang, "scorecard", title, std::move(data), PageOptions{bhttp::status::ok, {}, {"charts.js"}});
}

}  // namespace cps::web
