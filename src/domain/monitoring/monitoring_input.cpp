// Reading monitoring's input shapes and the rules on them (see monitoring_input.hpp).
#include "domain/monitoring/monitoring_input.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>

#include "core/text.hpp"
#include "domain/monitoring/input_fields.hpp"
#include "i18n/catalogue.hpp"

namespace cps::monitoring {

namespace json = boost::json;
using i18n::N_;
using namespace fields;

namespace {

constexpr const char* kPeriodNumbers = N_("Reporting periods are numbered 1 to 6.");
constexpr const char* kDate = N_("Enter a date as YYYY-MM-DD that exists.");
constexpr const char* kAmount = N_("Enter the amount as a number with at most two decimals, e.g. 1234.50.");
constexpr const char* kCurrency = N_("Choose a currency from the list: EUR, RON, HUF, BGN, RSD, ALL, MKD, BAM, MDL, UAH.");
constexpr const char* kProgress = N_("Progress is a whole number from 0 to 100.");
constexpr const char* kStatus = N_("Use not_started, on_track, at_risk, delayed, done or cancelled.");

// The list at `key` of a {key: […]} object, or the value itself when it is a list.
Result<const json::array*> list_or_bare(const json::value& value, std::string_view key) {
  if (value.is_array()) return &value.as_array();
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  return list(**o, key, "");
}

std::string at(std::string_view list, std::size_t i) {
  return std::string(list) + "." + std::to_string(i) + ".";
}

bool is_code(std::string_view code) {
  if (code.empty() || code.size() > 20) return false;
  return std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
           c == '_';
  });
}

bool is_area(const AreaCode& area) {
  return std::find(std::begin(accounts::kWorkingGroups), std::end(accounts::kWorkingGroups), area.str()) !=
         std::end(accounts::kWorkingGroups);
}

const ReportingPeriod* find_period(const std::vector<ReportingPeriod>& periods, int number) {
  for (const auto& p : periods)
    if (p.number == number) return &p;
  return nullptr;
}

Result<ActivityProgress> read_progress_line(const json::value& value, const std::string& where) {
  auto o = object_of(value, where.substr(0, where.size() - 1));
  if (!o) return std::unexpected(o.error());
  ActivityProgress line;
  auto activity = whole(**o, "activity", where, 0, N_("Choose an activity from the work plan."));
  if (!activity) return std::unexpected(activity.error());
  if (*activity <= 0) return fail(ErrorKind::invalid, N_("Choose an activity from the work plan."), where + "activity");
  line.activity = ActivityId(*activity);
  auto progress = whole(**o, "progress", where, 0, kProgress);
  if (!progress) return std::unexpected(progress.error());
  if (*progress < 0 || *progress > 100) return fail(ErrorKind::invalid, kProgress, where + "progress");
  line.progress = int(*progress);
  auto note = text(**o, "note", where);
  if (!note) return std::unexpected(note.error());
  line.note = *note;
  return line;
}

std::optional<double> parse_rate(std::string_view typed) {
  std::string t(text::trim_view(typed));
  std::replace(t.begin(), t.end(), ',', '.');
  double value = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
  if (t.empty() || ec != std::errc() || end != t.data() + t.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

Status check_rate(const ExchangeRate& rate, const std::string& where) {
  if (!is_currency(rate.currency.str())) return fail(ErrorKind::invalid, kCurrency, where + "currency");
  if (!is_month(rate.month)) return fail(ErrorKind::invalid, N_("Enter a month as YYYY-MM."), where + "month");
  if (!(rate.per_euro > 0) || rate.per_euro > 1e9)
    return fail(ErrorKind::invalid, N_("A rate is a number above zero: units of the currency for one euro."),
                where + "per_euro");
  if (rate.currency.str() == "EUR" && rate.per_euro != 1)
    return fail(ErrorKind::invalid, N_("The rate of the euro is always 1."), where + "per_euro");
  return {};
}

}  // namespace

Result<std::vector<ReportingPeriod>> read_periods(const json::value& value) {
  auto l = list_or_bare(value, "periods");
  if (!l) return std::unexpected(l.error());
  std::vector<ReportingPeriod> out;
  for (std::size_t i = 0; i < (*l)->size(); ++i) {
    std::string where = at("periods", i);
    auto o = object_of((**l)[i], where.substr(0, where.size() - 1));
    if (!o) return std::unexpected(o.error());
    ReportingPeriod p;
    auto number = whole(**o, "number", where, 0, kPeriodNumbers);
    if (!number) return std::unexpected(number.error());
    if (*number < 1 || *number > kPeriods) return fail(ErrorKind::invalid, kPeriodNumbers, where + "number");
    p.number = int(*number);
    for (auto [key, into] : {std::pair{"starts", &p.starts}, {"ends", &p.ends}, {"report_due", &p.report_due}}) {
      auto t = text(**o, key, where);
      if (!t) return std::unexpected(t.error());
      *into = *t;
    }
    out.push_back(std::move(p));
  }
  return out;
}

Status check_periods(const std::vector<ReportingPeriod>& periods) {
  for (std::size_t i = 0; i < periods.size(); ++i) {
    const auto& p = periods[i];
    std::string where = at("periods", i);
    if (p.number < 1 || p.number > kPeriods) return fail(ErrorKind::unprocessable, kPeriodNumbers, where + "number");
    for (std::size_t j = 0; j < i; ++j)
      if (periods[j].number == p.number)
        return fail(ErrorKind::unprocessable, N_("Give each reporting period once."), where + "number");
    if (!is_date(p.starts)) return fail(ErrorKind::unprocessable, kDate, where + "starts");
    if (!is_date(p.ends)) return fail(ErrorKind::unprocessable, kDate, where + "ends");
    if (!is_date(p.report_due)) return fail(ErrorKind::unprocessable, kDate, where + "report_due");
    if (p.ends < p.starts)
      return fail(ErrorKind::unprocessable, N_("A reporting period cannot end before it starts."), where + "ends");
    if (p.report_due < p.ends)
      return fail(ErrorKind::unprocessable, N_("A report cannot be due before its period ends."),
                  where + "report_due");
  }
  for (std::size_t i = 0; i < periods.size(); ++i)
    for (std::size_t j = 0; j < periods.size(); ++j) {
      const auto& a = periods[i];
      const auto& b = periods[j];
      if (a.number >= b.number) continue;
      if (a.starts <= b.ends && b.starts <= a.ends)
        return fail(ErrorKind::unprocessable,
                    text::fill(N_("Reporting periods {first} and {second} overlap."),
                               {{"first", std::to_string(a.number)}, {"second", std::to_string(b.number)}}),
                    at("periods", j) + "starts");
    }
  return {};
}

Result<ActivityInput> read_activity(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  ActivityInput a;
  auto code = text(**o, "code", "");
  if (!code) return std::unexpected(code.error());
  a.code = *code;
  auto kind = name(**o, "kind", "", kActivityKindNames, ActivityKind::activity, N_("Use activity or deliverable."));
  if (!kind) return std::unexpected(kind.error());
  a.kind = *kind;
  auto texts = activity_texts(**o, "");
  if (!texts) return std::unexpected(texts.error());
  a.texts = std::move(*texts);
  auto areas = fields::texts(**o, "areas", "");
  if (!areas) return std::unexpected(areas.error());
  for (auto& area : *areas)
    if (std::find(a.areas.begin(), a.areas.end(), AreaCode(area)) == a.areas.end()) a.areas.emplace_back(area);
  auto phase = name(**o, "phase", "", kPhaseNames, Phase::management,
                    N_("Use management, communication, platform, analysis, learning, testing or joint_action."));
  if (!phase) return std::unexpected(phase.error());
  a.phase = *phase;
  auto responsible = numbers(**o, "responsible", "", N_("Choose a partner from the list."));
  if (!responsible) return std::unexpected(responsible.error());
  for (int id : *responsible) {
    accounts::OrganisationId partner(id);
    if (std::find(a.responsible.begin(), a.responsible.end(), partner) == a.responsible.end())
      a.responsible.push_back(partner);
  }
  auto periods = numbers(**o, "periods", "", kPeriodNumbers);
  if (!periods) return std::unexpected(periods.error());
  a.periods = std::move(*periods);
  std::sort(a.periods.begin(), a.periods.end());
  a.periods.erase(std::unique(a.periods.begin(), a.periods.end()), a.periods.end());
  auto due = text(**o, "due", "");
  if (!due) return std::unexpected(due.error());
  a.due = *due;
  auto status = name(**o, "status", "", kActivityStatusNames, ActivityStatus::not_started, kStatus);
  if (!status) return std::unexpected(status.error());
  a.status = *status;
  auto progress = whole(**o, "progress", "", 0, kProgress);
  if (!progress) return std::unexpected(progress.error());
  if (*progress < 0 || *progress > 100) return fail(ErrorKind::invalid, kProgress, "progress");
  a.progress = int(*progress);
  auto note = text(**o, "status_note", "");
  if (!note) return std::unexpected(note.error());
  a.status_note = *note;
  return a;
}

Status check_activity(const ActivityInput& input, const std::vector<ReportingPeriod>& periods) {
  if (input.code.empty()) return fail(ErrorKind::unprocessable, N_("Give the activity a code."), "code");
  if (!is_code(input.code))
    return fail(ErrorKind::unprocessable, N_("A code has at most 20 letters, digits, dots and dashes."), "code");
  if (std::none_of(input.texts.begin(), input.texts.end(),
                   [](const ActivityText& t) { return t.language == "en" && !t.title.empty(); }))
    return fail(ErrorKind::unprocessable, N_("Give the activity an English title."), "texts");
  for (std::size_t i = 0; i < input.areas.size(); ++i)
    if (!is_area(input.areas[i]))
      return fail(ErrorKind::unprocessable, "Choose a thematic area from the list.", "areas." + std::to_string(i));
  for (std::size_t i = 0; i < input.periods.size(); ++i) {
    int n = input.periods[i];
    if (n < 1 || n > kPeriods || (!periods.empty() && !find_period(periods, n)))
      return fail(ErrorKind::unprocessable, kPeriodNumbers, "periods." + std::to_string(i));
  }
  if (input.progress < 0 || input.progress > 100) return fail(ErrorKind::unprocessable, kProgress, "progress");
  if (!input.due.empty()) {
    if (!is_date(input.due)) return fail(ErrorKind::unprocessable, kDate, "due");
    if (!input.periods.empty())
      if (const auto* last = find_period(periods, input.periods.back());
          last && (input.due < last->starts || input.due > last->ends))
        return fail(ErrorKind::unprocessable, N_("The due date must fall inside the last period the activity runs in."),
                    "due");
  }
  return {};
}

Result<ActivityUpdate> read_activity_update(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  ActivityUpdate u;
  if (!(*o)->if_contains("status")) return fail(ErrorKind::invalid, kStatus, "status");
  auto status = name(**o, "status", "", kActivityStatusNames, ActivityStatus::not_started, kStatus);
  if (!status) return std::unexpected(status.error());
  u.status = *status;
  auto progress = whole(**o, "progress", "", 0, kProgress);
  if (!progress) return std::unexpected(progress.error());
  if (*progress < 0 || *progress > 100) return fail(ErrorKind::invalid, kProgress, "progress");
  u.progress = int(*progress);
  auto note = text(**o, "status_note", "");
  if (!note) return std::unexpected(note.error());
  u.status_note = *note;
  return u;
}

Result<ReportInput> read_report(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  ReportInput r;
  auto period = whole(**o, "period", "", 0, kPeriodNumbers);
  if (!period) return std::unexpected(period.error());
  if (*period < 0 || *period > kPeriods) return fail(ErrorKind::invalid, kPeriodNumbers, "period");
  r.period = int(*period);
  for (auto [key, into] : {std::pair{"activities_done", &r.activities_done}, {"outputs", &r.outputs},
                           {"problems", &r.problems}, {"next_steps", &r.next_steps}}) {
    auto t = text(**o, key, "");
    if (!t) return std::unexpected(t.error());
    *into = *t;
  }
  auto lines = list(**o, "activities", "");
  if (!lines) return std::unexpected(lines.error());
  for (std::size_t i = 0; i < (*lines)->size(); ++i) {
    auto line = read_progress_line((**lines)[i], at("activities", i));
    if (!line) return std::unexpected(line.error());
    for (const auto& other : r.activities)
      if (other.activity == line->activity)
        return fail(ErrorKind::invalid, N_("Report on each activity once."), at("activities", i) + "activity");
    r.activities.push_back(std::move(*line));
  }
  return r;
}

Result<std::vector<PlannedAmount>> read_planned_amounts(const json::value& value) {
  auto l = list_or_bare(value, "amounts");
  if (!l) return std::unexpected(l.error());
  std::vector<PlannedAmount> out;
  for (std::size_t i = 0; i < (*l)->size(); ++i) {
    auto a = planned_amount((**l)[i], at("amounts", i));
    if (!a) return std::unexpected(a.error());
    out.push_back(*a);
  }
  return out;
}

Result<ExchangeRate> read_rate(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  ExchangeRate rate;
  auto currency = text(**o, "currency", "");
  if (!currency) return std::unexpected(currency.error());
  rate.currency = CurrencyCode(text::to_upper_ascii(*currency));
  auto month = text(**o, "month", "");
  if (!month) return std::unexpected(month.error());
  rate.month = *month;
  auto* v = (*o)->if_contains("per_euro");
  if (v && v->is_double()) rate.per_euro = v->as_double();
  else if (v && v->is_int64()) rate.per_euro = double(v->as_int64());
  else if (v && v->is_string()) rate.per_euro = parse_rate(std::string_view(v->as_string())).value_or(0);
  if (auto ok = check_rate(rate, ""); !ok) return std::unexpected(ok.error());
  return rate;
}

Result<std::vector<ExchangeRate>> read_rates_table(const std::vector<std::vector<std::string>>& rows) {
  constexpr const char* kHeader = N_("The first row must name the columns currency, month and per_euro.");
  if (rows.empty()) return fail(ErrorKind::invalid, kHeader, "rows.0");
  std::optional<std::size_t> currency, month, per_euro;
  for (std::size_t c = 0; c < rows[0].size(); ++c) {
    auto name = text::to_lower_ascii(text::trim_view(rows[0][c]));
    if (name == "currency") currency = c;
    if (name == "month") month = c;
    if (name == "per_euro") per_euro = c;
  }
  if (!currency || !month || !per_euro) return fail(ErrorKind::invalid, kHeader, "rows.0");
  std::vector<ExchangeRate> out;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    if (std::all_of(row.begin(), row.end(), [](const std::string& cell) { return text::trim_view(cell).empty(); }))
      continue;
    auto cell = [&](std::size_t c) { return c < row.size() ? text::trim(row[c]) : std::string(); };
    ExchangeRate rate;
    rate.currency = CurrencyCode(text::to_upper_ascii(cell(*currency)));
    rate.month = cell(*month);
    rate.per_euro = parse_rate(cell(*per_euro)).value_or(0);
    if (auto ok = check_rate(rate, "rows." + std::to_string(r) + "."); !ok) return std::unexpected(ok.error());
    std::erase_if(out, [&](const ExchangeRate& e) { return e.currency == rate.currency && e.month == rate.month; });
    out.push_back(std::move(rate));
  }
  return out;
}

Result<SpendingInput> read_spending(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  SpendingInput s;
  auto partner = whole(**o, "partner", "", 0, N_("Choose a partner from the list."));
  if (!partner) return std::unexpected(partner.error());
  if (*partner < 0) return fail(ErrorKind::invalid, N_("Choose a partner from the list."), "partner");
  if (*partner > 0) s.partner = accounts::OrganisationId(*partner);
  auto category = name(**o, "category", "", kCostCategoryNames, CostCategory::staff,
                       N_("Choose a cost category from the list."));
  if (!category) return std::unexpected(category.error());
  s.category = *category;
  auto period = whole(**o, "period", "", 0, kPeriodNumbers);
  if (!period) return std::unexpected(period.error());
  if (*period < 0 || *period > 1000) return fail(ErrorKind::invalid, kPeriodNumbers, "period");
  s.period = int(*period);
  for (auto [key, into] :
       {std::pair{"date", &s.date}, {"description", &s.description}, {"invoice_number", &s.invoice_number},
        {"invoice_date", &s.invoice_date}, {"payment_date", &s.payment_date},
        {"procurement_reference", &s.procurement_reference}, {"cofinancing", &s.cofinancing},
        {"document", &s.document}}) {
    auto t = text(**o, key, "");
    if (!t) return std::unexpected(t.error());
    *into = *t;
  }
  auto amount = fields::amount(**o, "amount", "", kAmount);
  if (!amount) return std::unexpected(amount.error());
  if (!*amount) return fail(ErrorKind::invalid, kAmount, "amount");
  s.amount = **amount;
  auto vat = fields::amount(**o, "vat", "", kAmount);
  if (!vat) return std::unexpected(vat.error());
  s.vat = vat->value_or(Cents{0});
  auto currency = text(**o, "currency", "");
  if (!currency) return std::unexpected(currency.error());
  s.currency = CurrencyCode(currency->empty() ? std::string("EUR") : text::to_upper_ascii(*currency));
  return s;
}

Status check_spending(const SpendingInput& input) {
  if (input.amount.value <= 0)
    return fail(ErrorKind::unprocessable, N_("Spending cannot be negative or zero."), "amount");
  if (input.vat.value < 0 || input.vat > input.amount)
    return fail(ErrorKind::unprocessable, N_("The VAT cannot be negative or more than the amount."), "vat");
  if (!is_currency(input.currency.str())) return fail(ErrorKind::unprocessable, kCurrency, "currency");
  if (input.period < 1 || input.period > kPeriods) return fail(ErrorKind::unprocessable, kPeriodNumbers, "period");
  if (!is_date(input.date)) return fail(ErrorKind::unprocessable, kDate, "date");
  if (!input.invoice_date.empty() && !is_date(input.invoice_date))
    return fail(ErrorKind::unprocessable, kDate, "invoice_date");
  if (!input.payment_date.empty() && !is_date(input.payment_date))
    return fail(ErrorKind::unprocessable, kDate, "payment_date");
  if (!input.invoice_date.empty() && !input.payment_date.empty() && input.payment_date < input.invoice_date)
    return fail(ErrorKind::unprocessable, N_("An invoice cannot be paid before its date."), "payment_date");
  if (input.description.empty()) return fail(ErrorKind::unprocessable, N_("Describe the expense."), "description");
  return {};
}

Result<VerificationInput> read_verification(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  VerificationInput v;
  auto verification = name(**o, "verification", "", kVerificationNames, Verification::verified,
                           N_("Use pending, verified or ineligible."));
  if (!verification) return std::unexpected(verification.error());
  v.verification = *verification;
  const char* euro_message = N_("Enter an amount in euro with at most two decimals, not below zero.");
  auto euro = amount(**o, "verified_euro", "", euro_message);
  if (!euro) return std::unexpected(euro.error());
  if (*euro && (*euro)->value < 0) return fail(ErrorKind::invalid, euro_message, "verified_euro");
  v.verified_euro = *euro;
  auto note = text(**o, (*o)->if_contains("controller_note") ? "controller_note" : "note", "");
  if (!note) return std::unexpected(note.error());
  v.note = *note;
  if (v.verification == Verification::ineligible && v.note.empty())
    return fail(ErrorKind::unprocessable, N_("Say why the expense is ineligible."), "controller_note");
  return v;
}

Result<PlanChange> read_plan_change(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  PlanChange c;
  if (!(*o)->if_contains("part")) return fail(ErrorKind::invalid, N_("Use work_plan or budget."), "part");
  auto part = name(**o, "part", "", kPlanPartNames, PlanPart::work_plan, N_("Use work_plan or budget."));
  if (!part) return std::unexpected(part.error());
  c.part = *part;
  auto reason = text(**o, "reason", "");
  if (!reason) return std::unexpected(reason.error());
  c.reason = *reason;
  if (c.reason.empty()) return fail(ErrorKind::unprocessable, N_("Give the reason for the change."), "reason");
  if (c.part == PlanPart::work_plan) {
    auto l = list(**o, "activities", "");
    if (!l) return std::unexpected(l.error());
    for (std::size_t i = 0; i < (*l)->size(); ++i) {
      std::string where = at("activities", i);
      auto a = object_of((**l)[i], where.substr(0, where.size() - 1));
      if (!a) return std::unexpected(a.error());
      ActivityChange change;
      auto code = text(**a, "activity", where);
      if (!code) return std::unexpected(code.error());
      if (code->empty())
        return fail(ErrorKind::invalid, N_("Choose an activity from the work plan."), where + "activity");
      change.activity = *code;
      auto due = text(**a, "due", where);
      if (!due) return std::unexpected(due.error());
      if (!due->empty() && !is_date(*due)) return fail(ErrorKind::unprocessable, kDate, where + "due");
      change.due = *due;
      auto periods = numbers(**a, "periods", where, kPeriodNumbers);
      if (!periods) return std::unexpected(periods.error());
      for (std::size_t p = 0; p < periods->size(); ++p)
        if ((*periods)[p] < 1 || (*periods)[p] > kPeriods)
          return fail(ErrorKind::unprocessable, kPeriodNumbers, where + "periods." + std::to_string(p));
      std::sort(periods->begin(), periods->end());
      periods->erase(std::unique(periods->begin(), periods->end()), periods->end());
      change.periods = std::move(*periods);
      c.activities.push_back(std::move(change));
    }
    if (c.activities.empty())
      return fail(ErrorKind::unprocessable, N_("Name at least one change of the work plan."), "activities");
  } else {
    auto l = list(**o, "amounts", "");
    if (!l) return std::unexpected(l.error());
    for (std::size_t i = 0; i < (*l)->size(); ++i) {
      auto a = planned_amount((**l)[i], at("amounts", i));
      if (!a) return std::unexpected(a.error());
      c.amounts.push_back(*a);
    }
    if (c.amounts.empty())
      return fail(ErrorKind::unprocessable, N_("Name at least one change of the budget."), "amounts");
  }
  return c;
}

Result<std::vector<IndicatorTarget>> read_targets(const json::value& value) {
  auto l = list_or_bare(value, "targets");
  if (!l) return std::unexpected(l.error());
  std::vector<IndicatorTarget> out;
  for (std::size_t i = 0; i < (*l)->size(); ++i) {
    std::string where = at("targets", i);
    auto o = object_of((**l)[i], where.substr(0, where.size() - 1));
    if (!o) return std::unexpected(o.error());
    IndicatorTarget t;
    constexpr const char* kMeasured = N_("Choose a measured figure from the list.");
    if (!(*o)->if_contains("measured")) return fail(ErrorKind::invalid, kMeasured, where + "measured");
    auto measured = name(**o, "measured", where, kMeasuredNames, Measured::practices_published, kMeasured);
    if (!measured) return std::unexpected(measured.error());
    t.measured = *measured;
    for (const auto& other : out)
      if (other.measured == t.measured)
        return fail(ErrorKind::invalid, N_("Give each figure's target once."), where + "measured");
    constexpr const char* kTarget = N_("A target is a whole number, zero or more.");
    auto target = whole(**o, "target", where, 0, kTarget);
    if (!target) return std::unexpected(target.error());
    if (*target < 0) return fail(ErrorKind::invalid, kTarget, where + "target");
    t.target = *target;
    auto code = text(**o, "programme_code", where);
    if (!code) return std::unexpected(code.error());
    if (code->size() > 20)
      return fail(ErrorKind::invalid, N_("A programme indicator code is short, e.g. RCO 87."), where + "programme_code");
    t.programme_code = *code;
    out.push_back(std::move(t));
  }
  return out;
}

std::optional<Cents> parse_amount(std::string_view typed) {
  auto t = text::trim_view(typed);
  bool negative = false;
  if (!t.empty() && (t.front() == '-' || t.front() == '+')) {
    negative = t.front() == '-';
    t = text::trim_view(t.substr(1));
  }
  // Digits and separators only; spaces (also the no-break ones) group thousands.
  std::string s;
  for (std::size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if ((c >= '0' && c <= '9') || c == '.' || c == ',') s += c;
    else if (c == ' ' || c == '\'') continue;
    else if (t.substr(i, 2) == "\xC2\xA0") ++i;
    else if (t.substr(i, 3) == "\xE2\x80\xAF") i += 2;
    else return std::nullopt;
  }
  if (s.empty() || !std::isdigit(static_cast<unsigned char>(s.front()))) return std::nullopt;
  auto dots = std::count(s.begin(), s.end(), '.');
  auto commas = std::count(s.begin(), s.end(), ',');
  char decimal = 0;
  if (dots && commas) {
    decimal = s.find_last_of(".,") == s.rfind('.') ? '.' : ',';
  } else if (dots + commas == 1) {
    char c = dots ? '.' : ',';
    auto pos = s.find(c);
    // "1,234" and "1.234" group thousands, as people write them; "0,125" is not a grouping.
    bool grouping = s.size() - pos - 1 == 3 && pos <= 3 && s.front() != '0';
    decimal = grouping ? 0 : c;
  }
  std::string whole_part = s, fraction;
  if (decimal) {
    if (std::count(s.begin(), s.end(), decimal) != 1) return std::nullopt;
    auto pos = s.find(decimal);
    whole_part = s.substr(0, pos);
    fraction = s.substr(pos + 1);
    if (fraction.empty() || fraction.size() > 2 || fraction.find_first_of(".,") != std::string::npos)
      return std::nullopt;
  }
  // Groups of three digits after the first when the whole part is grouped.
  std::string digits;
  std::size_t group = 0;
  bool grouped = false;
  for (std::size_t i = 0; i < whole_part.size(); ++i) {
    char c = whole_part[i];
    if (c == '.' || c == ',') {
      if ((grouped && group != 3) || (!grouped && (group == 0 || group > 3))) return std::nullopt;
      grouped = true;
      group = 0;
      continue;
    }
    digits += c;
    ++group;
  }
  if (grouped && group != 3) return std::nullopt;
  if (digits.empty() || digits.size() > 13) return std::nullopt;
  while (fraction.size() < 2) fraction += '0';
  std::int64_t value = 0;
  for (char c : digits + fraction) value = value * 10 + (c - '0');
  return Cents{negative ? -value : value};
}

std::string format_amount(Cents amount) {
  std::int64_t v = amount.value;
  bool negative = v < 0;
  std::uint64_t a = negative ? std::uint64_t(-(v + 1)) + 1 : std::uint64_t(v);
  std::string cents = std::to_string(a % 100);
  if (cents.size() < 2) cents = "0" + cents;
  return (negative ? "-" : "") + std::to_string(a / 100) + "." + cents;
}

bool is_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (text[i] < '0' || text[i] > '9') return false;
  int y = std::stoi(text.substr(0, 4));
  unsigned m = unsigned(std::stoi(text.substr(5, 2))), d = unsigned(std::stoi(text.substr(8, 2)));
  return std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}.ok();
}

bool is_month(const std::string& text) {
  if (text.size() != 7 || text[4] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6})
    if (text[i] < '0' || text[i] > '9') return false;
  int m = std::stoi(text.substr(5, 2));
  return m >= 1 && m <= 12;
}

}  // namespace cps::monitoring
