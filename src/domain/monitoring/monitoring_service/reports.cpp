// MonitoringService: partners' progress reports — written by the partner (draft or returned),
// submitted (which fixes the euro amounts of the partner's spending in the period at the rate
// of the submission month), approved by the lead partner (applying the activity lines'
// progress) or returned with a note; the overview with the reports overdue.
#include <algorithm>
#include <functional>
#include <map>

#include "core/text.hpp"
#include "domain/monitoring/monitoring_service.hpp"
#include "domain/monitoring/monitoring_service/internal.hpp"

namespace cps::monitoring {

using namespace service_parts;

namespace {

std::unexpected<Error> approved_report() {
  return fail(ErrorKind::conflict, N_("An approved report cannot be changed."), "status");
}

// A partner writes its report while it is a draft or returned to it.
Status check_writable(const Principal& who, const ProgressReport& r) {
  if (!may_write_for(who, r.partner)) return std::unexpected(refusal(who));
  if (r.status == ReportStatus::approved) return approved_report();
  if (r.status == ReportStatus::submitted)
    return fail(ErrorKind::conflict,
                N_("This report is submitted and waits for the lead partner; it can be changed once it is returned."),
                "status");
  return {};
}

// The activity lines name activities of the work plan the partner is responsible for (or
// that name no partner).
Status check_lines(MonitoringStore& store, accounts::OrganisationId partner, const std::vector<ActivityProgress>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string field = "activities." + std::to_string(i) + ".activity";
    auto a = store.activity(lines[i].activity);
    if (!a) return std::unexpected(a.error());
    if (!*a) return fail(ErrorKind::unprocessable, N_("Choose an activity from the work plan."), field);
    const auto& responsible = (*a)->responsible;
    if (!responsible.empty() && std::find(responsible.begin(), responsible.end(), partner) == responsible.end())
      return fail(ErrorKind::unprocessable, N_("Report only on activities your organisation is responsible for."),
                  field);
  }
  return {};
}

void take_input(ProgressReport& r, ReportInput input) {
  r.activities_done = std::move(input.activities_done);
  r.outputs = std::move(input.outputs);
  r.problems = std::move(input.problems);
  r.next_steps = std::move(input.next_steps);
  r.activities = std::move(input.activities);
}

}  // namespace

// One change of a report, in one transaction: loads it, refuses a stale revision, runs
// `change` (which checks the rights and the state, writes what else it changes and returns the
// audit detail), writes the report as the next revision with its audit line.
namespace {
using ReportChange = std::function<Result<std::string>(MonitoringStore&, ProgressReport&)>;
Result<ProgressReport> change_report(MonitoringRepository& repository, const Principal& who, ReportId id, int revision,
                                     Seconds now, std::string_view verb, const ReportChange& change) {
  if (auto v = require_view(who); !v) return std::unexpected(v.error());
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  ProgressReport after;
  auto ok = repository.transaction([&](MonitoringStore& store) -> Status {
    auto r = load_report(store, id);
    if (!r) return std::unexpected(r.error());
    if (r->revision != revision) return stale_report();
    auto detail = change(store, *r);
    if (!detail) return std::unexpected(detail.error());
    r->updated_at = now;
    auto written = store.update_report(*r, revision);
    if (!written) return std::unexpected(written.error());
    if (!*written) return stale_report();
    if (auto s = audit(store, who, verb, report_target(id), *detail, now); !s) return s;
    auto reread = load_report(store, id);
    if (!reread) return std::unexpected(reread.error());
    after = std::move(*reread);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return after;
}
}  // namespace

Result<ReportsOverview> MonitoringService::reports_overview(const Principal& who) {
  if (auto v = require_view(who); !v) return std::unexpected(v.error());
  auto partners = surroundings_.partners();
  if (!partners) return std::unexpected(partners.error());
  ReportsOverview out;
  std::vector<ProgressReport> reports;
  auto ok = repository_.read([&](MonitoringStore& store) -> Status {
    auto periods = store.periods();
    if (!periods) return std::unexpected(periods.error());
    out.periods = std::move(*periods);
    auto all = store.reports({});
    if (!all) return std::unexpected(all.error());
    reports = std::move(*all);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  for (const auto& partner : *partners) {
    ReportsOverview::Row row{partner, {}};
    for (const auto& period : out.periods) {
      std::optional<ProgressReport> found;
      for (const auto& r : reports)
        if (r.partner == partner.id && r.period == period.number) {
          found = r;
          found->activities.clear();
          found->attachments.clear();
        }
      row.by_period.push_back(std::move(found));
    }
    out.rows.push_back(std::move(row));
  }
  out.overdue = overdue_reports(*partners, out.periods, reports, day_of(now_of(clock_)));
  return out;
}

Result<std::vector<ProgressReport>> MonitoringService::reports(const Principal& who, ReportFilter filter) {
  if (auto v = require_view(who); !v) return std::unexpected(v.error());
  std::vector<ProgressReport> out;
  auto ok = repository_.read([&](MonitoringStore& store) -> Status {
    auto found = store.reports(filter);
    if (!found) return std::unexpected(found.error());
    out = std::move(*found);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<ProgressReport> MonitoringService::report(const Principal& who, ReportId id) {
  if (auto v = require_view(who); !v) return std::unexpected(v.error());
  ProgressReport out;
  auto ok = repository_.read([&](MonitoringStore& store) -> Status {
    auto r = load_report(store, id);
    if (!r) return std::unexpected(r.error());
    out = std::move(*r);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<ReportId> MonitoringService::create_report(const Principal& who,
                                                  std::optional<accounts::OrganisationId> partner, ReportInput input) {
  if (auto v = require_view(who); !v) return std::unexpected(v.error());
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  if (!partner) partner = who.organisation;
  if (!partner) return unknown_partner("partner");
  if (!may_write_for(who, *partner)) return std::unexpected(refusal(who));
  auto known = surroundings_.partner(*partner);
  if (!known) return std::unexpected(known.error());
  if (!*known) return unknown_partner("partner");
  Seconds now = now_of(clock_);
  ReportId id;
  auto ok = repository_.transaction([&](MonitoringStore& store) -> Status {
    auto periods = store.periods();
    if (!periods) return std::unexpected(periods.error());
    if (!find_period(*periods, input.period)) return period_not_set("period");
    if (auto c = check_lines(store, *partner, input.activities); !c) return c;
    ProgressReport r;
    r.partner = *partner;
    r.period = input.period;
    take_input(r, std::move(input));
    r.updated_at = now;
    auto inserted = store.insert_report(r);
    if (!inserted) return std::unexpected(inserted.error());
    id = *inserted;
    return audit(store, who, "report_saved", report_target(id),
                 "period " + std::to_string(r.period) + ", partner " + std::to_string(partner->value()), now);
  });
  if (!ok) return std::unexpected(ok.error());
  return id;
}

Result<ProgressReport> MonitoringService::save_report(const Principal& who, ReportId id, int revision,
                                                      ReportInput input) {
  return change_report(repository_, who, id, revision, now_of(clock_), "report_saved",
                       [&](MonitoringStore& store, ProgressReport& r) -> Result<std::string> {
                         if (auto w = check_writable(who, r); !w) return std::unexpected(w.error());
                         if (input.period != 0 && input.period != r.period)
                           return fail(ErrorKind::unprocessable,
                                       N_("A report stays in its period; write a new one for another period."),
                                       "period");
                         if (auto c = check_lines(store, r.partner, input.activities); !c)
                           return std::unexpected(c.error());
                         take_input(r, std::move(input));
                         return std::string("saved");
                       });
}

Result<ProgressReport> MonitoringService::attach(const Principal& who, ReportId id, int revision,
                                                 const std::string& name, const std::string& bytes) {
  if (auto v = require_view(who); !v) return std::unexpected(v.error());
  // Refused before the file is kept: a report the viewer may not change takes nothing.
  auto current = report(who, id);
  if (!current) return std::unexpected(current.error());
  if (current->revision != revision) return stale_report();
  if (auto w = check_writable(who, *current); !w) return std::unexpected(w.error());
  auto kept = surroundings_.keep_file(name, bytes);
  if (!kept) return std::unexpected(kept.error());
  return change_report(repository_, who, id, revision, now_of(clock_), "attachment_added",
                       [&](MonitoringStore&, ProgressReport& r) -> Result<std::string> {
                         if (auto w = check_writable(who, r); !w) return std::unexpected(w.error());
                         std::erase_if(r.attachments, [&](const Attachment& a) { return a.name == kept->name; });
                         r.attachments.push_back(*kept);
                         return kept->name + " (" + kept->sha256 + ")";
                       });
}

Result<ProgressReport> MonitoringService::submit_report(const Principal& who, ReportId id, int revision) {
  Seconds now = now_of(clock_);
  std::string month = month_of(now);
  return change_report(
      repository_, who, id, revision, now, "report_submitted",
      [&](MonitoringStore& store, ProgressReport& r) -> Result<std::string> {
        if (auto w = check_writable(who, r); !w) return std::unexpected(w.error());
        if (r.activities_done.empty())
          return fail(ErrorKind::unprocessable, N_("Say what was done in the period before submitting."),
                      "activities_done");
        auto rates = store.rates();
        if (!rates) return std::unexpected(rates.error());
        auto spending = store.spendings(SpendingFilter{.period = r.period, .partner = r.partner});
        if (!spending) return std::unexpected(spending.error());
        // The programme converts at the rate of the month the report goes in: every entry of
        // the period gets that rate, fixed from now on.
        for (auto& s : *spending) {
          auto rate = rate_for(s.currency, month, *rates);
          if (!rate)
            return fail(ErrorKind::unprocessable,
                        text::fill(N_("No exchange rate for {currency} in {month}: enter it before submitting."),
                                   {{"currency", s.currency.str()}, {"month", month}}),
                        "rates");
          s.rate = *rate;
          s.euro = to_euro(s.amount, *rate);
          if (auto u = store.update_spending(s); !u) return std::unexpected(u.error());
        }
        r.status = ReportStatus::submitted;
        r.submitted_by = who.user;
        r.submitted_at = now;
        return std::to_string(spending->size()) + " spending entries fixed at the rates of " + month;
      });
}

Result<ProgressReport> MonitoringService::review_report(const Principal& who, ReportId id, int revision,
                                                        ReportDecision decision, const std::string& note) {
  Seconds now = now_of(clock_);
  std::string trimmed = text::trim(note);
  std::string_view verb = decision == ReportDecision::approve ? "report_approved" : "report_returned";
  return change_report(
      repository_, who, id, revision, now, verb, [&](MonitoringStore& store, ProgressReport& r) -> Result<std::string> {
        if (!accounts::allowed(who, Action::review_progress_report)) return std::unexpected(refusal(who));
        if (r.status == ReportStatus::approved) return approved_report();
        if (r.status != ReportStatus::submitted)
          return fail(ErrorKind::conflict, N_("Only a submitted report can be approved or returned."), "status");
        r.reviewed_by = who.user;
        r.reviewed_at = now;
        r.review_note = trimmed;
        if (decision == ReportDecision::send_back) {
          if (trimmed.empty())
            return fail(ErrorKind::unprocessable, N_("Say why the report goes back to its partner."), "note");
          r.status = ReportStatus::returned;
          return trimmed;
        }
        r.status = ReportStatus::approved;
        // The partner's word on its activities becomes the work plan's once the lead agrees.
        for (const auto& line : r.activities) {
          auto a = store.activity(line.activity);
          if (!a) return std::unexpected(a.error());
          if (!*a) continue;
          auto& activity = **a;
          activity.progress = line.progress;
          if (line.progress == 100 && activity.status != ActivityStatus::cancelled)
            activity.status = ActivityStatus::done;
          else if (line.progress > 0 && activity.status == ActivityStatus::not_started)
            activity.status = ActivityStatus::on_track;
          if (!line.note.empty()) activity.status_note = line.note;
          activity.updated_at = now;
          if (auto s = store.save_activity(activity); !s) return std::unexpected(s.error());
          if (auto s = audit(store, who, "activity_updated", activity_target(activity.id),
                             std::string(to_string(activity.status)) + " " + std::to_string(activity.progress) +
                                 "% from " + report_target(r.id),
                             now);
              !s)
            return std::unexpected(s.error());
        }
        return std::to_string(r.activities.size()) + " activity lines applied" +
               (trimmed.empty() ? "" : ": " + trimmed);
      });
}

}  // namespace cps::monitoring
