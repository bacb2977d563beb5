// MonitoringService: the due-date reminders — activities due within a week, reports due within
// a week and not submitted, reports overdue — each queued in the outbox once, by its key.
#include <algorithm>
#include <set>

#include "domain/monitoring/monitoring_service.hpp"
#include "domain/monitoring/monitoring_service/internal.hpp"

namespace cps::monitoring {

using namespace service_parts;

namespace {

inline constexpr int kDaysAhead = 7;

struct Reminder {
  std::string key;
  std::vector<Recipient> to;
  std::string subject;
  std::string body;
};

void add_recipients(std::vector<Recipient>& to, const std::vector<Recipient>& more) {
  for (const auto& r : more)
    if (std::none_of(to.begin(), to.end(), [&](const Recipient& t) { return t.id == r.id; })) to.push_back(r);
}

bool report_in(const std::vector<ProgressReport>& reports, accounts::OrganisationId partner, int period) {
  return std::any_of(reports.begin(), reports.end(), [&](const ProgressReport& r) {
    return r.partner == partner && r.period == period &&
           (r.status == ReportStatus::submitted || r.status == ReportStatus::approved);
  });
}

}  // namespace

Result<std::size_t> MonitoringService::send_reminders() {
  std::string today = day_of(now_of(clock_));
  std::string week_ahead = days_after(today, kDaysAhead);
  std::vector<ReportingPeriod> periods;
  std::vector<Activity> activities;
  std::vector<ProgressReport> reports;
  auto read = repository_.read([&](MonitoringStore& store) -> Status {
    auto p = store.periods();
    if (!p) return std::unexpected(p.error());
    periods = std::move(*p);
    auto a = store.activities();
    if (!a) return std::unexpected(a.error());
    activities = std::move(*a);
    auto r = store.reports({});
    if (!r) return std::unexpected(r.error());
    reports = std::move(*r);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  auto partners = surroundings_.partners();
  if (!partners) return std::unexpected(partners.error());

  std::vector<Reminder> due;
  for (const auto& a : activities) {
    if (a.status == ActivityStatus::done || a.status == ActivityStatus::cancelled) continue;
    if (a.due.empty() || a.due < today || a.due > week_ahead || a.responsible.empty()) continue;
    Reminder r;
    r.key = "activity:" + std::to_string(a.id.value()) + ":" + a.due + ":due-7";
    for (auto partner : a.responsible) {
      auto members = surroundings_.members_of(partner);
      if (!members) return std::unexpected(members.error());
      add_recipients(r.to, *members);
    }
    std::string title = text_in(a, "en").title;
    r.subject = "Due on " + a.due + ": " + a.code + " " + title;
    r.body = "The work plan's activity " + a.code + " (" + title + ") is due on " + a.due + ". It stands at " +
             std::to_string(a.progress) + "% (" + std::string(to_string(a.status)) +
             "). Please update its status and progress on the platform.\n";
    due.push_back(std::move(r));
  }
  std::vector<Recipient> lead;
  for (const auto& period : periods) {
    bool soon = period.report_due >= today && period.report_due <= week_ahead;
    bool overdue = period.report_due < today;
    if (!soon && !overdue) continue;
    for (const auto& partner : *partners) {
      if (report_in(reports, partner.id, period.number)) continue;
      Reminder r;
      std::string number = std::to_string(period.number);
      r.key = "report:" + number + ":" + std::to_string(partner.id.value()) + (soon ? ":due-7" : ":overdue");
      auto members = surroundings_.members_of(partner.id);
      if (!members) return std::unexpected(members.error());
      add_recipients(r.to, *members);
      if (soon) {
        r.subject = "Progress report for period " + number + " due on " + period.report_due;
        r.body = "The progress report of " + partner.name + " for reporting period " + number + " is due on " +
                 period.report_due + ". Please write and submit it on the platform.\n";
      } else {
        // The lead partner follows up on reports that are late.
        if (lead.empty()) {
          auto coordinators = surroundings_.lead_coordinators();
          if (!coordinators) return std::unexpected(coordinators.error());
          lead = std::move(*coordinators);
        }
        add_recipients(r.to, lead);
        r.subject = "Progress report for period " + number + " overdue: " + partner.name;
        r.body = "The progress report of " + partner.name + " for reporting period " + number + " was due on " +
                 period.report_due + " and has not been submitted yet.\n";
      }
      due.push_back(std::move(r));
    }
  }

  std::size_t queued = 0;
  Seconds now = now_of(clock_);
  for (const auto& r : due) {
    std::size_t mails = 0;
    // Marked in the same transaction as the check, after the mails are queued: a failure
    // leaves it for the next run rather than losing it.
    auto ok = repository_.transaction([&](MonitoringStore& store) -> Status {
      mails = 0;
      auto sent = store.reminder_sent(r.key);
      if (!sent) return std::unexpected(sent.error());
      if (*sent) return {};
      for (const auto& to : r.to) {
        if (auto q = surroundings_.queue_mail(to, r.subject, r.body); !q) return q;
        ++mails;
      }
      return store.mark_reminder_sent(r.key, now);
    });
    if (!ok) return std::unexpected(ok.error());
    queued += mails;
  }
  return queued;
}

}  // namespace cps::monitoring
