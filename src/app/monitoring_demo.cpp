// Loads the demo monitoring through the monitoring service, each step as the person who takes
// it: the lead partner names the responsible partners, approves the work plan and the budget
// and enters the exchange rates; each partner enters its spending and writes, submits and
// resubmits its reports; the lead partner approves or returns them; the controller verifies
// spending; responsible partners update their activities; partners request changes.
#include "app/monitoring_demo.hpp"

#include <boost/json.hpp>
#include <cmath>

#include "app/demo.hpp"
#include "app/progress.hpp"
#include "domain/monitoring/monitoring_input.hpp"
#include "domain/monitoring/monitoring_service.hpp"

namespace cps::app {

namespace json = boost::json;
using namespace cps::monitoring;
using accounts::Principal;

namespace {

class DemoMonitoring {
 public:
  DemoMonitoring(Services& services, const std::filesystem::path& file, const json::object& root,
                 const DemoPeople& people, const std::map<std::string, accounts::OrganisationId>& organisations)
      : services_(services), file_(file), root_(root), people_(people), organisations_(organisations) {}

  Result<MonitoringDemoReport> load() {
    auto lead = person(demo_text(root_, "lead_partner"));
    if (!lead) return std::unexpected(lead.error());
    lead_ = *lead;
    MonitoringDemoReport report;
    report.added = true;
    if (auto ok = work_plan(); !ok) return std::unexpected(ok.error());
    if (auto ok = budget(); !ok) return std::unexpected(ok.error());
    auto entered = spending();
    if (!entered) return std::unexpected(entered.error());
    report.spending = *entered;
    if (auto ok = reports(report); !ok) return std::unexpected(ok.error());
    auto verified = verify();
    if (!verified) return std::unexpected(verified.error());
    report.verified = *verified;
    auto updated = update_activities();
    if (!updated) return std::unexpected(updated.error());
    report.activities = *updated;
    if (auto ok = changes(); !ok) return std::unexpected(ok.error());
    return report;
  }

 private:
  Error problem(const std::string& what) const { return bad_demo_file(file_, what); }
  Error refused(const std::string& doing, const Error& e) const {
    return problem(doing + ": " + e.message + (e.field.empty() ? "" : " (" + e.field + ")"));
  }

  Result<const Principal*> person(const std::string& email) const {
    const Principal* p = people_.find(email);
    if (!p) return std::unexpected(problem("nobody of the demo partnership has the address " + email));
    return p;
  }

  Result<accounts::OrganisationId> organisation(const std::string& slug) const {
    auto it = organisations_.find(slug);
    if (it == organisations_.end()) return std::unexpected(problem("unknown organisation " + slug));
    return it->second;
  }

  Result<ActivityId> activity(const std::string& code) const {
    auto it = activities_.find(code);
    if (it == activities_.end()) return std::unexpected(problem("no activity of the work plan has the code " + code));
    return it->second;
  }

  // An object of the file with its "partner" slug replaced by the organisation's id.
  Result<json::object> with_partner(const json::object& given) const {
    json::object shaped = given;
    auto id = organisation(demo_text(given, "partner"));
    if (!id) return std::unexpected(id.error());
    shaped["partner"] = id->value();
    return shaped;
  }

  // The lead partner names the responsible partners of each activity, then approves the work
  // plan as its first baseline.
  Status work_plan() {
    auto plan = services_.monitoring.work_plan(*lead_);
    if (!plan) return std::unexpected(refused("reading the work plan", plan.error()));
    const auto* responsible = root_.if_contains("responsible");
    for (const auto& a : plan->activities) {
      activities_[a.code] = a.id;
      if (plan->baseline.work_plan_version > 0 || !responsible || !responsible->is_object()) continue;
      const auto* names = responsible->as_object().if_contains(a.code);
      if (!names || !names->is_array()) continue;
      ActivityInput input{a.code, a.kind, a.texts, a.areas, a.phase, {}, a.periods, a.due, a.status, a.progress,
                          a.status_note};
      for (const auto& slug : names->as_array()) {
        auto id = organisation(slug.is_string() ? std::string(slug.as_string()) : "");
        if (!id) return std::unexpected(id.error());
        input.responsible.push_back(*id);
      }
      if (auto saved = services_.monitoring.save_activity(*lead_, a.id, input); !saved)
        return std::unexpected(refused("naming the partners responsible for " + a.code, saved.error()));
    }
    if (plan->baseline.work_plan_version > 0) return {};
    auto approver = person(demo_text(root_, "work_plan_approved_by"));
    if (!approver) return std::unexpected(approver.error());
    if (auto approved = services_.monitoring.approve_baseline(**approver, PlanPart::work_plan); !approved)
      return std::unexpected(refused("approving the work plan", approved.error()));
    return {};
  }

  // The programme's monthly rates and the planned amounts, then the budget's baseline.
  Status budget() {
    std::vector<ExchangeRate> rates;
    for (const auto& value : demo_list(root_, "rates")) {
      auto rate = read_rate(value);
      if (!rate) return std::unexpected(refused("reading a rate", rate.error()));
      rates.push_back(*rate);
    }
    if (auto saved = services_.monitoring.save_rates(*lead_, rates); !saved)
      return std::unexpected(refused("saving the exchange rates", saved.error()));
    json::array amounts;
    for (const auto& value : demo_list(root_, "planned")) {
      if (!value.is_object()) return std::unexpected(problem("a planned amount is not an object"));
      auto shaped = with_partner(value.as_object());
      if (!shaped) return std::unexpected(shaped.error());
      amounts.push_back(std::move(*shaped));
    }
    auto planned = read_planned_amounts(json::object{{"amounts", std::move(amounts)}});
    if (!planned) return std::unexpected(refused("reading the planned budget", planned.error()));
    if (auto saved = services_.monitoring.save_planned(*lead_, *planned); !saved)
      return std::unexpected(refused("saving the planned budget", saved.error()));
    auto approver = person(demo_text(root_, "budget_approved_by"));
    if (!approver) return std::unexpected(approver.error());
    if (auto approved = services_.monitoring.approve_baseline(**approver, PlanPart::budget); !approved)
      return std::unexpected(refused("approving the budget", approved.error()));
    return {};
  }

  // Each partner's spending, entered before its reports go in (submission fixes the periods).
  Result<std::size_t> spending() {
    const auto& entries = demo_list(root_, "spending");
    ProgressBar bar("Entering the demo spending", entries.size());
    std::size_t done = 0;
    for (const auto& value : entries) {
      if (!value.is_object()) return std::unexpected(problem("a spending entry is not an object"));
      const auto& e = value.as_object();
      auto who = person(demo_text(e, "by"));
      if (!who) return std::unexpected(who.error());
      auto shaped = with_partner(e);
      if (!shaped) return std::unexpected(shaped.error());
      shaped->erase("by");
      shaped->erase("verification");
      auto input = read_spending(*shaped);
      if (!input) return std::unexpected(refused("reading spending of " + demo_text(e, "partner"), input.error()));
      auto id = services_.monitoring.add_spending(**who, *input);
      if (!id) return std::unexpected(refused("entering spending of " + demo_text(e, "partner"), id.error()));
      if (e.contains("verification")) to_verify_.emplace_back(*id, &e);
      bar.update(++done, demo_text(e, "partner"));
    }
    bar.finish();
    return done;
  }

  Result<ReportInput> report_input(const json::object& r) const {
    json::object shaped = demo_only(r, {"period", "activities_done", "outputs", "problems", "next_steps"}).as_object();
    json::array lines;
    for (const auto& line : demo_list(r, "activities")) {
      if (!line.is_object()) return std::unexpected(problem("a report's activity line is not an object"));
      json::object l = line.as_object();
      auto id = activity(demo_text(l, "activity"));
      if (!id) return std::unexpected(id.error());
      l["activity"] = id->value();
      lines.push_back(std::move(l));
    }
    shaped["activities"] = std::move(lines);
    auto input = read_report(shaped);
    if (!input) return std::unexpected(refused("reading a report", input.error()));
    return *input;
  }

  // A report as far as the file takes it: written; submitted; returned (and resubmitted);
  // approved.
  Status reports(MonitoringDemoReport& report) {
    const auto& all = demo_list(root_, "reports");
    ProgressBar bar("Writing the demo progress reports", all.size());
    std::size_t done = 0;
    for (const auto& value : all) {
      if (!value.is_object()) return std::unexpected(problem("a report is not an object"));
      const auto& r = value.as_object();
      std::string label = demo_text(r, "partner") + ", period " + json::serialize(r.at("period"));
      auto writer = person(demo_text(r, "by"));
      if (!writer) return std::unexpected(writer.error());
      auto partner = organisation(demo_text(r, "partner"));
      if (!partner) return std::unexpected(partner.error());
      auto input = report_input(r);
      if (!input) return std::unexpected(input.error());
      auto id = services_.monitoring.create_report(**writer, *partner, *input);
      if (!id) return std::unexpected(refused("writing the report of " + label, id.error()));
      auto current = services_.monitoring.report(**writer, *id);
      if (!current) return std::unexpected(refused("reading back the report of " + label, current.error()));
      std::string status = demo_text(r, "status");
      if (status != "draft") {
        auto submitted = services_.monitoring.submit_report(**writer, *id, current->revision);
        if (!submitted) return std::unexpected(refused("submitting the report of " + label, submitted.error()));
        current = *submitted;
        // A report sent back once and resubmitted unchanged, as partners often do after adding
        // the missing documents.
        if (const auto* before = r.if_contains("returned_before"); before && before->is_object()) {
          auto reviewed = review(before->as_object(), *id, current->revision, ReportDecision::send_back, label);
          if (!reviewed) return std::unexpected(reviewed.error());
          auto again = services_.monitoring.submit_report(**writer, *id, reviewed->revision);
          if (!again) return std::unexpected(refused("resubmitting the report of " + label, again.error()));
          current = *again;
        }
        const auto* decision = r.if_contains("review");
        if (status != "submitted" && decision && decision->is_object()) {
          auto how = status == "approved" ? ReportDecision::approve : ReportDecision::send_back;
          auto reviewed = review(decision->as_object(), *id, current->revision, how, label);
          if (!reviewed) return std::unexpected(reviewed.error());
        }
      }
      ++report.reports_by_status[status];
      bar.update(++done, label);
    }
    bar.finish();
    return {};
  }

  Result<ProgressReport> review(const json::object& decision, ReportId id, int revision, ReportDecision how,
                                const std::string& label) {
    auto reviewer = person(demo_text(decision, "by"));
    if (!reviewer) return std::unexpected(reviewer.error());
    auto reviewed = services_.monitoring.review_report(**reviewer, id, revision, how, demo_text(decision, "note"));
    if (!reviewed) return std::unexpected(refused("reviewing the report of " + label, reviewed.error()));
    return *reviewed;
  }

  // The controller's checks of entries fixed by a submitted report; the eligible part of a
  // verified entry is its share of the fixed euro amount.
  Result<std::size_t> verify() {
    std::size_t done = 0;
    for (const auto& [id, entry] : to_verify_) {
      const auto& v = entry->at("verification").as_object();
      auto controller = person(demo_text(v, "by"));
      if (!controller) return std::unexpected(controller.error());
      auto kind = parse_name(demo_text(v, "verification"), kVerificationNames);
      if (!kind) return std::unexpected(problem("unknown verification " + demo_text(v, "verification")));
      VerificationInput input;
      input.verification = *kind;
      input.note = demo_text(v, "note");
      const auto* share = v.if_contains("verified_share");
      if (*kind == Verification::verified && share && share->is_double() && share->as_double() < 1.0) {
        auto view = services_.monitoring.budget(**controller, SpendingFilter{.period = static_cast<int>(
                                                                                 entry->at("period").as_int64())});
        if (!view) return std::unexpected(refused("reading spending back", view.error()));
        for (const auto& s : view->spending)
          if (s.id == id && s.euro) input.verified_euro = Cents{std::llround(double(s.euro->value) * share->as_double())};
      }
      if (auto verified = services_.monitoring.verify_spending(**controller, id, input); !verified)
        return std::unexpected(refused("verifying spending of " + demo_text(*entry, "partner"), verified.error()));
      ++done;
    }
    return done;
  }

  // Status and progress as the responsible partners and coordinators last gave them.
  Result<std::size_t> update_activities() {
    std::size_t done = 0;
    for (const auto& value : demo_list(root_, "activities")) {
      if (!value.is_object()) return std::unexpected(problem("an activity update is not an object"));
      const auto& a = value.as_object();
      auto who = person(demo_text(a, "by"));
      if (!who) return std::unexpected(who.error());
      auto id = activity(demo_text(a, "activity"));
      if (!id) return std::unexpected(id.error());
      auto update = read_activity_update(demo_only(a, {"status", "progress", "status_note"}));
      if (!update) return std::unexpected(refused("reading an activity update", update.error()));
      if (auto saved = services_.monitoring.update_activity(**who, *id, *update); !saved)
        return std::unexpected(refused("updating " + demo_text(a, "activity"), saved.error()));
      ++done;
    }
    return done;
  }

  // Change requests on the approved baselines, and the lead partner's decision where given.
  Status changes() {
    for (const auto& value : demo_list(root_, "plan_changes")) {
      if (!value.is_object()) return std::unexpected(problem("a change request is not an object"));
      const auto& c = value.as_object();
      auto who = person(demo_text(c, "by"));
      if (!who) return std::unexpected(who.error());
      json::object shaped = demo_only(c, {"part", "reason", "activities"}).as_object();
      json::array amounts;
      for (const auto& a : demo_list(c, "amounts")) {
        if (!a.is_object()) return std::unexpected(problem("a changed amount is not an object"));
        auto with = with_partner(a.as_object());
        if (!with) return std::unexpected(with.error());
        amounts.push_back(std::move(*with));
      }
      shaped["amounts"] = std::move(amounts);
      auto change = read_plan_change(shaped);
      if (!change) return std::unexpected(refused("reading a change request", change.error()));
      auto id = services_.monitoring.request_change(**who, *change);
      if (!id) return std::unexpected(refused("requesting a change", id.error()));
      const auto* decision = c.if_contains("decision");
      if (!decision || !decision->is_object()) continue;
      const auto& d = decision->as_object();
      auto decider = person(demo_text(d, "by"));
      if (!decider) return std::unexpected(decider.error());
      auto how = demo_text(d, "decision") == "approve" ? Decision::approve : Decision::reject;
      if (auto decided = services_.monitoring.decide_change(**decider, *id, how, demo_text(d, "note")); !decided)
        return std::unexpected(refused("deciding a change request", decided.error()));
    }
    return {};
  }

  Services& services_;
  const std::filesystem::path& file_;
  const json::object& root_;
  const DemoPeople& people_;
  const std::map<std::string, accounts::OrganisationId>& organisations_;
  const Principal* lead_ = nullptr;
  std::map<std::string, ActivityId> activities_;
  std::vector<std::pair<SpendingId, const json::object*>> to_verify_;
};

}  // namespace

Result<MonitoringDemoReport> load_demo_monitoring(Services& services, const std::filesystem::path& file) {
  auto loaded = read_demo_json(file);
  if (!loaded) return std::unexpected(loaded.error());
  if (!loaded->is_object()) return std::unexpected(bad_demo_file(file, "it is not a JSON object"));
  const auto& root = loaded->as_object();
  const Principal platform = accounts::AccountService::command_line();
  auto users = services.accounts.users(platform);
  if (!users) return std::unexpected(users.error());
  auto organisations = services.organisations.directory(platform, {});
  if (!organisations) return std::unexpected(organisations.error());
  std::map<std::string, accounts::OrganisationId> organisation_by_slug;
  for (const auto& o : *organisations) organisation_by_slug[o.slug] = o.id;
  const DemoPeople people(*users);

  // Loaded once: a partnership with progress reports keeps its own monitoring.
  const Principal* lead = people.find(demo_text(root, "lead_partner"));
  if (!lead) return std::unexpected(bad_demo_file(file, "the lead partner is not among the demo people"));
  auto existing = services.monitoring.reports(*lead, {});
  if (!existing) return std::unexpected(existing.error());
  if (!existing->empty()) {
    MonitoringDemoReport report;
    for (const auto& r : *existing) ++report.reports_by_status[std::string(to_string(r.status))];
    return report;
  }
  DemoMonitoring monitoring(services, file, root, people, organisation_by_slug);
  return monitoring.load();
}

}  // namespace cps::app
