// iCalendar output (see ical.hpp).
#include "domain/events/ical.hpp"

#include <chrono>
#include <cstdio>

#include "domain/events/zones.hpp"

namespace cps::events {

namespace {

std::string utc_stamp(Seconds at) {
  namespace chr = std::chrono;
  chr::sys_seconds t{chr::seconds(at)};
  auto day = chr::floor<chr::days>(t);
  chr::year_month_day ymd(day);
  chr::hh_mm_ss hms(t - day);
  char out[24];
  std::snprintf(out, sizeof out, "%04d%02u%02uT%02d%02d%02dZ", int(ymd.year()), unsigned(ymd.month()),
                unsigned(ymd.day()), int(hms.hours().count()), int(hms.minutes().count()),
                int(hms.seconds().count()));
  return out;
}

std::string host_of(const std::string& url) {
  auto start = url.find("://");
  std::string host = start == std::string::npos ? url : url.substr(start + 3);
  auto slash = host.find('/');
  if (slash != std::string::npos) host.resize(slash);
  auto colon = host.find(':');
  if (colon != std::string::npos) host.resize(colon);
  return host.empty() ? "localhost" : host;
}

}  // namespace

std::string ical_escape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "\\n";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

std::string ical_line(std::string_view line) {
  std::string out;
  std::size_t width = 0;  // octets on the current physical line
  for (std::size_t i = 0; i < line.size();) {
    // The length of the UTF-8 sequence starting here, kept whole on one line.
    unsigned char c = static_cast<unsigned char>(line[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    if (i + n > line.size()) n = line.size() - i;
    if (width + n > 75) {
      out += "\r\n ";
      width = 1;
    }
    out.append(line.substr(i, n));
    width += n;
    i += n;
  }
  out += "\r\n";
  return out;
}

std::string ical_calendar(const std::vector<Event>& events, const CalendarOptions& o) {
  std::string out;
  out += ical_line("BEGIN:VCALENDAR");
  out += ical_line("VERSION:2.0");
  out += ical_line("PRODID:-//ClusterPoliSEE//Events//EN");
  out += ical_line("CALSCALE:GREGORIAN");
  out += ical_line("METHOD:PUBLISH");
  if (!o.name.empty()) out += ical_line("X-WR-CALNAME:" + ical_escape(o.name));
  const std::string host = host_of(o.public_url);
  for (const auto& e : events) {
    const std::string url = o.public_url + "/" + o.language + "/events/" + std::to_string(e.id.value());
    std::string where = e.place;
    if (!e.address.empty()) where += (where.empty() ? "" : ", ") + e.address;
    std::string description;
    if (const Zone* zone = find_zone(e.zone)) {
      LocalTime start = local_time(e.starts_at, *zone), end = local_time(e.ends_at, *zone);
      description = start.date + " " + start.time + "–" + (end.date == start.date ? "" : end.date + " ") + end.time +
                    " " + e.zone + " (UTC" + start.offset() + ")\n\n";
    }
    description += e.description;
    out += ical_line("BEGIN:VEVENT");
    out += ical_line("UID:event-" + std::to_string(e.id.value()) + "@" + host);
    out += ical_line("DTSTAMP:" + utc_stamp(o.stamp));
    out += ical_line("DTSTART:" + utc_stamp(e.starts_at));
    out += ical_line("DTEND:" + utc_stamp(e.ends_at));
    out += ical_line("SEQUENCE:" + std::to_string(e.revision - 1));
    out += ical_line("SUMMARY:" + ical_escape(e.title));
    if (!description.empty()) out += ical_line("DESCRIPTION:" + ical_escape(description));
    if (!where.empty()) out += ical_line("LOCATION:" + ical_escape(where));
    out += ical_line("URL:" + url);
    out += ical_line("STATUS:CONFIRMED");
    out += ical_line("END:VEVENT");
  }
  out += ical_line("END:VCALENDAR");
  return out;
}

}  // namespace cps::events
