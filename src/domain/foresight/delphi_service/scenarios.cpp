// Scenarios of a finished study: reading the frame with the results behind it, and saving it
// whole (drivers, uncertainties, the two axes and the four narratives), checked against the
// study's statements.
#include <algorithm>

#include "domain/accounts/policy.hpp"
#include "domain/foresight/delphi_service/internal.hpp"
#include "i18n/catalogue.hpp"

namespace cps::foresight {

using accounts::Principal;
using i18n::N_;
using namespace delphi_detail;

namespace {

bool contains(const std::vector<StatementId>& list, StatementId id) {
  return std::find(list.begin(), list.end(), id) != list.end();
}

// The frame's statements are the study's, drivers and uncertainties apart, and each axis one
// of the uncertainties (two different ones).
Status check_frame(const ScenarioFrame& f, const std::vector<Statement>& statements) {
  auto known = [&](StatementId id) {
    return std::any_of(statements.begin(), statements.end(), [&](const Statement& s) { return s.id == id; });
  };
  for (auto [list, field] : {std::pair{&f.drivers, "drivers"}, std::pair{&f.uncertainties, "uncertainties"}})
    for (auto id : *list)
      if (!known(id)) return fail(ErrorKind::invalid, N_("Choose statements of the study."), field);
  if (f.drivers.empty()) return fail(ErrorKind::invalid, N_("Pick at least one driver."), "drivers");
  for (auto id : f.drivers)
    if (contains(f.uncertainties, id))
      return fail(ErrorKind::invalid, N_("A statement is either a driver or an uncertainty, not both."), "uncertainties");
  if (!contains(f.uncertainties, f.x.statement))
    return fail(ErrorKind::invalid, N_("Each axis is one of the key uncertainties."), "x_statement");
  if (!contains(f.uncertainties, f.y.statement))
    return fail(ErrorKind::invalid, N_("Each axis is one of the key uncertainties."), "y_statement");
  if (f.x.statement == f.y.statement)
    return fail(ErrorKind::invalid, N_("The two axes need two different uncertainties."), "y_statement");
  for (const auto& s : f.scenarios)
    for (auto id : s.statements)
      if (!known(id))
        return fail(ErrorKind::invalid, N_("Choose statements of the study."), std::string(to_string(s.quadrant)) + "_statements");
  return {};
}

}  // namespace

Result<ScenarioView> DelphiService::scenarios(const Principal& who, StudyId id) {
  if (!accounts::allowed(who, accounts::Action::view_foresight_results))
    return fail(ErrorKind::forbidden, N_("You may not see foresight studies."));
  ScenarioView view;
  auto ok = repository_.read([&](DelphiStore& store) -> Status {
    auto loaded = load(store, id);
    if (!loaded) return std::unexpected(loaded.error());
    if (!visible(who, *loaded)) return fail(ErrorKind::not_found, N_("There is no such Delphi study."));
    view.study = loaded->study;
    view.results = loaded->results;
    auto frame = store.scenario_frame(id);
    if (!frame) return std::unexpected(frame.error());
    view.frame = std::move(*frame);
    view.can_edit = loaded->finished() && require_organiser(who, loaded->study).has_value();
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return view;
}

Result<ScenarioFrame> DelphiService::save_scenarios(const Principal& who, StudyId id, int revision, ScenarioFrame input) {
  ScenarioFrame out;
  auto ok = repository_.transaction([&](DelphiStore& store) -> Status {
    auto loaded = load(store, id);
    if (!loaded) return std::unexpected(loaded.error());
    if (auto allowed = require_organiser(who, loaded->study); !allowed) return allowed;
    if (!loaded->finished())
      return fail(ErrorKind::conflict, N_("Scenarios are built from a finished study: run its rounds first."));
    if (auto checked = check_frame(input, loaded->statements); !checked) return checked;
    out = std::move(input);
    out.study = id;
    out.updated_at = now();
    auto written = store.save_scenario_frame(out, revision);
    if (!written) return std::unexpected(written.error());
    if (!*written)
      return fail(ErrorKind::conflict, N_("Someone changed these scenarios meanwhile; reload them and try again."));
    out.revision = revision + 1;
    return store.append_audit(audit(who, "delphi.scenarios_saved", id, "revision " + std::to_string(out.revision)));
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace cps::foresight
