// Time zones of events. Debian's libstdc++ 12 has no C++20 time-zone database
// (std::chrono::locate_zone), so the platform keeps the zones events take place in as a
// table: the IANA name, the standard offset and whether (and at which UTC hour) it keeps
// European summer time — from the last Sunday of March to the last Sunday of October. An
// event stores UTC seconds and the zone's name; pages show a time in the event's zone and in
// the reader's, with the offset written out.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace cps::events {

struct Zone {
  std::string_view name;     // IANA
  int standard_minutes = 0;  // offset from UTC in winter
  // The UTC hour at which summer time begins and ends; -1 for a zone without summer time.
  int switch_hour_utc = 1;
};

std::span<const Zone> zones();
const Zone* find_zone(std::string_view name);
bool is_zone(std::string_view name);

// A UTC moment as read on a clock of the zone.
struct LocalTime {
  std::string date;    // YYYY-MM-DD
  std::string time;    // HH:MM
  int offset_minutes = 0;
  std::string offset() const;  // "+02:00"
  std::string iso() const { return date + "T" + time; }
};
LocalTime local_time(std::int64_t utc, const Zone& zone);
// The zone's offset at a UTC moment, in minutes.
int offset_at(std::int64_t utc, const Zone& zone);

// "YYYY-MM-DDTHH:MM" (or "YYYY-MM-DD HH:MM") on a clock of the zone, as UTC seconds; nullopt
// when it is no such date and time.
std::optional<std::int64_t> utc_of_local(std::string_view local, const Zone& zone);

}  // namespace cps::events
