#include "web/monitoring_labels.hpp"

#include "i18n/catalogue.hpp"

namespace cps::web {

using i18n::N_;
using namespace cps::monitoring;

const char* phase_label(Phase p) {
  switch (p) {
    case Phase::management: return N_("Management");
    case Phase::communication: return N_("Communication");
    case Phase::platform: return N_("Platform");
    case Phase::analysis: return N_("Analysis");
    case Phase::learning: return N_("Learning");
    case Phase::testing: return N_("Testing and pilots");
    case Phase::joint_action: return N_("Joint action");
  }
  return "";
}

const char* activity_kind_label(ActivityKind k) {
  switch (k) {
    case ActivityKind::activity: return N_("Activity");
    case ActivityKind::deliverable: return N_("Deliverable");
  }
  return "";
}

const char* activity_status_label(ActivityStatus s) {
  switch (s) {
    case ActivityStatus::not_started: return N_("Not started");
    case ActivityStatus::on_track: return N_("Running as planned");
    case ActivityStatus::at_risk: return N_("At risk");
    case ActivityStatus::delayed: return N_("Delayed");
    case ActivityStatus::done: return N_("Done");
    case ActivityStatus::cancelled: return N_("Cancelled");
  }
  return "";
}

const char* light_label(Light l) {
  switch (l) {
    case Light::grey: return N_("Not active");
    case Light::green: return N_("On track");
    case Light::amber: return N_("Needs attention");
    case Light::red: return N_("Late");
  }
  return "";
}

const char* light_symbol(Light l) {
  switch (l) {
    case Light::grey: return "–";
    case Light::green: return "✓";
    case Light::amber: return "!";
    case Light::red: return "✕";
  }
  return "";
}

const char* report_status_label(ReportStatus s) {
  switch (s) {
    case ReportStatus::draft: return N_("Draft");
    case ReportStatus::submitted: return N_("Submitted");
    case ReportStatus::approved: return N_("Approved");
    case ReportStatus::returned: return N_("Returned for changes");
  }
  return "";
}

const char* cost_category_label(CostCategory c) {
  switch (c) {
    case CostCategory::staff: return N_("Staff costs");
    case CostCategory::office: return N_("Office and administration");
    case CostCategory::travel: return N_("Travel and accommodation");
    case CostCategory::external_expertise: return N_("External expertise and services");
    case CostCategory::equipment: return N_("Equipment");
    case CostCategory::infrastructure: return N_("Infrastructure and works");
  }
  return "";
}

const char* verification_label(Verification v) {
  switch (v) {
    case Verification::pending: return N_("Not verified yet");
    case Verification::verified: return N_("Verified");
    case Verification::ineligible: return N_("Ineligible");
  }
  return "";
}

const char* measured_label(Measured m) {
  switch (m) {
    case Measured::practices_published: return N_("Good practices published");
    case Measured::assessments_published: return N_("Policy assessments published");
    case Measured::pilots_running: return N_("Pilot initiatives running");
    case Measured::pilots_completed: return N_("Pilot initiatives completed");
    case Measured::organisations_cooperating: return N_("Organisations cooperating across borders");
    case Measured::active_members: return N_("Active members");
    case Measured::joint_solutions: return N_("Jointly developed solutions");
    case Measured::action_plans: return N_("Action plans taken up");
  }
  return "";
}

const char* plan_part_label(PlanPart p) {
  switch (p) {
    case PlanPart::work_plan: return N_("Work plan");
    case PlanPart::budget: return N_("Budget");
  }
  return "";
}

const char* plan_change_status_label(PlanChangeStatus s) {
  switch (s) {
    case PlanChangeStatus::requested: return N_("Requested");
    case PlanChangeStatus::approved: return N_("Approved");
    case PlanChangeStatus::rejected: return N_("Rejected");
  }
  return "";
}

const char* pace_label(Pace p) {
  switch (p) {
    case Pace::on_plan: return N_("In line with the plan");
    case Pace::ahead: return N_("Spending runs ahead of the plan");
    case Pace::behind: return N_("Spending runs far behind the plan");
    case Pace::no_plan: return N_("Nothing planned");
  }
  return "";
}

}  // namespace cps::web
