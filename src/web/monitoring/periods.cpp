// The six reporting periods with their dates and when partners' reports are due, each with
// its workbook for reporting to the programme; the lead partner sets the dates here.
#include <boost/json.hpp>

#include "domain/monitoring/monitoring_input.hpp"
#include "web/monitoring/parts.hpp"

namespace cps::web {

namespace json = boost::json;

http::Response MonitoringPages::periods(http::Request& r, Language lang, const Visit& v) {
  return periods_page(r, lang, v, {}, bhttp::status::ok);
}

http::Response MonitoringPages::periods_page(http::Request& r, Language lang, const Visit& v, Object extra,
                                             bhttp::status status) {
  if (auto stop = sign_in_first(site_, r, v)) return std::move(*stop);
  auto found = monitoring_.periods(v.principal);
  if (!found) return site_.error_page(r, found.error());
  const Capabilities can = monitoring_.capabilities(v.principal);
  List rows;
  for (int n = 1; n <= kPeriods; ++n) {
    const ReportingPeriod* p = nullptr;
    for (const auto& x : *found)
      if (x.number == n) p = &x;
    std::string number = std::to_string(n);
    rows.push_back(Object{{"number", number},
                          {"label", text::fill(site_.tr(lang, N_("Period {n}")), {{"n", number}})},
                          {"starts", p ? p->starts : std::string()},
                          {"ends", p ? p->ends : std::string()},
                          {"report_due", p ? p->report_due : std::string()},
                          {"is_set", p != nullptr},
                          {"workbook_href", workbook_href(lang, n)}});
  }
  Object data{{"rows", rows}, {"may_manage", can.manage}, {"action", monitoring_href(lang, "/periods")}};
  if (r.query_value("done") == "saved") data["notice"] = site_.tr(lang, N_("The reporting periods are saved."));
  merge(data, frame(site_, lang, "periods"));
  merge(data, std::move(extra));
  return site_.page(r, lang, "monitoring_periods", site_.tr(lang, N_("Reporting periods")), std::move(data),
                    PageOptions{status, {}, {}});
}

http::Response MonitoringPages::save_periods(http::Request& r, Language lang, const Visit& v, const Form& f) {
  json::array typed;
  for (int n = 1; n <= kPeriods; ++n) {
    std::string key = std::to_string(n);
    std::string starts = text::trim(f.get("starts-" + key));
    std::string ends = text::trim(f.get("ends-" + key));
    std::string due = text::trim(f.get("report_due-" + key));
    // A period left empty is not set (yet).
    if (starts.empty() && ends.empty() && due.empty()) continue;
    typed.push_back(json::object{{"number", n}, {"starts", starts}, {"ends", ends}, {"report_due", due}});
  }
  auto input = read_periods(json::object{{"periods", typed}});
  Result<std::vector<ReportingPeriod>> saved = input ? monitoring_.save_periods(v.principal, *input)
                                                     : Result<std::vector<ReportingPeriod>>(std::unexpected(input.error()));
  if (saved) return see_other(site_, r, monitoring_href(lang, "/periods") + "?done=saved");
  const Error& e = saved.error();
  if (e.kind == ErrorKind::forbidden || e.kind == ErrorKind::not_found || e.kind == ErrorKind::unauthenticated)
    return site_.error_page(r, e);
  // The dates as typed stay in the form.
  List rows;
  for (int n = 1; n <= kPeriods; ++n) {
    std::string key = std::to_string(n);
    rows.push_back(Object{{"number", key},
                          {"label", text::fill(site_.tr(lang, N_("Period {n}")), {{"n", key}})},
                          {"starts", f.get("starts-" + key)},
                          {"ends", f.get("ends-" + key)},
                          {"report_due", f.get("report_due-" + key)},
                          {"is_set", false},
                          {"workbook_href", workbook_href(lang, n)}});
  }
  Object extra = form_error(site_, lang, e);
  extra["rows"] = rows;
  return periods_page(r, lang, v, std::move(extra), form_status(e));
}

}  // namespace cps::web
