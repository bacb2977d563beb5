// The demo assessments: regions' self-assessments, peer reviews, consolidation and action
// plans from data/demo/assessments.json, taken through the assessment service step by step
// as the demo people named in the file, so that every rule of the flow holds.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "app/services.hpp"

namespace cps::app {

struct AssessmentDemoReport {
  std::size_t added = 0;
  std::size_t total = 0;  // the file's assessments stored now, added or already there
  std::map<std::string, std::size_t> added_by_status;
};

// Adds each assessment of the file whose region has none for its period yet; one that is
// there is left as it is. Fails naming the region and the step that the service refused.
Result<AssessmentDemoReport> load_demo_assessments(Services& services, const std::filesystem::path& file);

}  // namespace cps::app
