// The zone table and its arithmetic (see zones.hpp).
#include "domain/events/zones.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace cps::events {

namespace {

namespace chr = std::chrono;

// The zones of the partnership's countries and of the places its people travel to most.
// Europe/Chisinau switches at 00:00 UTC (02:00 local in March, 03:00 in October); the
// others at 01:00 UTC, as the European Union's summer-time rule says.
constexpr Zone kZones[] = {
    {"UTC", 0, -1},
    {"Europe/Lisbon", 0, 1},       {"Europe/London", 0, 1},        {"Europe/Brussels", 60, 1},
    {"Europe/Berlin", 60, 1},      {"Europe/Vienna", 60, 1},       {"Europe/Rome", 60, 1},
    {"Europe/Ljubljana", 60, 1},   {"Europe/Zagreb", 60, 1},       {"Europe/Sarajevo", 60, 1},
    {"Europe/Belgrade", 60, 1},    {"Europe/Podgorica", 60, 1},    {"Europe/Skopje", 60, 1},
    {"Europe/Tirane", 60, 1},      {"Europe/Budapest", 60, 1},     {"Europe/Bratislava", 60, 1},
    {"Europe/Prague", 60, 1},      {"Europe/Bucharest", 120, 1},   {"Europe/Sofia", 120, 1},
    {"Europe/Athens", 120, 1},     {"Europe/Chisinau", 120, 0},    {"Europe/Kyiv", 120, 1},
    {"Europe/Istanbul", 180, -1},
};

std::int64_t seconds_of(chr::sys_days day, int hour) {
  return chr::duration_cast<chr::seconds>(day.time_since_epoch()).count() + std::int64_t(hour) * 3600;
}

// The last Sunday of a month of a year.
chr::sys_days last_sunday(int year, unsigned month) {
  return chr::sys_days(chr::year{year} / chr::month{month} / chr::Sunday[chr::last]);
}

bool summer_at(std::int64_t utc, const Zone& zone) {
  if (zone.switch_hour_utc < 0) return false;
  auto day = chr::floor<chr::days>(chr::sys_seconds(chr::seconds(utc)));
  int year = int(chr::year_month_day(day).year());
  return utc >= seconds_of(last_sunday(year, 3), zone.switch_hour_utc) &&
         utc < seconds_of(last_sunday(year, 10), zone.switch_hour_utc);
}

}  // namespace

std::span<const Zone> zones() { return kZones; }

const Zone* find_zone(std::string_view name) {
  auto it = std::find_if(std::begin(kZones), std::end(kZones), [&](const Zone& z) { return z.name == name; });
  return it == std::end(kZones) ? nullptr : &*it;
}

bool is_zone(std::string_view name) { return find_zone(name) != nullptr; }

int offset_at(std::int64_t utc, const Zone& zone) { return zone.standard_minutes + (summer_at(utc, zone) ? 60 : 0); }

std::string LocalTime::offset() const {
  int m = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  char out[24];
  std::snprintf(out, sizeof out, "%c%02d:%02d", offset_minutes < 0 ? '-' : '+', m / 60, m % 60);
  return out;
}

LocalTime local_time(std::int64_t utc, const Zone& zone) {
  int offset = offset_at(utc, zone);
  chr::sys_seconds local{chr::seconds(utc + std::int64_t(offset) * 60)};
  auto day = chr::floor<chr::days>(local);
  chr::year_month_day ymd(day);
  chr::hh_mm_ss hms(local - day);
  char date[32], time[32];
  std::snprintf(date, sizeof date, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
  std::snprintf(time, sizeof time, "%02d:%02d", int(hms.hours().count()), int(hms.minutes().count()));
  return LocalTime{date, time, offset};
}

std::optional<std::int64_t> utc_of_local(std::string_view local, const Zone& zone) {
  if (local.size() != 16 || (local[10] != 'T' && local[10] != ' ')) return std::nullopt;
  int y = 0;
  unsigned mo = 0, d = 0, h = 0, mi = 0;
  for (std::size_t i : {4u, 7u})
    if (local[i] != '-') return std::nullopt;
  if (local[13] != ':') return std::nullopt;
  for (std::size_t i = 0; i < 16; ++i)
    if (i != 4 && i != 7 && i != 10 && i != 13 && (local[i] < '0' || local[i] > '9')) return std::nullopt;
  std::string text(local);
  if (std::sscanf(text.c_str(), "%4d-%2u-%2u%*c%2u:%2u", &y, &mo, &d, &h, &mi) != 5) return std::nullopt;
  chr::year_month_day ymd{chr::year{y}, chr::month{mo}, chr::day{d}};
  if (!ymd.ok() || h > 23 || mi > 59 || y < 2000 || y > 2100) return std::nullopt;
  std::int64_t wall = seconds_of(chr::sys_days(ymd), int(h)) + std::int64_t(mi) * 60;
  // Summer time first: a wall-clock time read in summer is an hour earlier in UTC.
  std::int64_t summer = wall - std::int64_t(zone.standard_minutes + 60) * 60;
  if (summer_at(summer, zone)) return summer;
  return wall - std::int64_t(zone.standard_minutes) * 60;
}

}  // namespace cps::events
