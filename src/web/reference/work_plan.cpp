// Where the work plan shows on the reference pages: a thematic area's row of the matrix —
// its activities per operational phase with their traffic lights — for the partnership's
// members (a member's request is never served from or kept in the page cache); everyone else
// sees the page without it.
#include "web/monitoring_labels.hpp"
#include "web/reference/internal.hpp"

namespace cps::web {

Result<Object> ReferencePages::area_work_plan(const http::Request& request, const std::string& area,
                                              Language lang) {
  Object out;
  if (!monitoring_) return out;
  auto visit = site_.visit(request);
  if (!visit || !*visit || !(*visit)->principal.signed_in()) return out;
  const auto& who = (*visit)->principal;
  if (!monitoring_->capabilities(who).view) return out;
  auto matrix = monitoring_->matrix(who, monitoring::MatrixColumns::phases, std::string(i18n::code(lang)),
                                    AreaCode(area));
  if (!matrix) {
    if (matrix.error().kind == ErrorKind::not_found || matrix.error().kind == ErrorKind::forbidden) return out;
    return std::unexpected(matrix.error());
  }
  List phases;
  for (const auto& row : matrix->rows) {
    if (row.area != area) continue;
    for (std::size_t i = 0; i < row.cells.size() && i < matrix->columns.size(); ++i) {
      if (row.cells[i].empty()) continue;
      auto phase = parse_name(matrix->columns[i], monitoring::kPhaseNames);
      List entries;
      for (const auto& e : row.cells[i])
        entries.push_back(Object{{"code", e.code},
                                 {"title", e.title},
                                 {"light", std::string(monitoring::to_string(e.light))},
                                 {"light_label", site_.tr(lang, light_label(e.light))},
                                 {"light_symbol", std::string(light_symbol(e.light))},
                                 {"progress", std::to_string(e.progress) + " %"},
                                 {"href", Site::prefix(lang) + "/monitoring/activities/" + std::to_string(e.id.value())}});
      phases.push_back(Object{{"phase", phase ? site_.tr(lang, phase_label(*phase)) : matrix->columns[i]},
                              {"entries", entries}});
    }
  }
  out["has_work_plan"] = !phases.empty();
  out["work_plan_phases"] = phases;
  out["workplan_href"] = Site::prefix(lang) + "/monitoring/workplan";
  return out;
}

}  // namespace cps::web
