// The demo's plans (see plans_demo.hpp).
#include "app/plans_demo.hpp"

#include <chrono>
#include <cstdio>

#include "app/demo.hpp"

namespace cps::app {

namespace {

using accounts::Principal;
using namespace cps::plans;

const char* const kStrategicPlan =
    "# Vision\n\n"
    "By 2035 the clusters of South East Europe work as one innovation area: they share services, test "
    "beds and skills across borders and take part together in European value chains.\n\n"
    "Regional cluster policies learn from each other through peer reviews, pilots and a common evidence "
    "base kept on this platform.\n\n"
    "# Priorities\n\n"
    "Professional cluster management: every cluster organisation in the partnership has a manager trained "
    "to European standards by 2029.\n\n"
    "Funding tied to results: regions link part of their cluster funding to measured results rather than "
    "to membership numbers.\n\n"
    "Cross-border value chains in wood, agrifood and mechatronics, with at least one joint pilot in each.\n\n"
    "# Governance\n\n"
    "The steering committee adopts the plan and reviews its progress once a year; the working groups "
    "propose its changes.\n";

const char* const kSustainabilityPlan =
    "# Purpose\n\n"
    "This plan keeps the partnership's services running after the project ends: the platform, the peer "
    "reviews and the working groups.\n\n"
    "# Services kept after the project\n\n"
    "The platform stays online, hosted by the lead partner, with the knowledge base open to everybody.\n\n"
    "Peer reviews of regional cluster policies continue once a year, organised by WG1.\n\n"
    "# Funding\n\n"
    "Member organisations share the hosting costs in proportion to their size.\n";

Error missing(const std::string& what) {
  return Error{ErrorKind::internal, "The demo plans need the demo partnership.", {}, what};
}

// The paragraph of the plan whose text starts with `start`.
Result<Paragraph> paragraph_starting(PlanService& plans, const Principal& who, PlanId id, std::string_view start) {
  auto view = plans.plan(who, id);
  if (!view) return std::unexpected(view.error());
  for (const auto& s : view->sections)
    for (const auto& p : s.paragraphs)
      if (p.paragraph.text.starts_with(start)) return p.paragraph;
  return std::unexpected(missing(std::string(start)));
}

std::string days_from_now(int days) {
  auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()) + std::chrono::days(days);
  std::chrono::year_month_day day{now};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", int(day.year()), unsigned(day.month()), unsigned(day.day()));
  return out;
}

}  // namespace

Result<PlansDemoReport> load_demo_plans(Services& services) {
  const Principal platform = accounts::AccountService::command_line();
  auto users = services.accounts.users(platform);
  if (!users) return std::unexpected(users.error());
  const DemoPeople people(*users);
  PlansDemoReport report;
  auto person = [&](const char* email) -> Result<const Principal*> {
    const Principal* p = people.find(email);
    if (!p) return std::unexpected(missing(email));
    return p;
  };
  auto lead = person("ioana.margineanu@nord-est-cluster-agency.example");
  auto lead2 = person("andrei.parvulescu@nord-est-cluster-agency.example");
  auto wg4 = person("tomas.kovacik@danube-innovation-agency.example");
  auto wg2 = person("maja.kovacic@pohorje-wood-cluster.example");
  auto raluca = person("raluca.toma@nord-est-cluster-agency.example");
  auto arben = person("arben.hoxha@al-enterprise-cluster-agency.example");
  auto bence = person("bence.varga@tisza-maros-innovation-centre.example");
  auto manolis = person("manolis.daskalakis@ida-agrifood-cluster.example");
  auto ivana = person("ivana.babic@velebit-rda.example");
  for (const auto* p : {&lead, &lead2, &wg4, &wg2, &raluca, &arben, &bence, &manolis, &ivana})
    if (!*p) return std::unexpected(p->error());
  // Only into a platform without plans: a second load adds nothing.
  auto existing = services.plans.plans(**lead);
  if (!existing) return std::unexpected(existing.error());
  if (!existing->empty()) return report;
  auto& plans = services.plans;

  auto strategic = plans.create(**lead, PlanInput{"Joint Strategic Plan for SEE clusters 2027–2035",
                                                  PlanKind::joint_strategic_plan, "WG4", {"en", "ro", "sq", "hu", "el"},
                                                  kStrategicPlan});
  if (!strategic) return std::unexpected(strategic.error());
  ++report.plans;
  auto funding = paragraph_starting(plans, **raluca, strategic->id, "Funding tied");
  if (!funding) return std::unexpected(funding.error());
  auto accepted = plans.suggest(**raluca, strategic->id,
                                SuggestionInput{funding->id, SuggestionKind::replace,
                                                "Funding tied to results: regions link at least a fifth of their cluster "
                                                "funding to measured results, with a simple registration first and "
                                                "accreditation after two years.",
                                                "The two-step scheme from Nord-Est worked; a share makes it measurable.",
                                                funding->revision});
  if (!accepted) return std::unexpected(accepted.error());
  auto management = paragraph_starting(plans, **arben, strategic->id, "Professional cluster");
  if (!management) return std::unexpected(management.error());
  auto rejected = plans.suggest(**arben, strategic->id,
                                SuggestionInput{management->id, SuggestionKind::insert,
                                                "Young clusters get a lower threshold for every support measure.",
                                                "New clusters in Albania cannot meet the thresholds yet.",
                                                management->revision});
  if (!rejected) return std::unexpected(rejected.error());
  auto governance = paragraph_starting(plans, **bence, strategic->id, "The steering committee");
  if (!governance) return std::unexpected(governance.error());
  auto open = plans.suggest(**bence, strategic->id,
                            SuggestionInput{governance->id, SuggestionKind::replace,
                                            "The steering committee adopts the plan and reviews its progress every "
                                            "year against the indicators of the regional dashboards; the working "
                                            "groups propose its changes.",
                                            "A yearly review needs the same indicators each time.",
                                            governance->revision});
  if (!open) return std::unexpected(open.error());
  report.suggestions += 3;
  if (auto s = plans.support(**raluca, strategic->id, open->id); !s) return std::unexpected(s.error());
  if (auto a = plans.accept(**wg4, strategic->id, accepted->id); !a) return std::unexpected(a.error());
  if (auto r = plans.reject(**wg4, strategic->id, rejected->id,
                            "Thresholds belong to each region's programme; the plan keeps to shared aims.");
      !r)
    return std::unexpected(r.error());

  // The committee's vote on version 2: the lead partner opens and closes it at the meeting.
  if (auto v = plans.open_vote(**lead, strategic->id, VoteInput{days_from_now(14), 3, 50, Procedure::vote, Secrecy::open}); !v)
    return std::unexpected(v.error());
  const std::pair<const char*, Choice> ballots[] = {
      {"ioana.margineanu@nord-est-cluster-agency.example", Choice::in_favour},
      {"georgi.stoyanov@maritsa-rda.example", Choice::in_favour},
      {"katalin.szabo@tisza-maros-innovation-centre.example", Choice::abstain},
      {"francesca.moretti@via-emilia-innovation-agency.example", Choice::in_favour},
      {"dragana.jovanovic@pannonian-innovation-centre.example", Choice::against}};
  for (const auto& [email, choice] : ballots) {
    auto voter = person(email);
    if (!voter) return std::unexpected(voter.error());
    if (auto b = plans.cast(**voter, strategic->id, choice); !b) return std::unexpected(b.error());
    ++report.ballots;
  }
  if (auto c = plans.close_vote(**lead, strategic->id,
                                "Adopted at the third steering committee meeting in Iași; Pannonian Innovation "
                                "Centre asked for the funding share to be reviewed in 2029.");
      !c)
    return std::unexpected(c.error());

  auto sustainability = plans.create(**lead2, PlanInput{"Sustainability Plan", PlanKind::sustainability_plan, "WG2",
                                                        {"en", "hu", "el"}, kSustainabilityPlan});
  if (!sustainability) return std::unexpected(sustainability.error());
  ++report.plans;
  auto reviews = paragraph_starting(plans, **ivana, sustainability->id, "Peer reviews");
  if (!reviews) return std::unexpected(reviews.error());
  auto added = plans.suggest(**ivana, sustainability->id,
                             SuggestionInput{reviews->id, SuggestionKind::insert,
                                             "The working groups meet online every quarter and in person once a year, "
                                             "hosted in turn by the partners.",
                                             "The plan says nothing yet about the working groups.", reviews->revision});
  if (!added) return std::unexpected(added.error());
  auto costs = paragraph_starting(plans, **manolis, sustainability->id, "Member organisations");
  if (!costs) return std::unexpected(costs.error());
  auto waiting = plans.suggest(**manolis, sustainability->id,
                               SuggestionInput{costs->id, SuggestionKind::replace,
                                               "Member organisations share the hosting costs: a fixed fee for each "
                                               "organisation and the rest in proportion to its size.",
                                               "Small clusters cannot plan for a share that changes every year.",
                                               costs->revision});
  if (!waiting) return std::unexpected(waiting.error());
  report.suggestions += 2;
  // The members weigh the open suggestion on costs before the editors decide.
  if (auto c = plans.comment(**ivana, sustainability->id, waiting->id,
                             "A fixed fee helps us budget. Could the fee be lower for clusters under 30 members?");
      !c)
    return std::unexpected(c.error());
  if (auto c = plans.comment(**wg2, sustainability->id, waiting->id,
                             "We will put two fee levels to the working group in March and decide after that.");
      !c)
    return std::unexpected(c.error());
  if (auto a = plans.accept(**wg2, sustainability->id, added->id); !a) return std::unexpected(a.error());
  return report;
}

}  // namespace cps::app
