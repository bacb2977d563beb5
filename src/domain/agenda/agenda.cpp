// Names and days of the agenda (see agenda.hpp).
#include "domain/agenda/agenda.hpp"

#include <chrono>
#include <cstdio>

namespace cps::agenda {

std::string day_of(Seconds at) {
  using namespace std::chrono;
  const year_month_day day{floor<days>(sys_seconds{seconds{at}})};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                static_cast<unsigned>(day.day()));
  return out;
}

std::string_view to_string(Kind k) { return name_of(k, kKindNames); }

}  // namespace cps::agenda
