// The pieces the pilot repository's files share (storage/pilot/*.cpp): the store on one open
// transaction, whose operations each file implements for one part of the model, and the
// readers of stored values.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "domain/pilot/pilot_repository.hpp"
#include "storage/database.hpp"
#include "storage/sql_query.hpp"

namespace cps::storage::pilot_sql {

using namespace cps::pilot;
using ll = long long;

// rows.cpp: stored values read back.
[[noreturn]] void damaged(std::string_view what, std::string_view value);

// The stored name of an enum value.
template <class E, std::size_t N>
std::string name(E value, const EnumName<E> (&names)[N]) {
  return std::string(name_of(value, names));
}

// A stored name read back; a name the table lacks is a damaged row (CHECK constraints keep
// them out), so it throws.
template <class E, std::size_t N>
E value_of(const std::string& text, const EnumName<E> (&names)[N], std::string_view what) {
  auto v = parse_name(text, names);
  if (!v) damaged(what, text);
  return *v;
}

// Ids per IN list: far below the parameter limits of both databases.
inline constexpr std::size_t kChunk = 500;

template <class Fn>
void for_each_chunk(const std::vector<ll>& ids, Fn fn) {
  for (std::size_t start = 0; start < ids.size(); start += kChunk) {
    std::vector<ll> chunk(ids.begin() + long(start), ids.begin() + long(std::min(ids.size(), start + kChunk)));
    fn(chunk);
  }
}

// The pilots read so far, by id; the attach_* functions fill their lists.
using Found = std::map<ll, Pilot*>;

class Store final : public PilotStore {
 public:
  explicit Store(soci::session& s) : s_(s) {}

  // pilots.cpp
  Result<PilotId> insert_pilot(const Pilot& pilot) override;
  Result<std::optional<Pilot>> pilot(PilotId id) override;
  Result<std::vector<Pilot>> pilots(const PilotFilter& filter) override;
  Result<bool> update_pilot(const Pilot& pilot, int expected_revision) override;
  Status append_audit(const accounts::AuditRecord& record) override;

  // logframe.cpp
  Status replace_logframe(PilotId pilot, const std::vector<LogframeEntry>& logframe) override;

  // indicators.cpp
  Result<IndicatorId> save_indicator(PilotId pilot, const Indicator& indicator) override;
  Status delete_indicator(PilotId pilot, IndicatorId indicator) override;
  Status save_value(IndicatorId indicator, const IndicatorValue& value) override;

  // follow_up.cpp: milestones and risks.
  Result<MilestoneId> save_milestone(PilotId pilot, const Milestone& milestone) override;
  Status delete_milestone(PilotId pilot, MilestoneId milestone) override;
  Result<RiskId> save_risk(PilotId pilot, const Risk& risk) override;
  Status delete_risk(PilotId pilot, RiskId risk) override;

  // evaluations.cpp
  Result<EvaluationId> save_evaluation(PilotId pilot, const Evaluation& evaluation) override;

  // modifications.cpp
  Result<ModificationId> insert_modification(PilotId pilot, const Modification& modification) override;
  Status update_modification(PilotId pilot, const Modification& modification) override;

 private:
  // The pilot's own lists (texts, participants, regions, areas, transfers) written anew.
  void write_lists(ll id, const Pilot& pilot);                          // pilots.cpp
  void attach_lists(Found& found);                                      // pilots.cpp
  void attach_logframe(Found& found);                                   // logframe.cpp
  void attach_indicators(Found& found);                                 // indicators.cpp
  void attach_milestones(Found& found);                                 // follow_up.cpp
  void attach_risks(Found& found);                                      // follow_up.cpp
  void attach_evaluations(Found& found);                                // evaluations.cpp
  void attach_modifications(Found& found);                              // modifications.cpp

  soci::session& s_;
};

// The ids of `found`, for IN lists.
std::vector<ll> ids_of(const Found& found);

}  // namespace cps::storage::pilot_sql
