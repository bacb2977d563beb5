// Events as iCalendar (RFC 5545): one event's file and a person's calendar feed are the same
// shape. Times are written in UTC ("…Z"), which every calendar reads without a VTIMEZONE
// block; the event's own zone is named in the description's first line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/events/events.hpp"

namespace cps::events {

struct CalendarOptions {
  std::string name;        // X-WR-CALNAME, "" for none
  std::string public_url;  // "https://platform.example", for UIDs and each event's URL
  std::string language;    // of the event pages linked to
  Seconds stamp = 0;       // DTSTAMP
};

std::string ical_calendar(const std::vector<Event>& events, const CalendarOptions& options);

// The text of a property value escaped (backslash, semicolon, comma, line breaks).
std::string ical_escape(std::string_view text);
// A content line folded at 75 octets (never inside a UTF-8 sequence), ended with CRLF.
std::string ical_line(std::string_view line);

}  // namespace cps::events
