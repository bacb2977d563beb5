// MonitoringService: spending entries — added, changed and deleted by their partner while the
// period's report is not submitted or approved, with their document; verified by a first-level
// controller once a submitted report has fixed their euro amount.
#include <algorithm>

#include "domain/monitoring/monitoring_service.hpp"
#include "domain/monitoring/monitoring_service/internal.hpp"

namespace cps::monitoring {

using namespace service_parts;

namespace {

std::unexpected<Error> locked_period() {
  return fail(ErrorKind::conflict,
              N_("The report of this period is submitted or approved: its spending can no longer change."), "period");
}

// The entry's period must be set and its payment (or, without one, the entry's date) fall in it.
Status check_in_period(MonitoringStore& store, const SpendingInput& input) {
  auto periods = store.periods();
  if (!periods) return std::unexpected(periods.error());
  const auto* period = find_period(*periods, input.period);
  if (!period) return period_not_set("period");
  const std::string& paid = input.payment_date.empty() ? input.date : input.payment_date;
  if (paid < period->starts || paid > period->ends)
    return fail(ErrorKind::unprocessable, N_("The payment date must fall inside the reporting period."),
                input.payment_date.empty() ? "date" : "payment_date");
  return {};
}

Status require_open(MonitoringStore& store, accounts::OrganisationId partner, int period) {
  auto locked = period_locked(store, partner, period);
  if (!locked) return std::unexpected(locked.error());
  if (*locked) return locked_period();
  return {};
}

void take_input(Spending& s, const SpendingInput& input) {
  s.category = input.category;
  s.period = input.period;
  s.date = input.date;
  s.description = input.description;
  s.amount = input.amount;
  s.currency = input.currency;
  s.vat = input.vat;
  s.invoice_number = input.invoice_number;
  s.invoice_date = input.invoice_date;
  s.payment_date = input.payment_date;
  s.procurement_reference = input.procurement_reference;
  s.cofinancing = input.cofinancing;
  s.document = input.document;
  // Provisional again until the period's report fixes it; a changed entry is checked anew.
  s.rate.reset();
  s.euro.reset();
  s.verification = Verification::pending;
  s.verified_euro.reset();
  s.controller_note.clear();
  s.verified_by.reset();
  s.verified_at = 0;
}

std::string describe(const Spending& s) {
  return format_amount(s.amount) + " " + s.currency.str() + ", " + std::string(to_string(s.category)) + ", period " +
         std::to_string(s.period);
}

}  // namespace

Result<SpendingId> MonitoringService::add_spending(const Principal& who, SpendingInput input) {
  if (auto v = require_view(who); !v) return std::unexpected(v.error());
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  auto partner = input.partner ? input.partner : who.organisation;
  if (!partner) return unknown_partner("partner");
  if (!may_write_for(who, *partner)) return std::unexpected(refusal(who));
  if (auto c = check_spending(input); !c) return std::unexpected(c.error());
  auto known = surroundings_.partner(*partner);
  if (!known) return std::unexpected(known.error());
  if (!*known) return unknown_partner("partner");
  Seconds now = now_of(clock_);
  SpendingId id;
  auto ok = repository_.transaction([&](MonitoringStore& store) -> Status {
    if (auto p = check_in_period(store, input); !p) return p;
    if (auto o = require_open(store, *partner, input.period); !o) return o;
    Spending s;
    s.partner = *partner;
    take_input(s, input);
    s.entered_by = who.user;
    s.entered_at = now;
    auto inserted = store.insert_spending(s);
    if (!inserted) return std::unexpected(inserted.error());
    id = *inserted;
    return audit(store, who, "spending_added", spending_target(id), describe(s), now);
  });
  if (!ok) return std::unexpected(ok.error());
  return id;
}

Result<Spending> MonitoringService::change_spending(const Principal& who, SpendingId id, SpendingInput input) {
  if (auto v = require_view(who); !v) return std::unexpected(v.error());
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  if (auto c = check_spending(input); !c) return std::unexpected(c.error());
  Seconds now = now_of(clock_);
  Spending out;
  auto ok = repository_.transaction([&](MonitoringStore& store) -> Status {
    auto s = load_spending(store, id);
    if (!s) return std::unexpected(s.error());
    if (!may_write_for(who, s->partner)) return std::unexpected(refusal(who));
    if (input.partner && *input.partner != s->partner)
      return fail(ErrorKind::unprocessable, N_("An expense stays with its partner; delete it and enter it anew."),
                  "partner");
    if (auto o = require_open(store, s->partner, s->period); !o) return o;
    if (auto o = require_open(store, s->partner, input.period); !o) return o;
    if (auto p = check_in_period(store, input); !p) return p;
    take_input(*s, input);
    if (auto u = store.update_spending(*s); !u) return u;
    if (auto a = audit(store, who, "spending_changed", spending_target(id), describe(*s), now); !a) return a;
    auto reread = load_spending(store, id);
    if (!reread) return std::unexpected(reread.error());
    out = std::move(*reread);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Status MonitoringService::delete_spending(const Principal& who, SpendingId id) {
  if (auto v = require_view(who); !v) return v;
  if (auto w = require_write(who); !w) return w;
  Seconds now = now_of(clock_);
  return repository_.transaction([&](MonitoringStore& store) -> Status {
    auto s = load_spending(store, id);
    if (!s) return std::unexpected(s.error());
    if (!may_write_for(who, s->partner)) return std::unexpected(refusal(who));
    if (auto o = require_open(store, s->partner, s->period); !o) return o;
    if (auto d = store.delete_spending(id); !d) return d;
    return audit(store, who, "spending_deleted", spending_target(id), describe(*s), now);
  });
}

Result<Spending> MonitoringService::attach_to_spending(const Principal& who, SpendingId id, const std::string& name,
                                                       const std::string& bytes) {
  if (auto v = require_view(who); !v) return std::unexpected(v.error());
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  // Refused before the file is kept: an entry the viewer may not change takes nothing.
  auto check = [&](MonitoringStore& store) -> Result<Spending> {
    auto s = load_spending(store, id);
    if (!s) return std::unexpected(s.error());
    if (!may_write_for(who, s->partner)) return std::unexpected(refusal(who));
    if (auto o = require_open(store, s->partner, s->period); !o) return std::unexpected(o.error());
    return s;
  };
  auto before = repository_.read([&](MonitoringStore& store) -> Status {
    auto s = check(store);
    if (!s) return std::unexpected(s.error());
    return {};
  });
  if (!before) return std::unexpected(before.error());
  auto kept = surroundings_.keep_file(name, bytes);
  if (!kept) return std::unexpected(kept.error());
  Seconds now = now_of(clock_);
  Spending out;
  auto ok = repository_.transaction([&](MonitoringStore& store) -> Status {
    auto s = check(store);
    if (!s) return std::unexpected(s.error());
    s->attachment = *kept;
    if (s->document.empty()) s->document = kept->name;
    if (auto u = store.update_spending(*s); !u) return u;
    if (auto a = audit(store, who, "attachment_added", spending_target(id), kept->name + " (" + kept->sha256 + ")", now);
        !a)
      return a;
    out = std::move(*s);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<Spending> MonitoringService::verify_spending(const Principal& who, SpendingId id, VerificationInput input) {
  if (auto v = require_view(who); !v) return std::unexpected(v.error());
  if (!accounts::allowed(who, Action::verify_spending)) return std::unexpected(refusal(who));
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  if (input.verification == Verification::ineligible && input.note.empty())
    return fail(ErrorKind::unprocessable, N_("Say why the expense is ineligible."), "controller_note");
  Seconds now = now_of(clock_);
  Spending out;
  auto ok = repository_.transaction([&](MonitoringStore& store) -> Status {
    auto s = load_spending(store, id);
    if (!s) return std::unexpected(s.error());
    // A controller checks what the partner has declared: the amounts its submitted report fixed.
    if (!s->euro)
      return fail(ErrorKind::conflict, N_("Only spending fixed by a submitted report can be verified."),
                  "verification");
    s->verification = input.verification;
    s->controller_note = input.note;
    s->verified_euro.reset();
    if (input.verification == Verification::verified) {
      Cents eligible = input.verified_euro.value_or(*s->euro);
      if (eligible > *s->euro || eligible.value < 0)
        return fail(ErrorKind::unprocessable,
                    N_("The verified amount cannot be more than the entry's amount in euro."), "verified_euro");
      s->verified_euro = eligible;
    }
    if (input.verification == Verification::pending) {
      s->verified_by.reset();
      s->verified_at = 0;
    } else {
      s->verified_by = who.user;
      s->verified_at = now;
    }
    if (auto u = store.update_spending(*s); !u) return u;
    std::string detail(to_string(s->verification));
    if (s->verified_euro) detail += " " + format_amount(*s->verified_euro) + " EUR";
    if (!s->controller_note.empty()) detail += ": " + s->controller_note;
    if (auto a = audit(store, who, "spending_verified", spending_target(id), detail, now); !a) return a;
    auto reread = load_spending(store, id);
    if (!reread) return std::unexpected(reread.error());
    out = std::move(*reread);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::optional<std::string>> MonitoringService::attachment_bytes(const Principal& who,
                                                                       const std::string& sha256) {
  if (auto v = require_view(who); !v) return std::unexpected(v.error());
  // Only files attached in monitoring: the content store holds other parts' files too.
  bool attached = false;
  auto ok = repository_.read([&](MonitoringStore& store) -> Status {
    auto reports = store.reports({});
    if (!reports) return std::unexpected(reports.error());
    for (const auto& header : *reports) {
      auto r = store.report(header.id);
      if (!r) return std::unexpected(r.error());
      if (*r)
        for (const auto& a : (*r)->attachments)
          if (a.sha256 == sha256) attached = true;
    }
    if (attached) return {};
    auto spending = store.spendings({});
    if (!spending) return std::unexpected(spending.error());
    for (const auto& s : *spending)
      if (s.attachment && s.attachment->sha256 == sha256) attached = true;
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (!attached) return std::optional<std::string>();
  return surroundings_.file_bytes(sha256);
}

}  // namespace cps::monitoring
