// Small pieces the results pages share (see parts.hpp).
#include "web/assessment_results/parts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace cps::web::results_parts {

using namespace cps::assessment;

std::string level_text(const std::optional<int>& level) {
  return level ? std::to_string(*level) : "–";
}

std::string mean_text(const i18n::Catalogue& cat, i18n::Language lang, const std::optional<double>& mean) {
  // Rounded here, half away from zero, as json_number rounds (ICU would round half to even).
  return mean ? cat.format_decimal(lang, std::round(*mean * 10) / 10, 1) : "–";
}

std::string difference_text(const std::optional<int>& difference) {
  if (!difference) return "–";
  if (*difference > 0) return "+" + std::to_string(*difference);
  if (*difference < 0) return "−" + std::to_string(-*difference);
  return "0";
}

std::string heat_class(const std::optional<double>& mean) {
  if (!mean) return "heat-0";
  long step = std::lround(*mean);
  return "heat-" + std::to_string(std::clamp(step, long(kLowestLevel), long(kHighestLevel)));
}

std::string day_of(Seconds t) {
  if (t == 0) return "";
  auto day = std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(t)));
  std::chrono::year_month_day ymd(day);
  return fmt::format("{:04d}-{:02d}-{:02d}", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
}

long long days_between(Seconds from, Seconds to) {
  return to > from ? (to - from) / 86400 : 0;
}

const char* timeframe_heading(Timeframe timeframe) {
  switch (timeframe) {
    case Timeframe::past:
      return N_("Past period");
    case Timeframe::current:
      return N_("Today");
    case Timeframe::target:
      return N_("Target");
  }
  return "";
}

boost::json::value json_number(const std::optional<double>& value) {
  if (!value) return nullptr;
  // Rounded as mean_text rounds for the table, so that chart and table show the same figure.
  return std::round(*value * 10) / 10;
}

}  // namespace cps::web::results_parts
