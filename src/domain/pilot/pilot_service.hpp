// The pilots' rules: who may see, run, approve, modify and evaluate which pilot; the approved
// baseline and its change control; the values recorded per reporting period within the
// pilot's dates; the comparative evaluation; and what flows back to the transferred knowledge
// items. Every change moves the pilot's revision and writes an audit line ("pilot.created",
// "pilot.updated", "pilot.logframe_saved", "pilot.indicator_saved", "pilot.indicator_deleted",
// "pilot.values_recorded", "pilot.milestone_saved", "pilot.milestone_deleted",
// "pilot.risk_saved", "pilot.risk_deleted", "pilot.baseline_approved",
// "pilot.modification_requested", "pilot.modification_approved",
// "pilot.modification_rejected", "pilot.evaluated"; target "pilot:<id>") in the same
// transaction.
#pragma once

#include <map>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/pilot/achievement.hpp"
#include "domain/pilot/pilot.hpp"
#include "domain/pilot/pilot_input.hpp"
#include "domain/pilot/pilot_repository.hpp"
#include "domain/pilot/surroundings.hpp"

namespace cps::pilot {

// What the viewer may do with a pilot now; pages show only these, the service checks them
// again on every request.
struct Capabilities {
  bool edit = false;            // description, status, dates; logframe, indicators (draft baseline): the lead's staff
  bool record_values = false;   // indicator values, milestones, risks: the lead's and participants' staff
  bool approve_baseline = false;      // the lead partner, once there is a logframe and an indicator
  bool request_modification = false;  // the lead's staff, once the baseline is approved
  bool decide_modification = false;   // the lead partner, while a request is open
  bool evaluate = false;        // the scientific-technical committee, WG coordinators, the lead partner
  bool see_internals = false;   // risks, modification requests, unapproved plans: members
};

enum class Decision { approve, reject };
inline constexpr EnumName<Decision> kDecisionNames[] = {{Decision::approve, "approve"}, {Decision::reject, "reject"}};
static_assert(names_each_value_once(kDecisionNames));

// A pilot with its standing, for lists and the comparative evaluation.
struct PilotCard {
  Pilot pilot;  // header depth (no logframe, milestones, risks, evaluations) but with indicators
  PilotAchievement achievement;
};

// Pilots side by side: ranked by mean capped ratio (unjudged last), and grouped by the
// practice they transfer and by thematic area so that like is compared with like.
struct Comparison {
  std::vector<PilotCard> ranked;
  struct Group {
    std::string key;    // the item's id as digits, or the area code
    std::string label;  // the item's title, or the area code (pages name areas themselves)
    std::vector<PilotId> pilots;  // in ranking order
  };
  std::vector<Group> by_practice;  // only practices transferred by two pilots or more
  std::vector<Group> by_area;
  std::vector<int> periods;        // the periods with any value, for the progress chart
};

// "Tested in pilot X in region Y: 3 of 4 targets met" on a knowledge item's page.
struct TestedIn {
  PilotId pilot;
  std::string title;  // in the language asked for
  std::vector<RegionCode> regions;
  PilotStatus status = PilotStatus::planned;
  TargetsMet targets;
  std::string result;   // the latest evaluation's result line ("" before any)
  std::string lessons;  // the latest evaluation's lessons (Markdown)
};

class PilotService {
 public:
  using Clock = std::function<Seconds()>;
  PilotService(PilotRepository& repository, PilotSurroundings& surroundings, Clock clock = {});

  // Everybody sees pilots whose baseline is approved or that are no longer planned; members
  // (view_monitoring) see every pilot and its internals. Others get not found.
  Result<std::vector<PilotCard>> list(const accounts::Principal& who, PilotFilter filter,
                                      const std::string& language);
  Result<Pilot> pilot(const accounts::Principal& who, PilotId id, const std::string& language);
  Capabilities capabilities(const accounts::Principal& who, const Pilot& pilot) const;

  // A partner's staff opens a pilot led by their organisation (a lead partner or an
  // administrator for any). Transferred items must be published; regions and the need's
  // criterion must exist.
  Result<PilotId> create(const accounts::Principal& who, PilotInput input);
  // Once the baseline is approved, the budget and end date are refused here ("… through a
  // modification request.").
  Result<Pilot> update(const accounts::Principal& who, PilotId id, int revision, PilotInput input);
  Result<Pilot> save_logframe(const accounts::Principal& who, PilotId id, int revision,
                              std::vector<LogframeEntry> logframe);
  // Adds (indicator nullopt) or changes an indicator; after approval only its name and source.
  Result<Pilot> save_indicator(const accounts::Principal& who, PilotId id, int revision,
                               std::optional<IndicatorId> indicator, IndicatorInput input);
  Result<Pilot> delete_indicator(const accounts::Principal& who, PilotId id, int revision, IndicatorId indicator);
  // Values per reporting period: the period must exist and overlap the pilot's dates, the
  // value must suit the unit; a value already there is replaced. All or nothing.
  Result<Pilot> record_values(const accounts::Principal& who, PilotId id, int revision,
                              const std::vector<ValueInput>& values);
  Result<Pilot> save_milestone(const accounts::Principal& who, PilotId id, int revision, Milestone milestone);
  Result<Pilot> delete_milestone(const accounts::Principal& who, PilotId id, int revision, MilestoneId milestone);
  Result<Pilot> save_risk(const accounts::Principal& who, PilotId id, int revision, Risk risk);
  Result<Pilot> delete_risk(const accounts::Principal& who, PilotId id, int revision, RiskId risk);

  // Freezes the logframe, targets, budget and end date as baseline version 1.
  Result<Pilot> approve_baseline(const accounts::Principal& who, PilotId id, int revision);
  Result<Pilot> request_modification(const accounts::Principal& who, PilotId id, int revision,
                                     Modification modification);
  // Approving applies the changes (the original targets, budget and end date are kept beside
  // them) and moves the baseline version; a rejection needs a note. One open request at a time.
  Result<Pilot> decide_modification(const accounts::Principal& who, PilotId id, int revision,
                                    ModificationId modification, Decision decision, const std::string& note);
  // Mid-term (a running pilot) or final (completed or stopped); replaces the stage's earlier one.
  Result<Pilot> evaluate(const accounts::Principal& who, PilotId id, int revision, Evaluation evaluation);

  Result<Comparison> compare(const accounts::Principal& who, PilotFilter filter, const std::string& language);
  // The pilots that transfer the knowledge item, as the viewer may see them.
  Result<std::vector<TestedIn>> tested_in(const accounts::Principal& who, std::int64_t item,
                                          const std::string& language);
  // The same for many items in one read, by item (items no pilot transfers are absent).
  Result<std::map<std::int64_t, std::vector<TestedIn>>> tested_in(const accounts::Principal& who,
                                                                  const std::vector<std::int64_t>& items,
                                                                  const std::string& language);

 private:
  PilotRepository& repository_;
  PilotSurroundings& surroundings_;
  Clock clock_;
};

std::string_view to_string(Decision d);

}  // namespace cps::pilot
