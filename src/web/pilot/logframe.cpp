// The logframe form: one row per entry (level, code, the code one level up, text,
// assumptions) with a few empty rows to add more; a row without code and text is left out.
// Read as the API's shape by the same reader, so the tree's rules are the service's.
#include "web/pilot/parts.hpp"

namespace cps::web {

namespace {

constexpr int kEmptyRows = 3;

struct Row {
  std::string level, code, parent, text, assumptions;
};

std::vector<Row> typed_rows(const Form& f) {
  auto levels = f.all("level"), codes = f.all("code"), parents = f.all("parent"), texts = f.all("text"),
       assumptions = f.all("assumptions");
  std::vector<Row> out;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    auto at = [i](const std::vector<std::string>& v) { return i < v.size() ? v[i] : std::string(); };
    Row row{at(levels), text::trim(codes[i]), text::trim(at(parents)), text::trim(at(texts)), text::trim(at(assumptions))};
    if (row.code.empty() && row.text.empty()) continue;
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace

http::Response PilotPages::logframe(http::Request& r, Language lang, const Visit& v) {
  return logframe_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response PilotPages::save_logframe(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PilotId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  json::array entries;
  for (const auto& row : typed_rows(f))
    entries.push_back(json::object{{"level", row.level},
                                   {"code", row.code},
                                   {"parent", row.parent.empty() ? json::value(nullptr) : json::value(row.parent)},
                                   {"text", row.text},
                                   {"assumptions", row.assumptions}});
  auto read = read_logframe(json::value(json::object{{"logframe", entries}}));
  if (!read) return logframe_page(r, lang, v, &f, form_error(site_, lang, read.error()), form_status(read.error()));
  auto saved = pilots_.save_logframe(v.principal, *id, revision_of(f), std::move(*read));
  if (!saved) return logframe_page(r, lang, v, &f, form_error(site_, lang, saved.error()), form_status(saved.error()));
  return see_other(site_, r, pilot_href(lang, *id) + "?done=saved#logframe");
}

http::Response PilotPages::logframe_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                         Object extra, Status status) {
  auto found = load(r, lang, v);
  if (!found) return site_.error_page(r, found.error());
  const Pilot& p = *found;
  const Capabilities can = pilots_.capabilities(v.principal, p);
  std::vector<Row> rows;
  if (typed) {
    rows = typed_rows(*typed);
  } else {
    for (const auto& e : p.logframe)
      rows.push_back(Row{std::string(to_string(e.level)), e.code, e.parent_code.value_or(""), e.text, e.assumptions});
  }
  for (int i = 0; i < kEmptyRows; ++i) rows.push_back(Row{rows.empty() ? "overall_objective" : "activity", "", "", "", ""});
  List list;
  int n = 0;
  for (const auto& row : rows) {
    ++n;
    list.push_back(Object{{"n", std::to_string(n)},
                          {"levels", choices(site_, lang, kLogframeLevelNames, logframe_level_label, row.level)},
                          {"code", row.code},
                          {"parent", row.parent},
                          {"text", row.text},
                          {"assumptions", row.assumptions}});
  }
  Object data{{"rows", list}, {"action", pilot_href(lang, p.id) + "/logframe"}, {"frozen", p.baseline_version > 0}};
  merge(data, heading(lang, p, can));
  merge(data, std::move(extra));
  return site_.page(r, lang, "pilot_logframe", site_.tr(lang, N_("Logframe")), std::move(data), PageOptions{status, {}, {}});
}

}  // namespace cps::web
