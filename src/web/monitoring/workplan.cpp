// The work plan as a matrix — thematic areas (and horizontal activities) × operational phases
// or reporting periods, each cell listing its activities with their traffic light — and as a
// timeline: an activity per row, the periods as columns, its periods marked and its due date.
#include "web/monitoring/parts.hpp"

namespace cps::web {

namespace {

std::string activity_href(i18n::Language lang, ActivityId id) {
  return monitoring_href(lang, "/activities/" + std::to_string(id.value()));
}

}  // namespace

http::Response MonitoringPages::work_plan(http::Request& r, Language lang, const Visit& v) {
  if (auto stop = sign_in_first(site_, r, v)) return std::move(*stop);
  const bool by_periods = r.query_value("columns") == "periods";
  auto matrix = monitoring_.matrix(v.principal, by_periods ? MatrixColumns::periods : MatrixColumns::phases,
                                   std::string(i18n::code(lang)));
  if (!matrix) return site_.error_page(r, matrix.error());
  auto names = area_names(site_, reference_, lang);

  List columns;
  for (const auto& c : matrix->columns) {
    std::string label = c;
    if (by_periods)
      label = text::fill(site_.tr(lang, N_("Period {n}")), {{"n", c}});
    else if (auto p = parse_name(c, kPhaseNames))
      label = site_.tr(lang, phase_label(*p));
    columns.push_back(Object{{"label", label}});
  }
  List rows;
  for (const auto& row : matrix->rows) {
    List cells;
    for (const auto& cell : row.cells) {
      List entries;
      for (const auto& e : cell) {
        Object entry = light(site_, lang, e.light);
        entry["code"] = e.code;
        entry["title"] = e.title;
        entry["progress"] = std::to_string(e.progress) + " %";
        entry["status"] = site_.tr(lang, activity_status_label(e.status));
        entry["href"] = activity_href(lang, e.id);
        entries.push_back(std::move(entry));
      }
      cells.push_back(Object{{"entries", entries}, {"empty", entries.empty()}});
    }
    auto name = names.find(row.area);
    rows.push_back(Object{{"area", name != names.end() ? name->second : row.area},
                          {"area_href", row.area.empty() ? std::string() : Site::prefix(lang) + "/areas/" + row.area},
                          {"has_area_href", !row.area.empty()},
                          {"cells", cells}});
  }
  List legend;
  for (auto l : values_of(kLightNames)) legend.push_back(light(site_, lang, l));
  Object data{{"columns", columns},
              {"rows", rows},
              {"has_rows", !rows.empty()},
              {"legend", legend},
              {"by_periods", by_periods},
              {"phases_href", monitoring_href(lang, "/workplan")},
              {"periods_href", monitoring_href(lang, "/workplan?columns=periods")},
              {"timeline_href", monitoring_href(lang, "/timeline")}};
  merge(data, frame(site_, lang, "workplan"));
  return site_.page(r, lang, "monitoring_workplan", site_.tr(lang, N_("Work plan")), std::move(data));
}

http::Response MonitoringPages::timeline(http::Request& r, Language lang, const Visit& v) {
  if (auto stop = sign_in_first(site_, r, v)) return std::move(*stop);
  auto plan = monitoring_.work_plan(v.principal);
  if (!plan) return site_.error_page(r, plan.error());
  const std::string language(i18n::code(lang));
  List periods;
  for (const auto& p : plan->periods)
    periods.push_back(Object{{"label", text::fill(site_.tr(lang, N_("Period {n}")), {{"n", std::to_string(p.number)}})},
                             {"dates", p.starts + " – " + p.ends}});
  List rows;
  for (std::size_t i = 0; i < plan->activities.size(); ++i) {
    const Activity& a = plan->activities[i];
    List cells;
    for (const auto& p : plan->periods) {
      bool runs = std::ranges::find(a.periods, p.number) != a.periods.end();
      bool due = !a.due.empty() && a.due >= p.starts && a.due <= p.ends;
      cells.push_back(Object{{"runs", runs}, {"due", due}, {"due_date", a.due}});
    }
    Object row = light(site_, lang, i < plan->lights.size() ? plan->lights[i] : Light::grey);
    row["code"] = a.code;
    row["title"] = text_in(a, language).title;
    row["href"] = activity_href(lang, a.id);
    row["kind"] = site_.tr(lang, activity_kind_label(a.kind));
    row["is_deliverable"] = a.kind == ActivityKind::deliverable;
    row["progress"] = std::to_string(a.progress) + " %";
    row["cells"] = cells;
    rows.push_back(std::move(row));
  }
  Object data{{"periods", periods},
              {"rows", rows},
              {"has_rows", !rows.empty()},
              {"workplan_href", monitoring_href(lang, "/workplan")}};
  merge(data, frame(site_, lang, "timeline"));
  return site_.page(r, lang, "monitoring_timeline", site_.tr(lang, N_("Timeline of the work plan")),
                    std::move(data));
}

}  // namespace cps::web
