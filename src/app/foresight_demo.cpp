// Loads the demo Delphi study (see foresight_demo.hpp). The answers follow simple patterns
// over the panellists' order, chosen so that the stop rules settle the statements as
// described beside each one.
#include "app/foresight_demo.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

#include "app/demo.hpp"

namespace cps::app {

using accounts::Principal;
using namespace cps::foresight;

namespace {

constexpr const char* kTitle = "SEE clusters 2035";
constexpr std::size_t kPanel = 20;

struct DemoStatement {
  StatementKind kind;
  const char* text;
  // The answer of panellist i in round r (1–3): a rating, a year, or 0 for "never".
  int (*answer)(int i, int r);
  const char* argument_high;
  const char* argument_low;
};

// Consensus in round 1: sixteen of twenty rate 4–5, IQR 1.
int budget_line(int i, int) { return i % 5 == 0 ? 3 : (i % 2 ? 5 : 4); }
// Stable dissent: two camps (2 and 4); one panellist moves in round 2 (5 % changed).
int joint_funding(int i, int r) { return r >= 2 && i == 3 ? 3 : (i % 2 == 0 ? 2 : 4); }
// Spread in round 1 (IQR 2); the group converges on 4 in round 2: consensus.
int testing_labs(int i, int r) { return r == 1 ? 1 + i % 5 : (i % 5 == 0 ? 3 : (i % 5 == 4 ? 5 : 4)); }
// Years spread over 15 in round 1; within 2030–2035 from round 2: consensus on the horizon.
int partner_abroad(int i, int r) { return i == 19 ? 0 : (r == 1 ? 2028 + (i * 7) % 15 : 2030 + i % 6); }
// No consensus and no stability: half change in round 2, a quarter in round 3.
int self_financing(int i, int r) {
  int base = 1 + (i * 3) % 5;
  if (r >= 2 && i % 2) base = 1 + (base % 5);
  if (r >= 3 && i % 4 == 1) base = 1 + (base % 5);
  return base;
}
// Years far apart with a quarter "never", moving each round: open.
int observatory(int i, int r) { return i % 4 == 0 ? 0 : 2030 + (i * 11 + r * (i % 3) * 4) % 40; }

const DemoStatement kStatements[] = {
    {StatementKind::desirability, "Every SEE region runs a cluster policy with its own budget line.", budget_line,
     "A budget line makes the policy outlast elections.", "Small regions do better pooling funds nationally."},
    {StatementKind::probability, "Cross-border cluster partnerships receive joint regional funding.", joint_funding,
     "Interreg experience shows regions can co-fund.", "Regional budgets rarely fund partners abroad."},
    {StatementKind::importance, "Shared testing and demonstration facilities between clusters.", testing_labs,
     "SMEs cannot afford their own test beds.", "Facilities are useful only near the firms."},
    {StatementKind::time_horizon, "Half of the SEE clusters work with a partner cluster abroad.", partner_abroad,
     "The matchmaking already pairs clusters every year.", "Language and funding barriers remain high."},
    {StatementKind::desirability, "Cluster organisations become fully self-financing.", self_financing,
     "Members pay for what they value.", "Public tasks need public money."},
    {StatementKind::time_horizon, "A common SEE cluster observatory publishes yearly data.", observatory,
     "The statistics module is a first step.", "Nobody will fund it for long."},
};

Error refused(const std::string& doing, const Error& e) {
  return Error{ErrorKind::internal, "The demo Delphi study cannot be loaded: " + doing + ": " + filled_message(e)};
}

}  // namespace

Result<ForesightDemoReport> load_demo_foresight(Services& services) {
  ForesightDemoReport report;
  const Principal platform = accounts::AccountService::command_line();
  auto users = services.accounts.users(platform);
  if (!users) return std::unexpected(users.error());
  const DemoPeople people(*users);
  const Principal* organiser = people.find("admin@clusterpolisee.example");
  if (!organiser) return std::unexpected(refused("the organiser", Error{ErrorKind::not_found, "no administrator"}));
  auto existing = services.delphi.studies(*organiser);
  if (!existing) return std::unexpected(existing.error());
  for (const auto& s : *existing)
    if (s.title == kTitle) return report;

  // The panel: people of the partnership taken in turn from each country, so that no country
  // holds more than its share.
  std::map<std::string, std::vector<const accounts::User*>> by_country;
  for (const auto& u : *users) {
    if (u.email == "admin@clusterpolisee.example" || u.status != accounts::UserStatus::active) continue;
    auto person = services.foresight_surroundings.person(u.id);
    if (!person || !*person || !(*person)->country) continue;
    by_country[(*person)->country->str()].push_back(&u);
  }
  std::vector<const accounts::User*> panel;
  for (std::size_t turn = 0; panel.size() < kPanel; ++turn) {
    bool any = false;
    for (auto& [country, list] : by_country)
      if (turn < list.size() && panel.size() < kPanel) {
        panel.push_back(list[turn]);
        any = true;
      }
    if (!any) break;
  }
  StudyInput input;
  input.title = kTitle;
  input.description =
      "Where regional cluster policies in South East Europe stand in 2035: funding, cooperation across borders, "
      "shared facilities and data. Three rounds with a panel from the partnership's regions.";
  auto study = services.delphi.create(*organiser, input);
  if (!study) return std::unexpected(refused("the study", study.error()));
  std::vector<StatementId> ids;
  for (const auto& s : kStatements) {
    auto added = services.delphi.add_statement(*organiser, study->id, StatementInput{s.kind, s.text});
    if (!added) return std::unexpected(refused("a statement", added.error()));
    ids.push_back(added->id);
  }
  const char* areas[] = {"WG1", "WG2", "WG3", "WG4", "WG5"};
  std::set<std::string> countries;
  for (std::size_t i = 0; i < panel.size(); ++i) {
    auto invited = services.delphi.invite(*organiser, study->id, PanelInput{panel[i]->id, areas[i % 5]});
    if (!invited) return std::unexpected(refused("an invitation", invited.error()));
    if (invited->country) countries.insert(invited->country->str());
  }
  for (int round = 1; round <= 3; ++round) {
    auto opened = services.delphi.open_round(*organiser, study->id, 0);
    if (!opened) return std::unexpected(refused("round " + std::to_string(round), opened.error()));
    for (std::size_t i = 0; i < panel.size(); ++i) {
      const Principal* who = people.find(panel[i]->email);
      if (!who) continue;
      // One panellist drops out in round 3.
      if (round == 3 && i == panel.size() - 1) continue;
      std::vector<Answer> sheet;
      for (std::size_t k = 0; k < std::size(kStatements); ++k) {
        if (std::find(opened->statements.begin(), opened->statements.end(), ids[k]) == opened->statements.end()) continue;
        Answer a;
        a.statement = ids[k];
        int value = kStatements[k].answer(int(i), round);
        if (kStatements[k].kind == StatementKind::time_horizon) {
          if (value == 0) a.never = true;
          else a.year = value;
        } else {
          a.rating = value;
        }
        if (i % 4 == 1) a.argument = kStatements[k].argument_high;
        if (i % 4 == 2) a.argument = kStatements[k].argument_low;
        if (round >= 2) a.reason = "My region's experience points this way.";
        // Self-rated expertise: a third of the panel rates itself 5, the others 3.
        a.expertise = i % 3 == 0 ? 5 : 3;
        sheet.push_back(std::move(a));
      }
      auto answered = services.delphi.answer(*who, study->id, std::move(sheet));
      if (!answered) return std::unexpected(refused("an answer in round " + std::to_string(round), answered.error()));
    }
    auto closed = services.delphi.close_round(*organiser, study->id);
    if (!closed) return std::unexpected(refused("closing round " + std::to_string(round), closed.error()));
  }
  // The scenario frame: the three statements the panel agreed on drive every scenario; the two
  // it split on span the frame.
  ScenarioFrame frame;
  frame.drivers = {ids[0], ids[2], ids[3]};
  frame.uncertainties = {ids[1], ids[4], ids[5]};
  frame.x = {ids[1], "Each region funds its own clusters", "Regions co-fund partnerships abroad"};
  frame.y = {ids[4], "Clusters live on public money", "Clusters pay their own way"};
  frame.scenarios = {
      Scenario{Quadrant::high_high, "Open market of clusters",
               "Regions co-fund partnerships across borders, and **cluster organisations sell services** to "
               "their members and partners abroad.\n\n- Shared test beds run on fees.\n- Budget lines pay for "
               "the policy, not for the organisations.",
               {ids[1], ids[4], ids[2]}},
      Scenario{Quadrant::low_high, "Lean and local",
               "Cluster organisations pay their own way but stay within their region: **few partnerships abroad**, "
               "services priced for local firms.",
               {ids[4], ids[0]}},
      Scenario{Quadrant::low_low, "Regional programmes",
               "Each region funds its own clusters from its **budget line**; cooperation abroad depends on "
               "Interreg calls.",
               {ids[0], ids[1]}},
      Scenario{Quadrant::high_low, "Publicly funded SEE network",
               "Regions pool public money for **joint cluster partnerships**; a common observatory tracks what the "
               "money achieves.",
               {ids[1], ids[3], ids[5]}}};
  auto framed = services.delphi.save_scenarios(*organiser, study->id, 0, std::move(frame));
  if (!framed) return std::unexpected(refused("the scenario frame", framed.error()));
  report.added = true;
  report.panellists = panel.size();
  report.countries = countries.size();
  return report;
}

}  // namespace cps::app
