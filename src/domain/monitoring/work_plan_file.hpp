// The work plan as a file: the default one shipped in <resources>/monitoring/workplan.json
// (from the partnership's application: the activities of each reporting period, translated),
// loaded into a new installation, and the shape `clusterpolisee monitoring workplan
// export|import` writes and reads:
// {"periods": [{number, starts, ends, report_due}],
//  "activities": [ActivityInput as in monitoring_input.hpp, "responsible" as organisation
//                 names (matched on load; unknown names are left out and reported)],
//  "targets": [IndicatorTarget]}.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domain/monitoring/monitoring.hpp"
#include "domain/monitoring/monitoring_input.hpp"

namespace cps::monitoring {

struct WorkPlanFile {
  std::vector<ReportingPeriod> periods;
  std::vector<ActivityInput> activities;  // responsible left empty; names in responsible_names
  std::vector<std::vector<std::string>> responsible_names;  // per activity
  std::vector<IndicatorTarget> targets;
};

// Fails (invalid or unprocessable) naming the field, e.g. "activities.4.phase".
Result<WorkPlanFile> read_work_plan_file(std::string_view json);
std::string write_work_plan_file(const std::vector<ReportingPeriod>& periods, const std::vector<Activity>& activities,
                                 const std::vector<IndicatorTarget>& targets);

}  // namespace cps::monitoring
