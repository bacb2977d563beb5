// Small pieces several knowledge pages share (see parts.hpp).
#include "web/knowledge/parts.hpp"

#include <fmt/format.h>

#include <chrono>

namespace cps::web::knowledge_parts {

using namespace cps::knowledge;

std::string date_of(Seconds t) {
  auto day = std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(t)));
  std::chrono::year_month_day ymd(day);
  return fmt::format("{:04d}-{:02d}-{:02d}", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
}

std::string sources_text(const std::vector<Source>& sources) {
  std::string out;
  for (const auto& s : sources)
    out += s.title + " | " + s.url + " | " + s.publisher + " | " + (s.year ? std::to_string(*s.year) : "") + "\n";
  return out;
}

}  // namespace cps::web::knowledge_parts
