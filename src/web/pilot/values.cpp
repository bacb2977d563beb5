// Recording indicator values for a reporting period: one row per indicator (value, evidence,
// comment), filled with what is stored for the period chosen; and the upload of a CSV or XLSX
// file in the download's format, read by the same table reader as the API's upload and saved
// by the same service call. All or nothing: a refusal names the row and shows the form again.
#include <set>
#include <sstream>

#include "domain/pilot/indicator_table.hpp"
#include "export/csv_records.hpp"
#include "readers/xlsx.hpp"
#include "web/pilot/parts.hpp"

namespace cps::web {

namespace {

int period_of(const std::string& typed) {
  auto n = text::parse_int(typed);
  return n ? int(*n) : 0;
}

// The rows of an uploaded file, header row first, as written (CSV) or as shown (XLSX).
Result<std::vector<std::vector<std::string>>> rows_of(const UploadedFile& file) {
  std::string name = text::to_lower_ascii(file.file_name);
  std::vector<std::vector<std::string>> rows;
  if (name.ends_with(".xlsx")) {
    auto table = readers::read_xlsx_table(file.data);
    if (!table) return std::unexpected(table.error());
    rows.push_back(table->columns);
    for (auto& row : table->rows) rows.push_back(std::move(row));
    return rows;
  }
  if (!name.ends_with(".csv"))
    return std::unexpected(Error{ErrorKind::invalid, N_("Choose a CSV or XLSX file in the format of the download."), "file"});
  if (!text::is_valid_utf8(file.data))
    return std::unexpected(Error{ErrorKind::invalid, N_("The file is not UTF-8 text."), "file"});
  std::istringstream in{std::string(file.data)};
  exports::CsvRecords records(in);
  std::vector<std::string> cells;
  for (;;) {
    auto read = records.next(cells);
    if (read == exports::CsvRecords::Read::end) break;
    if (read == exports::CsvRecords::Read::bad_quotes)
      return std::unexpected(Error{ErrorKind::invalid, N_("A quoted cell is not closed, or text follows its closing quote."), "file"});
    for (auto& c : cells) c = exports::csv_text(c);
    if (cells.size() == 1 && cells[0].empty()) continue;
    rows.push_back(cells);
  }
  return rows;
}

}  // namespace

http::Response PilotPages::values(http::Request& r, Language lang, const Visit& v) {
  return values_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response PilotPages::record_values(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PilotId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  int period = period_of(f.get("period"));
  auto codes = f.all("indicator"), typed = f.all("value"), evidence = f.all("evidence"), comments = f.all("comment");
  json::array rows;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    auto at = [i](const std::vector<std::string>& v) { return i < v.size() ? text::trim(v[i]) : std::string(); };
    // An empty value leaves the indicator without a value for the period.
    if (at(typed).empty()) continue;
    rows.push_back(json::object{{"indicator", codes[i]},
                                {"period", period},
                                {"value", json_number(at(typed))},
                                {"evidence", at(evidence)},
                                {"comment", at(comments)}});
  }
  if (rows.empty()) {
    Error e{ErrorKind::invalid, N_("Enter a value for at least one indicator."), "value"};
    return values_page(r, lang, v, &f, form_error(site_, lang, e), form_status(e));
  }
  auto read = read_values(json::value(json::object{{"values", rows}}));
  if (!read) return values_page(r, lang, v, &f, form_error(site_, lang, read.error()), form_status(read.error()));
  auto saved = pilots_.record_values(v.principal, *id, revision_of(f), *read);
  if (!saved) return values_page(r, lang, v, &f, form_error(site_, lang, saved.error()), form_status(saved.error()));
  return see_other(site_, r, pilot_href(lang, *id) + "?done=values#indicators");
}

http::Response PilotPages::upload_values(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PilotId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto refused = [&](const Error& e) {
    return values_page(r, lang, v, nullptr, form_error(site_, lang, e), form_status(e));
  };
  auto file = f.file("file");
  if (!file || file->data.empty())
    return refused(Error{ErrorKind::invalid, N_("Choose a CSV or XLSX file in the format of the download."), "file"});
  auto rows = rows_of(*file);
  if (!rows) return refused(rows.error());
  auto read = read_values_table(*rows);
  if (!read) return refused(read.error());
  auto saved = pilots_.record_values(v.principal, *id, revision_of(f), *read);
  if (!saved) return refused(saved.error());
  return see_other(site_, r, pilot_href(lang, *id) + "?done=values#indicators");
}

http::Response PilotPages::values_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                       Object extra, Status status) {
  auto found = load(r, lang, v);
  if (!found) return site_.error_page(r, found.error());
  const Pilot& p = *found;
  const Capabilities can = pilots_.capabilities(v.principal, p);
  const auto& cat = site_.catalogue();
  const std::string base = pilot_href(lang, p.id);
  // The period shown: the typed one, the one asked for, else the one after the latest value.
  int period = typed ? period_of(typed->get("period")) : period_of(r.query_value("period").value_or(""));
  if (period < 1 || period > 6) {
    int latest = 0;
    for (const auto& i : p.indicators)
      for (const auto& x : i.values) latest = std::max(latest, x.period);
    period = std::min(6, latest + 1);
  }
  List periods;
  for (int n = 1; n <= 6; ++n)
    periods.push_back(Object{{"value", std::to_string(n)},
                             {"label", text::fill(site_.tr(lang, N_("Period {n}")), {{"n", std::to_string(n)}})},
                             {"selected", n == period}});
  List rows;
  auto typed_codes = typed ? typed->all("indicator") : std::vector<std::string>{};
  for (const auto& i : p.indicators) {
    std::string value, evidence, comment;
    const IndicatorValue* stored = nullptr;
    for (const auto& x : i.values)
      if (x.period == period) stored = &x;
    if (stored) {
      value = typed_number(stored->value);
      evidence = stored->evidence;
      comment = stored->comment;
    }
    if (typed)
      for (std::size_t k = 0; k < typed_codes.size(); ++k)
        if (typed_codes[k] == i.code) {
          auto at = [k](const std::vector<std::string>& v) { return k < v.size() ? v[k] : std::string(); };
          value = at(typed->all("value"));
          evidence = at(typed->all("evidence"));
          comment = at(typed->all("comment"));
        }
    std::string previous;
    for (const auto& x : i.values)
      if (x.period < period) previous = text::fill(site_.tr(lang, N_("Period {n}: {value}")),
                                                   {{"n", std::to_string(x.period)}, {"value", number_text(cat, lang, x.value)}});
    rows.push_back(Object{{"n", std::to_string(i.id.value())},
                          {"code", i.code},
                          {"name", i.name},
                          {"unit", site_.tr(lang, unit_label(i.unit))},
                          {"direction", site_.tr(lang, direction_label(i.direction))},
                          {"target", number_text(cat, lang, i.target.value)},
                          {"previous", previous},
                          {"has_previous", !previous.empty()},
                          {"value", value},
                          {"evidence", evidence},
                          {"comment", comment}});
  }
  Object data{{"rows", rows},
              {"has_rows", !rows.empty()},
              {"period", std::to_string(period)},
              {"periods", periods},
              {"show_action", base + "/values"},
              {"action", base + "/values"},
              {"upload_action", base + "/values/upload"},
              {"csv_href", "/api/v1/pilots/" + std::to_string(p.id.value()) + "/values.csv"},
              {"xlsx_href", "/api/v1/pilots/" + std::to_string(p.id.value()) + "/values.xlsx"}};
  merge(data, heading(lang, p, can));
  merge(data, std::move(extra));
  return site_.page(r, lang, "pilot_values", site_.tr(lang, N_("Record indicator values")), std::move(data),
                    PageOptions{status, {}, {}});
}

}  // namespace cps::web
