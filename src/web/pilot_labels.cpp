#include "web/pilot_labels.hpp"

#include "i18n/catalogue.hpp"

namespace cps::web {

using i18n::N_;
using namespace cps::pilot;

const char* pilot_status_label(PilotStatus s) {
  switch (s) {
    case PilotStatus::planned: return N_("Planned");
    case PilotStatus::running: return N_("Running");
    case PilotStatus::completed: return N_("Completed");
    case PilotStatus::stopped: return N_("Stopped");
  }
  return "";
}

const char* logframe_level_label(LogframeLevel l) {
  switch (l) {
    case LogframeLevel::overall_objective: return N_("Overall objective");
    case LogframeLevel::specific_objective: return N_("Specific objective");
    case LogframeLevel::result: return N_("Result");
    case LogframeLevel::activity: return N_("Activity");
  }
  return "";
}

const char* indicator_kind_label(IndicatorKind k) {
  switch (k) {
    case IndicatorKind::output: return N_("Output");
    case IndicatorKind::result: return N_("Result");
    case IndicatorKind::impact: return N_("Impact");
  }
  return "";
}

const char* direction_label(Direction d) {
  switch (d) {
    case Direction::higher_is_better: return N_("Higher is better");
    case Direction::lower_is_better: return N_("Lower is better");
  }
  return "";
}

const char* unit_label(Unit u) {
  switch (u) {
    case Unit::count: return N_("Number");
    case Unit::people: return N_("People");
    case Unit::organisations: return N_("Organisations");
    case Unit::companies: return N_("Companies");
    case Unit::events: return N_("Events");
    case Unit::documents: return N_("Documents");
    case Unit::percent: return N_("Percent");
    case Unit::euro: return N_("Euro");
    case Unit::days: return N_("Days");
    case Unit::hours: return N_("Hours");
    case Unit::score: return N_("Score (0–10)");
  }
  return "";
}

const char* milestone_status_label(MilestoneStatus s) {
  switch (s) {
    case MilestoneStatus::open: return N_("Open");
    case MilestoneStatus::reached: return N_("Reached");
    case MilestoneStatus::missed: return N_("Missed");
  }
  return "";
}

const char* level_label(Level l) {
  switch (l) {
    case Level::low: return N_("Low");
    case Level::medium: return N_("Medium");
    case Level::high: return N_("High");
  }
  return "";
}

const char* risk_status_label(RiskStatus s) {
  switch (s) {
    case RiskStatus::open: return N_("Open");
    case RiskStatus::closed: return N_("Closed");
  }
  return "";
}

const char* dac_criterion_label(DacCriterion c) {
  switch (c) {
    case DacCriterion::relevance: return N_("Relevance");
    case DacCriterion::coherence: return N_("Coherence");
    case DacCriterion::effectiveness: return N_("Effectiveness");
    case DacCriterion::efficiency: return N_("Efficiency");
    case DacCriterion::impact: return N_("Impact");
    case DacCriterion::sustainability: return N_("Sustainability");
  }
  return "";
}

const char* dac_criterion_question(DacCriterion c) {
  switch (c) {
    case DacCriterion::relevance: return N_("Is the pilot doing the right things?");
    case DacCriterion::coherence: return N_("How well does it fit with other interventions?");
    case DacCriterion::effectiveness: return N_("Is it achieving its objectives?");
    case DacCriterion::efficiency: return N_("How well are resources being used?");
    case DacCriterion::impact: return N_("What difference does it make?");
    case DacCriterion::sustainability: return N_("Will the benefits last?");
  }
  return "";
}

const char* evaluation_stage_label(EvaluationStage s) {
  switch (s) {
    case EvaluationStage::mid_term: return N_("Mid-term evaluation");
    case EvaluationStage::final_evaluation: return N_("Final evaluation");
  }
  return "";
}

const char* modification_status_label(ModificationStatus s) {
  switch (s) {
    case ModificationStatus::requested: return N_("Requested");
    case ModificationStatus::approved: return N_("Approved");
    case ModificationStatus::rejected: return N_("Rejected");
  }
  return "";
}

}  // namespace cps::web
