// What every assessment page's file shares: the page class, the names it speaks in (the
// assessment domain, translation markers, the HTTP types), and small pieces several pages
// show: a region's name, the areas' names, the flow as steps, a level as text.
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "domain/assessment/assessment.hpp"
#include "http/request.hpp"
#include "web/assessment_labels.hpp"
#include "web/assessment_pages.hpp"

namespace cps::web::assessment_parts {

// A moment as the day it falls on (UTC), YYYY-MM-DD; "" for 0 (never).
std::string day_of(assessment::Seconds t);
// "Nord-Est (RO21)", or the code when the reference data do not know it.
std::string region_label(reference::ReferenceService& reference, const RegionCode& code);
// The six areas in order: code and name in the language (the code when unnamed).
struct AreaName {
  std::string code;
  std::string name;
};
std::vector<AreaName> area_names(reference::ReferenceService& reference, std::string_view language);
// The flow draft → … → published as a list of steps for the template: label, done, current.
List flow_steps(const Site& site, i18n::Language lang, assessment::AssessmentStatus status);
// "/en/assessments/12"
std::string assessment_href(i18n::Language lang, assessment::AssessmentId id);
// A level as shown in tables: "3", or "—" when there is none.
std::string level_text(std::optional<int> level);
// The answer of a score as a short text: "3", "n/a", "no data".
std::string rating_text(const Site& site, i18n::Language lang, const assessment::Rating& rating);

}  // namespace cps::web::assessment_parts

// Only the files in web/assessment/ include this header: the names below are theirs alone.
namespace cps::web {

using i18n::N_;
using i18n::NP_;
using namespace cps::assessment;
namespace bhttp = http::bhttp;
using assessment_parts::area_names;
using assessment_parts::assessment_href;
using assessment_parts::day_of;
using assessment_parts::flow_steps;
using assessment_parts::level_text;
using assessment_parts::rating_text;
using assessment_parts::region_label;

}  // namespace cps::web
