// The work plan as a file: read with the same readers and rules as the pages and the API (a
// field at fault is named by its path in the file), written in the same shape.
#include "domain/monitoring/work_plan_file.hpp"

#include <boost/json.hpp>

#include "domain/monitoring/input_fields.hpp"
#include "i18n/catalogue.hpp"

namespace cps::monitoring {

namespace json = boost::json;
using i18n::N_;

namespace {

std::unexpected<Error> inside(Error error, const std::string& where) {
  error.field = error.field.empty() ? where.substr(0, where.size() - 1) : where + error.field;
  return std::unexpected(std::move(error));
}

json::array strings(const auto& values) {
  json::array out;
  for (const auto& v : values) out.emplace_back(json::string_view(v));
  return out;
}

}  // namespace

Result<WorkPlanFile> read_work_plan_file(std::string_view text) {
  boost::system::error_code ec;
  json::value root = json::parse(text, ec);
  if (ec) return fail(ErrorKind::invalid, N_("The work plan file is not valid JSON."), "", ec.message());
  auto o = fields::object_of(root, "");
  if (!o) return std::unexpected(o.error());
  WorkPlanFile file;
  if (auto* periods = (*o)->if_contains("periods")) {
    auto read = read_periods(*periods);
    if (!read) return std::unexpected(read.error());
    file.periods = std::move(*read);
    if (auto ok = check_periods(file.periods); !ok) return std::unexpected(ok.error());
  }
  auto activities = fields::list(**o, "activities", "");
  if (!activities) return std::unexpected(activities.error());
  for (std::size_t i = 0; i < (*activities)->size(); ++i) {
    std::string where = "activities." + std::to_string(i) + ".";
    auto a = fields::object_of((**activities)[i], where.substr(0, where.size() - 1));
    if (!a) return std::unexpected(a.error());
    // Organisations differ between installations: the file names them, the load matches them.
    json::object without_responsible = **a;
    without_responsible.erase("responsible");
    auto input = read_activity(without_responsible);
    if (!input) return inside(input.error(), where);
    if (auto ok = check_activity(*input, file.periods); !ok) return inside(ok.error(), where);
    for (const auto& earlier : file.activities)
      if (earlier.code == input->code)
        return fail(ErrorKind::unprocessable, N_("Two activities have the same code."), where + "code");
    auto names = fields::texts(**a, "responsible", where);
    if (!names) return std::unexpected(names.error());
    file.activities.push_back(std::move(*input));
    file.responsible_names.push_back(std::move(*names));
  }
  if (auto* targets = (*o)->if_contains("targets")) {
    auto read = read_targets(*targets);
    if (!read) return std::unexpected(read.error());
    file.targets = std::move(*read);
  }
  return file;
}

std::string write_work_plan_file(const std::vector<ReportingPeriod>& periods, const std::vector<Activity>& activities,
                                 const std::vector<IndicatorTarget>& targets) {
  json::object file;
  json::array ps;
  for (const auto& p : periods)
    ps.push_back(json::object{
        {"number", p.number}, {"starts", p.starts}, {"ends", p.ends}, {"report_due", p.report_due}});
  file["periods"] = std::move(ps);
  json::array as;
  for (const auto& a : activities) {
    json::array texts;
    for (const auto& t : a.texts)
      texts.push_back(json::object{{"language", t.language}, {"title", t.title}, {"description", t.description}});
    json::array areas;
    for (const auto& area : a.areas) areas.emplace_back(json::string_view(area.str()));
    json::array ps_of;
    for (int n : a.periods) ps_of.emplace_back(n);
    as.push_back(json::object{{"code", a.code},
                              {"kind", to_string(a.kind)},
                              {"texts", std::move(texts)},
                              {"areas", std::move(areas)},
                              {"phase", to_string(a.phase)},
                              {"responsible", strings(a.responsible_names)},
                              {"periods", std::move(ps_of)},
                              {"due", a.due},
                              {"status", to_string(a.status)},
                              {"progress", a.progress},
                              {"status_note", a.status_note}});
  }
  file["activities"] = std::move(as);
  json::array ts;
  for (const auto& t : targets)
    ts.push_back(
        json::object{{"measured", to_string(t.measured)}, {"target", t.target}, {"programme_code", t.programme_code}});
  file["targets"] = std::move(ts);
  return json::serialize(file) + "\n";
}

}  // namespace cps::monitoring
