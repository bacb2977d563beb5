// What every results page's file shares: the page class, the names it speaks in, and how a
// level, a mean, a difference and a date are shown.
#pragma once

#include <boost/json.hpp>

#include <optional>
#include <string>

#include "domain/assessment/assessment.hpp"
#include "http/request.hpp"
#include "web/assessment_labels.hpp"
#include "web/assessment_results_pages.hpp"

namespace cps::web::results_parts {

// A level (1–5) or "–" when there is none.
std::string level_text(const std::optional<int>& level);
// A weighted mean with one decimal in the language's way, or "–".
std::string mean_text(const i18n::Catalogue& cat, i18n::Language lang, const std::optional<double>& mean);
// A difference with its sign (+2, −1, 0), or "–".
std::string difference_text(const std::optional<int>& difference);
// The colour step of a heat map cell (heat-0 for none, heat-1 … heat-5 by the rounded level).
std::string heat_class(const std::optional<double>& mean);
// A moment as the day it falls on (UTC), YYYY-MM-DD; "" for 0.
std::string day_of(assessment::Seconds t);
// Whole days between two moments.
long long days_between(assessment::Seconds from, assessment::Seconds to);
// The short names of the time frames for column headings and chart series ("Today" rather
// than "Current", which some languages read as "ongoing"); the forms use timeframe_label's
// longer ones. Message ids, for Site::tr. Statuses are assessment_labels' names.
const char* timeframe_heading(assessment::Timeframe timeframe);
// A mean for an embedded JSON chart, with the table's one decimal: null when there is none.
boost::json::value json_number(const std::optional<double>& value);

}  // namespace cps::web::results_parts

// Only the files in web/assessment_results/ include this header: the names below are theirs.
namespace cps::web {

using i18n::N_;
namespace bhttp = http::bhttp;
using namespace results_parts;

}  // namespace cps::web
