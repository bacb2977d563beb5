// What pilots need from storage: small operations on one open transaction, composed by the
// service so that a change and its audit line are written together or not at all.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/pilot/pilot.hpp"

namespace cps::pilot {

struct PilotFilter {
  std::optional<AreaCode> area = std::nullopt;
  std::optional<CountryCode> country = std::nullopt;  // of a region it runs in
  std::optional<RegionCode> region = std::nullopt;
  std::vector<PilotStatus> statuses = {};  // empty: every status
  std::optional<std::int64_t> transfers = std::nullopt;  // pilots that transfer this item
  std::vector<std::int64_t> transfers_any = {};          // or any of these (empty: no condition)
  std::optional<accounts::OrganisationId> organisation = std::nullopt;  // lead or participant
};

class PilotStore {
 public:
  virtual ~PilotStore() = default;

  virtual Result<PilotId> insert_pilot(const Pilot& pilot) = 0;  // header, texts, participants, regions, areas, transfers, need
  // With everything (logframe, indicators with values, milestones, risks, evaluations,
  // modifications); lead_name filled.
  virtual Result<std::optional<Pilot>> pilot(PilotId id) = 0;
  // Header, texts, regions, areas, participants, transfers and indicators (with values) —
  // enough for lists and the comparative evaluation; newest start first.
  virtual Result<std::vector<Pilot>> pilots(const PilotFilter& filter) = 0;
  // Writes the header and its lists (texts, participants, regions, areas, transfers, need) as
  // revision expected_revision + 1 when the stored one is still at expected_revision; false
  // (nothing written) when somebody changed it in between.
  virtual Result<bool> update_pilot(const Pilot& pilot, int expected_revision) = 0;

  virtual Status replace_logframe(PilotId pilot, const std::vector<LogframeEntry>& logframe) = 0;
  // Inserts (id 0) or updates the indicator's definition; values are kept. Fails (conflict,
  // field "code") when another indicator of the pilot has the code.
  virtual Result<IndicatorId> save_indicator(PilotId pilot, const Indicator& indicator) = 0;
  // Removes an indicator with its values.
  virtual Status delete_indicator(PilotId pilot, IndicatorId indicator) = 0;
  // Inserts or replaces the value of (indicator, period).
  virtual Status save_value(IndicatorId indicator, const IndicatorValue& value) = 0;
  virtual Result<MilestoneId> save_milestone(PilotId pilot, const Milestone& milestone) = 0;
  virtual Status delete_milestone(PilotId pilot, MilestoneId milestone) = 0;
  virtual Result<RiskId> save_risk(PilotId pilot, const Risk& risk) = 0;
  virtual Status delete_risk(PilotId pilot, RiskId risk) = 0;
  // Inserts or replaces the evaluation of its stage.
  virtual Result<EvaluationId> save_evaluation(PilotId pilot, const Evaluation& evaluation) = 0;
  virtual Result<ModificationId> insert_modification(PilotId pilot, const Modification& modification) = 0;
  virtual Status update_modification(PilotId pilot, const Modification& modification) = 0;  // status, decision

  // The audit log is the accounts' one.
  virtual Status append_audit(const accounts::AuditRecord& record) = 0;
};

class PilotRepository {
 public:
  virtual ~PilotRepository() = default;
  // Runs work in one transaction: committed when it succeeds, rolled back when it fails.
  virtual Status transaction(const std::function<Status(PilotStore&)>& work) = 0;
  // Runs reads without taking the write lock.
  virtual Status read(const std::function<Status(PilotStore&)>& work) = 0;
};

}  // namespace cps::pilot
