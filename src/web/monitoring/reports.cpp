// Partners' progress reports: the overview of every partner × period with the overdue ones
// in words, the form a partner opens its report for a period with, one report (write, attach,
// submit; the lead partner approves it or returns it with a note), and the attachments'
// downloads.
#include <boost/json.hpp>

#include "domain/accounts/policy.hpp"
#include "http/file_download.hpp"
#include "web/markdown.hpp"
#include "web/monitoring/parts.hpp"

namespace cps::web {

namespace json = boost::json;

namespace {

std::string report_href(i18n::Language lang, ReportId id) {
  return monitoring_href(lang, "/reports/" + std::to_string(id.value()));
}

bool writes_for(const accounts::Principal& who, accounts::OrganisationId partner) {
  return who.signed_in() &&
         accounts::allowed(who, accounts::Action::write_progress_report, accounts::Target{.organisation = partner});
}

// A refusal the page itself cannot show (the report is gone or not the viewer's) is the error
// page; any other is shown on the page beside what was typed.
bool shown_on_page(const Error& e) {
  return e.kind != ErrorKind::forbidden && e.kind != ErrorKind::not_found && e.kind != ErrorKind::unauthenticated;
}

}  // namespace

http::Response MonitoringPages::reports(http::Request& r, Language lang, const Visit& v) {
  return reports_page(r, lang, v, {}, bhttp::status::ok);
}

http::Response MonitoringPages::reports_page(http::Request& r, Language lang, const Visit& v, Object extra,
                                             bhttp::status status) {
  if (auto stop = sign_in_first(site_, r, v)) return std::move(*stop);
  auto overview = monitoring_.reports_overview(v.principal);
  if (!overview) return site_.error_page(r, overview.error());
  const Capabilities can = monitoring_.capabilities(v.principal);
  const auto& cat = site_.catalogue();

  List periods;
  for (const auto& p : overview->periods)
    periods.push_back(Object{{"label", text::fill(site_.tr(lang, N_("Period {n}")), {{"n", std::to_string(p.number)}})},
                             {"due", p.report_due}});
  List rows;
  List open_periods;  // the periods the viewer's organisation has no report for yet
  for (const auto& row : overview->rows) {
    const bool own = can.reports_for && *can.reports_for == row.partner.id;
    List cells;
    for (std::size_t i = 0; i < row.by_period.size(); ++i) {
      const auto& rep = row.by_period[i];
      int number = i < overview->periods.size() ? overview->periods[i].number : int(i) + 1;
      bool overdue = std::ranges::any_of(overview->overdue, [&](const ReportsOverview::Overdue& o) {
        return o.partner.id == row.partner.id && o.period == number;
      });
      if (rep)
        cells.push_back(Object{{"has_report", true},
                               {"status", site_.tr(lang, report_status_label(rep->status))},
                               {"status_code", std::string(to_string(rep->status))},
                               {"href", report_href(lang, rep->id)},
                               {"overdue", overdue}});
      else
        cells.push_back(Object{{"has_report", false}, {"overdue", overdue}});
      if (own && !rep)
        open_periods.push_back(Object{{"value", std::to_string(number)},
                                      {"label", text::fill(site_.tr(lang, N_("Period {n}")), {{"n", std::to_string(number)}})}});
    }
    rows.push_back(Object{{"partner", row.partner.name}, {"own", own}, {"cells", cells}});
  }
  List overdue;
  for (const auto& o : overview->overdue)
    overdue.push_back(Object{{"text", text::fill(site_.tr(lang, N_("{partner}: the report for period {n} was due on {due} and is not submitted.")),
                                                 {{"partner", o.partner.name}, {"n", std::to_string(o.period)}, {"due", o.due}})}});
  Object data{{"periods", periods},
              {"rows", rows},
              {"has_rows", !rows.empty()},
              {"overdue", overdue},
              {"has_overdue", !overdue.empty()},
              {"overdue_count", cat.translate_count(lang, NP_("{count} report is overdue.", "{count} reports are overdue."),
                                                    (long long)overdue.size())},
              {"open_periods", open_periods},
              {"may_create", can.reports_for.has_value() && !open_periods.empty()},
              {"create_action", monitoring_href(lang, "/reports")}};
  merge(data, frame(site_, lang, "reports"));
  merge(data, std::move(extra));
  return site_.page(r, lang, "monitoring_reports", site_.tr(lang, N_("Progress reports")), std::move(data),
                    PageOptions{status, {}, {}});
}

http::Response MonitoringPages::create_report(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto period = period_of(f.get("period"));
  Result<ReportInput> input = period ? read_report(json::object{{"period", *period}})
                                     : Result<ReportInput>(fail(ErrorKind::invalid, N_("Choose a reporting period."), "period"));
  Result<ReportId> made = input ? monitoring_.create_report(v.principal, std::nullopt, *input)
                                : Result<ReportId>(std::unexpected(input.error()));
  if (made) return see_other(site_, r, report_href(lang, *made) + "?done=created");
  if (!shown_on_page(made.error())) return site_.error_page(r, made.error());
  return reports_page(r, lang, v, form_error(site_, lang, made.error()), form_status(made.error()));
}

http::Response MonitoringPages::report(http::Request& r, Language lang, const Visit& v) {
  return report_page(r, lang, v, {}, bhttp::status::ok);
}

http::Response MonitoringPages::report_page(http::Request& r, Language lang, const Visit& v, Object extra,
                                            bhttp::status status) {
  if (auto stop = sign_in_first(site_, r, v)) return std::move(*stop);
  auto id = http::path_id<ReportId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = monitoring_.report(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  // The activities the partner answers for in the period, for the report's lines.
  auto plan = monitoring_.work_plan(v.principal);
  if (!plan) return site_.error_page(r, plan.error());
  const ProgressReport& rep = *found;
  const Capabilities can = monitoring_.capabilities(v.principal);
  const std::string language(i18n::code(lang));
  const bool editable = (rep.status == ReportStatus::draft || rep.status == ReportStatus::returned) &&
                        writes_for(v.principal, rep.partner);
  const bool reviewable = rep.status == ReportStatus::submitted && can.review_reports;

  // The lines: the activities the partner is named responsible for in the period (filled with
  // their progress), those that name no partner and run in the period (left empty: filled only
  // where the partner worked on them), and any the report already speaks of.
  List lines;
  for (const auto& a : plan->activities) {
    const ActivityProgress* said = nullptr;
    for (const auto& line : rep.activities)
      if (line.activity == a.id) said = &line;
    const bool runs = std::ranges::find(a.periods, rep.period) != a.periods.end();
    const bool named = std::ranges::find(a.responsible, rep.partner) != a.responsible.end();
    const bool open = a.responsible.empty();
    if (!said && !(runs && (named || open))) continue;
    std::string id_text = std::to_string(a.id.value());
    std::string progress = said ? std::to_string(said->progress) : named ? std::to_string(a.progress) : std::string();
    lines.push_back(Object{{"activity", id_text},
                           {"code", a.code},
                           {"title", text_in(a, language).title},
                           {"href", monitoring_href(lang, "/activities/" + id_text)},
                           {"current", std::to_string(a.progress)},
                           {"progress", progress},
                           {"reported", said != nullptr},
                           {"note", said ? said->note : std::string()},
                           {"has_note", said && !said->note.empty()},
                           {"dom", "line-" + id_text}});
  }
  List attachments;
  for (const auto& at : rep.attachments)
    attachments.push_back(Object{{"name", at.name},
                                 {"size", site_.catalogue().format_integer(lang, (long long)((at.size + 1023) / 1024)) + " KB"},
                                 {"href", monitoring_href(lang, "/files/" + at.sha256) + "?report=" +
                                              std::to_string(rep.id.value())}});
  const std::string base = report_href(lang, rep.id);
  Object data{{"partner", rep.partner_name},
              {"period", std::to_string(rep.period)},
              {"status", site_.tr(lang, report_status_label(rep.status))},
              {"status_code", std::string(to_string(rep.status))},
              {"revision", std::to_string(rep.revision)},
              {"activities_done", rep.activities_done},
              {"outputs", rep.outputs},
              {"problems", rep.problems},
              {"next_steps", rep.next_steps},
              {"activities_done_html", render_markdown(rep.activities_done)},
              {"outputs_html", render_markdown(rep.outputs)},
              {"problems_html", render_markdown(rep.problems)},
              {"next_steps_html", render_markdown(rep.next_steps)},
              {"lines", lines},
              {"has_lines", !lines.empty()},
              {"has_reported", !rep.activities.empty()},
              {"attachments", attachments},
              {"has_attachments", !attachments.empty()},
              {"review_note", rep.review_note},
              {"has_review_note", !rep.review_note.empty()},
              {"submitted", day_of(rep.submitted_at)},
              {"reviewed", day_of(rep.reviewed_at)},
              {"is_returned", rep.status == ReportStatus::returned},
              {"is_approved", rep.status == ReportStatus::approved},
              {"editable", editable},
              {"read_only", !editable},
              {"reviewable", reviewable},
              {"action", base},
              {"attach_action", base + "/attachments"},
              {"submit_action", base + "/submit"},
              {"review_action", base + "/review"},
              {"reports_href", monitoring_href(lang, "/reports")},
              {"workbook_href", workbook_href(lang, rep.period)}};
  if (auto done = r.query_value("done")) {
    if (*done == "created") data["notice"] = site_.tr(lang, N_("The report is opened. Write it and submit it when it is complete."));
    if (*done == "saved") data["notice"] = site_.tr(lang, N_("The report is saved."));
    if (*done == "attached") data["notice"] = site_.tr(lang, N_("The file is attached."));
    if (*done == "submitted") data["notice"] = site_.tr(lang, N_("The report is submitted to the lead partner."));
    if (*done == "approved") data["notice"] = site_.tr(lang, N_("The report is approved; the activities' progress is applied."));
    if (*done == "returned") data["notice"] = site_.tr(lang, N_("The report is returned to the partner with your note."));
  }
  merge(data, frame(site_, lang, "reports"));
  merge(data, std::move(extra));
  std::string title = text::fill(site_.tr(lang, N_("Progress report for period {n}")), {{"n", std::to_string(rep.period)}});
  return site_.page(r, lang, "monitoring_report", title + " · " + rep.partner_name, std::move(data),
                    PageOptions{status, {}, {}});
}

http::Response MonitoringPages::save_report(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<ReportId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto period = text::parse_int(f.get("period"));
  json::array lines;
  auto activities = f.all("activity");
  auto progress = f.all("progress");
  auto notes = f.all("note");
  std::optional<Error> typo;
  for (std::size_t i = 0; i < activities.size(); ++i) {
    auto a = text::parse_int(activities[i]);
    std::string typed = text::trim(i < progress.size() ? progress[i] : "");
    // An empty line is an activity the partner did not work on in the period.
    if (!a || typed.empty()) continue;
    auto p = text::parse_int(typed);
    if (!p) {
      typo = Error{ErrorKind::invalid, N_("Enter the progress as a whole number from 0 to 100."), "progress"};
      break;
    }
    lines.push_back(json::object{{"activity", *a}, {"progress", *p}, {"note", text::trim(i < notes.size() ? notes[i] : "")}});
  }
  Result<ReportInput> input = typo ? Result<ReportInput>(std::unexpected(*typo))
                                   : read_report(json::object{{"period", period ? *period : 0},
                                                              {"activities_done", f.get("activities_done")},
                                                              {"outputs", f.get("outputs")},
                                                              {"problems", f.get("problems")},
                                                              {"next_steps", f.get("next_steps")},
                                                              {"activities", lines}});
  Result<ProgressReport> saved = input ? monitoring_.save_report(v.principal, *id, revision_of(f), *input)
                                       : Result<ProgressReport>(std::unexpected(input.error()));
  if (saved) return see_other(site_, r, report_href(lang, *id) + "?done=saved");
  if (!shown_on_page(saved.error())) return site_.error_page(r, saved.error());
  Object extra = form_error(site_, lang, saved.error());
  for (const char* field : {"activities_done", "outputs", "problems", "next_steps"}) extra[field] = f.get(field);
  return report_page(r, lang, v, std::move(extra), form_status(saved.error()));
}

http::Response MonitoringPages::attach(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<ReportId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto file = f.file("file");
  Result<ProgressReport> done =
      file && !file->data.empty()
          ? monitoring_.attach(v.principal, *id, revision_of(f), file->file_name, std::string(file->data))
          : Result<ProgressReport>(fail(ErrorKind::invalid, N_("Choose a file to attach."), "file"));
  if (done) return see_other(site_, r, report_href(lang, *id) + "?done=attached#attachments");
  if (!shown_on_page(done.error())) return site_.error_page(r, done.error());
  return report_page(r, lang, v, form_error(site_, lang, done.error()), form_status(done.error()));
}

http::Response MonitoringPages::submit_report(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<ReportId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = monitoring_.submit_report(v.principal, *id, revision_of(f));
  if (done) return see_other(site_, r, report_href(lang, *id) + "?done=submitted");
  if (!shown_on_page(done.error())) return site_.error_page(r, done.error());
  return report_page(r, lang, v, form_error(site_, lang, done.error()), form_status(done.error()));
}

http::Response MonitoringPages::review_report(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<ReportId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  std::string decision = f.get("decision");
  if (decision != "approve" && decision != "return")
    return site_.error_page(r, Error{ErrorKind::invalid, "Choose a step from the list.", "decision"});
  auto done = monitoring_.review_report(v.principal, *id, revision_of(f),
                                        decision == "approve" ? ReportDecision::approve : ReportDecision::send_back,
                                        text::trim(f.get("review_note")));
  if (done) return see_other(site_, r, report_href(lang, *id) + (decision == "approve" ? "?done=approved" : "?done=returned"));
  if (!shown_on_page(done.error())) return site_.error_page(r, done.error());
  Object extra = form_error(site_, lang, done.error());
  extra["typed_review_note"] = f.get("review_note");
  return report_page(r, lang, v, std::move(extra), form_status(done.error()));
}

http::Response MonitoringPages::file(http::Request& r, Language, const Visit& v) {
  if (auto stop = sign_in_first(site_, r, v)) return std::move(*stop);
  auto bytes = monitoring_.attachment_bytes(v.principal, r.param("sha256"));
  if (!bytes) return site_.error_page(r, bytes.error());
  if (!*bytes) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  // The name and type people gave the file are on the report that holds it.
  std::string name = "attachment";
  std::string media_type = "application/octet-stream";
  if (auto n = text::parse_int(r.query_value("report").value_or("")); n && *n > 0)
    if (auto rep = monitoring_.report(v.principal, ReportId(*n)))
      for (const auto& at : rep->attachments)
        if (at.sha256 == r.param("sha256")) {
          name = at.name;
          media_type = at.media_type;
        }
  auto res = http::make_response(r, bhttp::status::ok, media_type, std::move(**bytes));
  res.set(bhttp::field::content_disposition, http::content_disposition(name));
  res.set("X-Content-Type-Options", "nosniff");
  return res;
}

}  // namespace cps::web
