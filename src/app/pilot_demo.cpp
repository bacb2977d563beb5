// Loads the demo pilots through the pilot service, each step as the person who takes it: the
// lead organisation's staff open the pilot, write its logframe and indicators, record values
// period by period, milestones and risks; the lead partner approves the baseline and decides
// modifications; evaluators from other organisations evaluate at mid-term and at the end.
#include "app/pilot_demo.hpp"

#include <boost/json.hpp>
#include <set>

#include "app/demo.hpp"
#include "app/progress.hpp"
#include "domain/accounts/policy.hpp"
#include "domain/pilot/pilot_input.hpp"
#include "domain/pilot/pilot_service.hpp"

namespace cps::app {

namespace json = boost::json;
using namespace cps::pilot;
using accounts::Principal;

namespace {

// One pilot of the file taken as far as the file says.
class DemoPilot {
 public:
  DemoPilot(Services& services, const std::filesystem::path& file, const json::object& entry, const DemoPeople& people,
            const std::map<std::string, accounts::OrganisationId>& organisations)
      : services_(services), file_(file), entry_(entry), people_(people), organisations_(organisations) {
    key_ = demo_text(entry, "key");
  }

  Result<PilotStatus> load() {
    auto runner = person(demo_text(entry_, "run_by"));
    if (!runner) return std::unexpected(runner.error());
    const Principal& run_by = **runner;
    auto* given = entry_.if_contains("pilot");
    if (!given || !given->is_object()) return std::unexpected(problem("it has no pilot description"));
    auto goal = parse_name(demo_text(given->as_object(), "status"), kPilotStatusNames);
    if (!goal) return std::unexpected(problem("unknown status " + demo_text(given->as_object(), "status")));
    // Evaluations and the end come after the values, so a pilot that ended starts as running.
    bool ended = *goal == PilotStatus::completed || *goal == PilotStatus::stopped;
    if (auto ok = open(run_by, given->as_object(), ended ? PilotStatus::running : *goal); !ok)
      return std::unexpected(ok.error());
    if (auto ok = plan(run_by); !ok) return std::unexpected(ok.error());
    if (std::string approver = demo_text(entry_, "baseline_approved_by"); !approver.empty()) {
      auto who = person(approver);
      if (!who) return std::unexpected(who.error());
      if (auto ok = keep(services_.pilots.approve_baseline(**who, id_, revision_), "approving the baseline"); !ok)
        return std::unexpected(ok.error());
    }
    if (auto ok = record(run_by); !ok) return std::unexpected(ok.error());
    if (auto ok = evaluate(EvaluationStage::mid_term); !ok) return std::unexpected(ok.error());
    if (auto ok = modify(); !ok) return std::unexpected(ok.error());
    if (ended) {
      if (auto ok = end(run_by, *goal); !ok) return std::unexpected(ok.error());
      if (auto ok = evaluate(EvaluationStage::final_evaluation); !ok) return std::unexpected(ok.error());
    }
    return *goal;
  }

 private:
  Error problem(const std::string& what) const { return bad_demo_file(file_, key_ + ": " + what); }
  Error refused(const std::string& doing, const Error& e) const {
    return problem(doing + ": " + e.message + (e.field.empty() ? "" : " (" + e.field + ")"));
  }

  Result<const Principal*> person(const std::string& email) const {
    const Principal* p = people_.find(email);
    if (!p) return std::unexpected(problem("nobody of the demo partnership has the address " + email));
    return p;
  }

  Result<std::int64_t> organisation(const std::string& slug) const {
    auto it = organisations_.find(slug);
    if (it == organisations_.end()) return std::unexpected(problem("unknown organisation " + slug));
    return it->second.value();
  }

  // Every change answers with the pilot; the next change starts from its revision.
  Status keep(const Result<Pilot>& changed, const std::string& doing) {
    if (!changed) return std::unexpected(refused(doing, changed.error()));
    revision_ = changed->revision;
    return {};
  }

  // The description in the reader's shape: organisations and knowledge items are named in the
  // file by their slugs.
  Status open(const Principal& who, const json::object& given, PilotStatus status) {
    json::object shaped = given;
    shaped["status"] = to_string(status);
    auto lead = organisation(demo_text(given, "lead"));
    if (!lead) return std::unexpected(lead.error());
    shaped["lead"] = *lead;
    json::array participants;
    for (const auto& p : demo_list(given, "participants")) {
      auto id = organisation(p.is_string() ? std::string(p.as_string()) : "");
      if (!id) return std::unexpected(id.error());
      participants.emplace_back(*id);
    }
    shaped["participants"] = std::move(participants);
    json::array transfers;
    for (const auto& t : demo_list(given, "transfers")) {
      if (!t.is_object()) return std::unexpected(problem("a transfer is not an object"));
      std::string slug = demo_text(t.as_object(), "item");
      auto item = services_.knowledge_repository.find_by_slug(slug);
      if (!item) return std::unexpected(item.error());
      if (!*item) return std::unexpected(problem("no knowledge item has the slug " + slug));
      json::object transfer{{"item", (*item)->id.value()}};
      if (std::string from = demo_text(t.as_object(), "from_organisation"); !from.empty()) {
        auto id = organisation(from);
        if (!id) return std::unexpected(id.error());
        transfer["from_organisation"] = *id;
      }
      transfers.push_back(std::move(transfer));
    }
    shaped["transfers"] = std::move(transfers);
    auto input = read_pilot(shaped);
    if (!input) return std::unexpected(refused("reading its description", input.error()));
    auto id = services_.pilots.create(who, *input);
    if (!id) return std::unexpected(refused("creating it", id.error()));
    id_ = *id;
    auto created = services_.pilots.pilot(who, id_, "en");
    if (!created) return std::unexpected(refused("reading it back", created.error()));
    revision_ = created->revision;
    return {};
  }

  // The logframe first, then the indicators that measure its entries.
  Status plan(const Principal& who) {
    auto logframe = read_logframe(json::object{{"logframe", demo_list(entry_, "logframe")}});
    if (!logframe) return std::unexpected(refused("reading its logframe", logframe.error()));
    if (auto ok = keep(services_.pilots.save_logframe(who, id_, revision_, *logframe), "saving its logframe"); !ok)
      return ok;
    for (const auto& value : demo_list(entry_, "indicators")) {
      auto input = read_indicator(value);
      if (!input) return std::unexpected(refused("reading an indicator", input.error()));
      auto saved = services_.pilots.save_indicator(who, id_, revision_, std::nullopt, *input);
      if (auto ok = keep(saved, "saving indicator " + input->code); !ok) return ok;
    }
    return {};
  }

  // Values period by period (as recorded after each period), then milestones and risks.
  Status record(const Principal& run_by) {
    for (const auto& value : demo_list(entry_, "values")) {
      if (!value.is_object()) return std::unexpected(problem("a period's values are not an object"));
      const auto& period = value.as_object();
      const Principal* who = &run_by;
      if (std::string by = demo_text(period, "by"); !by.empty()) {
        auto found = person(by);
        if (!found) return std::unexpected(found.error());
        who = *found;
      }
      // The file gives the period once for its rows; the reader takes it on each row.
      json::array rows;
      for (const auto& row : demo_list(period, "values")) {
        if (!row.is_object()) return std::unexpected(problem("a value is not an object"));
        json::object shaped = row.as_object();
        if (auto* number = period.if_contains("period")) shaped["period"] = *number;
        rows.push_back(std::move(shaped));
      }
      auto values = read_values(json::object{{"values", std::move(rows)}});
      if (!values) return std::unexpected(refused("reading values", values.error()));
      if (auto ok = keep(services_.pilots.record_values(*who, id_, revision_, *values), "recording values"); !ok)
        return ok;
    }
    for (const auto& value : demo_list(entry_, "milestones")) {
      auto milestone = read_milestone(value);
      if (!milestone) return std::unexpected(refused("reading a milestone", milestone.error()));
      if (auto ok = keep(services_.pilots.save_milestone(run_by, id_, revision_, *milestone), "saving a milestone"); !ok)
        return ok;
    }
    for (const auto& value : demo_list(entry_, "risks")) {
      auto risk = read_risk(value);
      if (!risk) return std::unexpected(refused("reading a risk", risk.error()));
      if (auto ok = keep(services_.pilots.save_risk(run_by, id_, revision_, *risk), "saving a risk"); !ok) return ok;
    }
    return {};
  }

  Status evaluate(EvaluationStage stage) {
    for (const auto& value : demo_list(entry_, "evaluations")) {
      if (!value.is_object()) return std::unexpected(problem("an evaluation is not an object"));
      const auto& e = value.as_object();
      if (demo_text(e, "stage") != name_of(stage, kEvaluationStageNames)) continue;
      auto who = person(demo_text(e, "by"));
      if (!who) return std::unexpected(who.error());
      auto evaluation = read_evaluation(demo_only(e, {"stage", "scores", "lessons", "result"}));
      if (!evaluation) return std::unexpected(refused("reading an evaluation", evaluation.error()));
      if (auto ok = keep(services_.pilots.evaluate(**who, id_, revision_, *evaluation), "evaluating"); !ok) return ok;
    }
    return {};
  }

  // Requests by the lead's staff; the lead partner's decision where the file has one.
  Status modify() {
    for (const auto& value : demo_list(entry_, "modifications")) {
      if (!value.is_object()) return std::unexpected(problem("a modification is not an object"));
      const auto& m = value.as_object();
      auto by = person(demo_text(m, "by"));
      if (!by) return std::unexpected(by.error());
      auto request = read_modification(demo_only(m, {"reason", "targets", "budget", "ends", "logframe"}));
      if (!request) return std::unexpected(refused("reading a modification", request.error()));
      auto requested = services_.pilots.request_modification(**by, id_, revision_, *request);
      if (auto ok = keep(requested, "requesting a modification"); !ok) return ok;
      auto* decision = m.if_contains("decision");
      if (!decision || !decision->is_object()) continue;
      const auto& d = decision->as_object();
      auto decider = person(demo_text(d, "by"));
      if (!decider) return std::unexpected(decider.error());
      if (requested->modifications.empty()) return std::unexpected(problem("the modification was not kept"));
      ModificationId open = requested->modifications.back().id;
      for (const auto& candidate : requested->modifications)
        if (candidate.status == ModificationStatus::requested) open = candidate.id;
      Decision how = demo_text(d, "decision") == "approve" ? Decision::approve : Decision::reject;
      auto decided = services_.pilots.decide_modification(**decider, id_, revision_, open, how, demo_text(d, "note"));
      if (auto ok = keep(decided, "deciding a modification"); !ok) return ok;
    }
    return {};
  }

  // The pilot's description as it stands (a modification may have changed the budget and the
  // end), with the status it ended in.
  Status end(const Principal& who, PilotStatus status) {
    auto current = services_.pilots.pilot(who, id_, "en");
    if (!current) return std::unexpected(refused("reading it back", current.error()));
    PilotInput input;
    input.texts = current->texts;
    input.original_language = current->original_language;
    input.lead = current->lead;
    input.participants = current->participants;
    input.regions = current->regions;
    input.areas = current->areas;
    input.transfers = current->transfers;
    input.need = current->need;
    input.status = status;
    input.starts = current->starts;
    input.ends = current->ends;
    input.budget = current->budget;
    return keep(services_.pilots.update(who, id_, current->revision, std::move(input)), "ending it");
  }

  Services& services_;
  const std::filesystem::path& file_;
  const json::object& entry_;
  const DemoPeople& people_;
  const std::map<std::string, accounts::OrganisationId>& organisations_;
  std::string key_;
  PilotId id_;
  int revision_ = 0;
};

std::string english_title(const json::object& entry) {
  auto* pilot = entry.if_contains("pilot");
  if (!pilot || !pilot->is_object()) return "";
  for (const auto& t : demo_list(pilot->as_object(), "texts"))
    if (t.is_object() && demo_text(t.as_object(), "language") == "en") return demo_text(t.as_object(), "title");
  return "";
}

}  // namespace

Result<PilotDemoReport> load_demo_pilots(Services& services, const std::filesystem::path& file) {
  auto loaded = read_demo_json(file);
  if (!loaded) return std::unexpected(loaded.error());
  const json::value& root = *loaded;
  if (!root.is_object() || !root.as_object().contains("pilots") || !root.at("pilots").is_array())
    return std::unexpected(bad_demo_file(file, "it is not an object with a list of pilots"));
  const Principal platform = accounts::AccountService::command_line();
  auto users = services.accounts.users(platform);
  if (!users) return std::unexpected(users.error());
  auto organisations = services.organisations.directory(platform, {});
  if (!organisations) return std::unexpected(organisations.error());
  std::map<std::string, accounts::OrganisationId> organisation_by_slug;
  for (const auto& o : *organisations) organisation_by_slug[o.slug] = o.id;
  const DemoPeople people(*users);

  // The lead partner sees every pilot, also those still planned.
  std::set<std::string> titles;
  for (const auto& u : *users) {
    const Principal* who = people.find(u.email);
    if (!who || !accounts::allowed(*who, accounts::Action::view_monitoring)) continue;
    auto cards = services.pilots.list(*who, {}, "en");
    if (!cards) return std::unexpected(cards.error());
    for (const auto& card : *cards) titles.insert(text_in(card.pilot, "en").title);
    break;
  }

  const auto& pilots = root.at("pilots").as_array();
  PilotDemoReport report;
  ProgressBar bar("Loading the demo pilots", pilots.size());
  std::size_t done = 0;
  for (const auto& value : pilots) {
    if (!value.is_object()) return std::unexpected(bad_demo_file(file, "a pilot is not an object"));
    bar.update(++done, demo_text(value.as_object(), "key"));
    ++report.total;
    if (titles.contains(english_title(value.as_object()))) continue;
    DemoPilot pilot(services, file, value.as_object(), people, organisation_by_slug);
    auto status = pilot.load();
    if (!status) return std::unexpected(status.error());
    ++report.added;
    ++report.added_by_status[std::string(name_of(*status, kPilotStatusNames))];
  }
  bar.finish();
  return report;
}

}  // namespace cps::app
