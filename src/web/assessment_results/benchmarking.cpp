// The benchmark of regions: a heat map of the areas' mean current levels (members see every
// published assessment, the public only regions that opted in), the spread of each criterion
// without naming regions, and for a chosen region the structurally similar regions that score
// higher; for coordinators, the agreement between self and peer scores per criterion.
#include "web/assessment_results/parts.hpp"

#include "domain/assessment/visibility.hpp"

namespace cps::web {

using namespace cps::assessment;

http::Response AssessmentResultsPages::benchmarking(http::Request& r, Language lang, const Visit& v) {
  std::optional<RegionCode> chosen;
  if (auto g = r.query_value("region"); g && !g->empty()) chosen = RegionCode(*g);
  std::string language(i18n::code(lang));
  auto found = assessments_.benchmark(v.principal, chosen, language);
  if (!found) return site_.error_page(r, found.error());
  const Benchmark& b = *found;
  const auto& cat = site_.catalogue();
  std::string prefix = Site::prefix(lang);

  List area_heads;
  for (std::size_t i = 0; i < b.areas.size(); ++i)
    area_heads.push_back(Object{{"code", b.areas[i].str()}, {"name", i < b.area_names.size() ? b.area_names[i] : ""}});
  List rows, region_choices;
  boost::json::array chart_regions, chart_cells;
  for (std::size_t y = 0; y < b.rows.size(); ++y) {
    const auto& row = b.rows[y];
    List cells;
    for (std::size_t x = 0; x < b.areas.size(); ++x) {
      auto it = row.areas.find(b.areas[x].str());
      std::optional<double> mean = it == row.areas.end() ? std::nullopt : it->second;
      cells.push_back(Object{{"value", mean_text(cat, lang, mean)}, {"heat", heat_class(mean)}});
      if (mean) chart_cells.push_back(boost::json::array{x, y, json_number(mean)});
    }
    rows.push_back(Object{{"code", row.region.str()},
                          {"name", row.region_name},
                          {"country", country_name(lang, row.country.str())},
                          {"href", prefix + "/regions/" + row.region.str() + "/scorecard"},
                          {"cells", cells}});
    region_choices.push_back(Object{{"value", row.region.str()},
                                    {"label", row.region_name + " (" + row.region.str() + ")"},
                                    {"selected", chosen && *chosen == row.region}});
    chart_regions.push_back(boost::json::value(row.region_name));
  }
  boost::json::array chart_areas;
  for (const auto& a : b.areas) chart_areas.push_back(boost::json::value(a.str()));

  List spreads;
  for (const auto& s : b.spreads)
    spreads.push_back(Object{{"code", s.criterion},
                             {"title", s.title},
                             {"area", s.area.str()},
                             {"regions", std::to_string(s.regions)},
                             {"left_out", std::to_string(s.left_out)},
                             {"lowest", level_text(s.lowest)},
                             {"median", level_text(s.median)},
                             {"highest", level_text(s.highest)}});

  List peers;
  for (const auto& p : b.peers) {
    List ahead;
    for (const auto& a : p.ahead)
      ahead.push_back(Object{{"name", a.region_name},
                             {"code", a.region.str()},
                             {"level", std::to_string(a.level)},
                             {"href", prefix + "/regions/" + a.region.str() + "/scorecard"}});
    peers.push_back(Object{{"code", p.criterion},
                           {"title", p.title},
                           {"own", level_text(p.own)},
                           {"ahead", ahead},
                           {"has_ahead", !ahead.empty()}});
  }

  Object data{{"areas", area_heads},
              {"rows", rows},
              {"has_rows", !rows.empty()},
              {"members", accounts::allowed(v.principal, accounts::Action::view_assessments)},
              {"heatmap_json", boost::json::serialize(boost::json::object{
                                   {"areas", chart_areas}, {"regions", chart_regions}, {"cells", chart_cells}})},
              {"spreads", spreads},
              {"has_spreads", !spreads.empty()},
              {"framework_version", std::to_string(b.framework_version)},
              {"framework_href", prefix + "/frameworks/" + std::to_string(b.framework_version)},
              {"action", prefix + "/benchmarking"},
              {"region_choices", region_choices},
              {"chosen", chosen.has_value()},
              {"chosen_name", chosen ? chosen->str() : ""},
              {"peers", peers},
              {"has_peers", !peers.empty()}};
  for (const auto& row : b.rows)
    if (chosen && row.region == *chosen) data["chosen_name"] = row.region_name;

  // The agreement between self and peer levels, for those who look after the framework.
  if (is_coordinator(v.principal)) {
    auto agreement = assessments_.agreement(v.principal, language);
    if (!agreement) return site_.error_page(r, agreement.error());
    List rows_k;
    for (const auto& a : *agreement)
      rows_k.push_back(Object{{"code", a.criterion},
                              {"title", a.title},
                              {"pairs", std::to_string(a.pairs)},
                              {"kappa", a.kappa ? cat.format_decimal(lang, *a.kappa, 2) : "–"},
                              {"low", a.kappa && *a.kappa < 0.4},
                              {"difference", a.mean_difference ? cat.format_decimal(lang, *a.mean_difference, 1) : "–"}});
    data["agreement"] = rows_k;
    data["has_agreement"] = true;
  }
  return site_.page(r, lang, "benchmarking", site_.tr(lang, N_("Benchmarking")), std::move(data),
                    PageOptions{bhttp::status::ok, {}, {"charts.js"}});
}

}  // namespace cps::web
