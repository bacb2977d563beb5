// The comparative evaluation of pilots: the ranking by the mean share of the way to their
// targets (each indicator capped, "lower is better" counted downwards, indicators without a
// baseline that cannot be judged left out and said so), a bar chart of achievement and a line
// chart of progress over the reporting periods, each with the same figures in a table; and
// pilots grouped by the practice they transfer and by thematic area, so that like is compared
// with like. Filters: area, country, status.
#include <cmath>
#include <map>

#include "web/pilot/parts.hpp"

namespace cps::web {

namespace {

json::value ratio_json(std::optional<double> ratio) {
  if (!ratio) return nullptr;
  return json::value(std::round(*ratio * 1000.0) / 10.0);
}

}  // namespace

http::Response PilotPages::compare(http::Request& r, Language lang, const Visit& v) {
  PilotFilter filter;
  std::string area = r.query_value("area").value_or("");
  std::string country = r.query_value("country").value_or("");
  std::string status_code = r.query_value("status").value_or("");
  if (!area.empty()) filter.area = AreaCode(area);
  if (!country.empty()) filter.country = CountryCode(country);
  if (auto s = parse_name(status_code, kPilotStatusNames)) filter.statuses.push_back(*s);
  const std::string language(i18n::code(lang));
  auto found = pilots_.compare(v.principal, filter, language);
  if (!found) return site_.error_page(r, found.error());
  const Comparison& c = *found;
  const auto& cat = site_.catalogue();
  const std::string prefix = Site::prefix(lang);

  std::map<std::int64_t, const PilotCard*> by_id;
  List ranking, progress, period_heads;
  json::array bar_names, bar_values, line_series, line_periods;
  for (int n : c.periods) {
    std::string label = text::fill(site_.tr(lang, N_("Period {n}")), {{"n", std::to_string(n)}});
    period_heads.push_back(Object{{"label", label}});
    line_periods.push_back(json::value(label));
  }
  int rank = 0;
  bool judged = false;  // a chart of nothing but gaps says nothing: the table then stands alone
  for (const auto& card : c.ranked) {
    const Pilot& p = card.pilot;
    const PilotAchievement& a = card.achievement;
    by_id[p.id.value()] = &card;
    const std::string title = text_in(p, language).title;
    ++rank;
    std::size_t unjudged = a.indicators - a.judged;
    ranking.push_back(Object{{"rank", a.mean_ratio ? std::to_string(rank) : std::string("–")},
                             {"title", title},
                             {"href", pilot_href(lang, p.id)},
                             {"regions", regions_text(reference_, p.regions)},
                             {"status", site_.tr(lang, pilot_status_label(p.status))},
                             {"status_code", std::string(to_string(p.status))},
                             {"met", targets_met_text(site_, lang, a.met, a.indicators)},
                             {"mean", percent_text(cat, lang, a.mean_ratio)},
                             {"unjudged", unjudged > 0},
                             {"unjudged_text", text::fill(site_.tr(lang, N_("{n} not judged yet")),
                                                          {{"n", cat.format_integer(lang, (long long)unjudged)}})}});
    judged = judged || a.mean_ratio.has_value();
    bar_names.push_back(json::value(title));
    bar_values.push_back(ratio_json(a.mean_ratio));
    List cells;
    json::array line;
    for (int n : c.periods) {
      std::optional<double> at;
      for (const auto& [period, ratio] : a.by_period)
        if (period == n) at = ratio;
      cells.push_back(Object{{"value", percent_text(cat, lang, at)}});
      line.push_back(ratio_json(at));
    }
    progress.push_back(Object{{"title", title}, {"href", pilot_href(lang, p.id)}, {"cells", cells}});
    line_series.push_back(json::object{{"name", title}, {"values", line}});
  }

  auto group_list = [&](const std::vector<Comparison::Group>& groups, bool practice) {
    List out;
    for (const auto& g : groups) {
      List members;
      for (const auto& id : g.pilots) {
        auto it = by_id.find(id.value());
        if (it == by_id.end()) continue;
        const PilotAchievement& a = it->second->achievement;
        members.push_back(Object{{"title", text_in(it->second->pilot, language).title},
                                 {"href", pilot_href(lang, id)},
                                 {"met", targets_met_text(site_, lang, a.met, a.indicators)},
                                 {"mean", percent_text(cat, lang, a.mean_ratio)}});
      }
      std::string label = g.label;
      if (!practice)
        for (const auto& a : area_names(reference_, language))
          if (a.code == g.key) label = a.code + " · " + a.name;
      out.push_back(Object{{"key", g.key},
                           {"label", label},
                           {"href", practice ? prefix + "/knowledge/" + g.key : prefix + "/areas/" + g.key},
                           {"members", members}});
    }
    return out;
  };

  List areas, countries, statuses;
  for (const auto& a : area_names(reference_, language))
    areas.push_back(Object{{"code", a.code}, {"name", a.code + " · " + a.name}, {"selected", a.code == area}});
  if (auto all = reference_.countries())
    for (const auto& x : *all)
      countries.push_back(Object{{"code", x.code.str()}, {"name", cat.country_name(lang, x.iso_code)}, {"selected", x.code.str() == country}});
  for (auto s : kAllPilotStatuses)
    statuses.push_back(Object{{"code", std::string(to_string(s))},
                              {"name", site_.tr(lang, pilot_status_label(s))},
                              {"selected", to_string(s) == status_code}});
  List by_practice = group_list(c.by_practice, true), by_area = group_list(c.by_area, false);
  Object data{{"action", prefix + "/pilots/compare"},
              {"pilots_href", prefix + "/pilots"},
              {"areas", areas},
              {"countries", countries},
              {"statuses", statuses},
              {"ranking", ranking},
              {"has_ranking", !ranking.empty()},
              {"has_judged", judged},
              {"period_heads", period_heads},
              {"progress", progress},
              {"has_progress", !c.periods.empty()},
              {"bar_json", json::serialize(json::object{{"names", bar_names}, {"values", bar_values}})},
              {"line_json", json::serialize(json::object{{"periods", line_periods}, {"series", line_series}})},
              {"by_practice", by_practice},
              {"has_by_practice", !by_practice.empty()},
              {"by_area", by_area},
              {"has_by_area", !by_area.empty()}};
  return site_.page(r, lang, "pilot_compare", site_.tr(lang, N_("Comparative evaluation of pilots")), std::move(data),
                    PageOptions{bhttp::status::ok, {}, {"charts.js"}});
}

}  // namespace cps::web
