// The readers of events, registrations and visit reports (see events.hpp).
#include "domain/events/events.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <initializer_list>
#include <tuple>

#include "core/text.hpp"
#include "domain/events/zones.hpp"
#include "i18n/catalogue.hpp"

namespace cps::events {

namespace json = boost::json;
using i18n::N_;

namespace {

Status only_fields(const json::object& o, std::initializer_list<std::string_view> known) {
  for (const auto& member : o)
    if (std::find(known.begin(), known.end(), std::string_view(member.key())) == known.end())
      return fail(ErrorKind::invalid, N_("This field is not known here."), std::string(member.key()));
  return {};
}

enum class Required { no, yes };

// Well-formed UTF-8 without control characters (line breaks allowed), at most `max` code points.
Result<std::string> words_of(const json::object& o, std::string_view key, std::size_t max, Required required) {
  std::string t;
  if (auto* v = o.if_contains(key); v && !v->is_null()) {
    if (!v->is_string()) return fail(ErrorKind::invalid, N_("This must be text."), std::string(key));
    t = text::trim(std::string_view(v->as_string()));
  }
  if (!text::is_valid_utf8(t) || text::has_control_characters(t))
    return fail(ErrorKind::invalid, N_("This text has characters that cannot be stored."), std::string(key));
  if (required == Required::yes && t.empty())
    return fail(ErrorKind::unprocessable, N_("This field is required."), std::string(key));
  if (text::utf8_length(t) > max)
    return fail_with(ErrorKind::unprocessable, N_("This text is too long: at most {max} characters."),
                     {{"max", std::to_string(max)}}, std::string(key));
  return t;
}

// An array of strings, or one string of comma-separated values (as a form sends them).
Result<std::vector<std::string>> codes_of(const json::object& o, std::string_view key) {
  std::vector<std::string> out;
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return out;
  auto add = [&](std::string_view s) {
    std::string code = text::to_upper_ascii(text::trim(s));
    if (!code.empty() && std::find(out.begin(), out.end(), code) == out.end()) out.push_back(code);
  };
  if (v->is_string()) {
    std::string_view all(v->as_string());
    for (std::size_t start = 0; start <= all.size();) {
      auto comma = all.find(',', start);
      if (comma == std::string_view::npos) comma = all.size();
      add(all.substr(start, comma - start));
      start = comma + 1;
    }
    return out;
  }
  if (!v->is_array()) return fail(ErrorKind::invalid, N_("This must be a list."), std::string(key));
  for (const auto& each : v->as_array()) {
    if (!each.is_string()) return fail(ErrorKind::invalid, N_("This must be a list."), std::string(key));
    add(std::string_view(each.as_string()));
  }
  return out;
}

bool is_region_code(std::string_view code) {
  if (code.size() < 2 || code.size() > 5) return false;
  return std::all_of(code.begin(), code.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }) &&
         code[0] >= 'A' && code[1] >= 'A';
}

bool is_time(std::string_view t) {
  return t.size() == 5 && t[2] == ':' && t[0] >= '0' && t[0] <= '2' && t[1] >= '0' && t[1] <= '9' && t[3] >= '0' &&
         t[3] <= '5' && t[4] >= '0' && t[4] <= '9' && (t[0] < '2' || t[1] <= '3');
}

Result<Seconds> moment_of(const json::object& o, std::string_view key, const Zone& zone, Required required) {
  auto t = words_of(o, key, 20, required);
  if (!t) return std::unexpected(t.error());
  if (t->empty()) return Seconds(0);
  auto at = utc_of_local(*t, zone);
  if (!at) return fail(ErrorKind::invalid, N_("Write the date and time as YYYY-MM-DDTHH:MM."), std::string(key));
  return *at;
}

Result<std::vector<AgendaItem>> agenda_of(const json::object& o) {
  std::vector<AgendaItem> out;
  auto* v = o.if_contains("agenda");
  if (!v || v->is_null()) return out;
  if (!v->is_array()) return fail(ErrorKind::invalid, N_("This must be a list."), "agenda");
  if (v->as_array().size() > kAgendaItems)
    return fail_with(ErrorKind::unprocessable, N_("An agenda has at most {max} items."),
                     {{"max", std::to_string(kAgendaItems)}}, "agenda");
  for (const auto& each : v->as_array()) {
    if (!each.is_object()) return fail(ErrorKind::invalid, N_("Write each agenda line as: time | title | speaker."), "agenda");
    const auto& item = each.as_object();
    if (auto ok = only_fields(item, {"time", "title", "speaker"}); !ok) return std::unexpected(ok.error());
    auto time = words_of(item, "time", 5, Required::yes);
    auto title = words_of(item, "title", kTitleLength, Required::yes);
    auto speaker = words_of(item, "speaker", kTitleLength, Required::no);
    if (!time || !title || !speaker || !is_time(*time))
      return fail(ErrorKind::invalid, N_("Write each agenda line as: time | title | speaker."), "agenda");
    out.push_back(AgendaItem{*time, *title, *speaker});
  }
  return out;
}

Result<std::vector<std::int64_t>> ids_of(const json::object& o, std::string_view key) {
  std::vector<std::int64_t> out;
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return out;
  auto add = [&](long long id) -> Status {
    if (id <= 0) return fail(ErrorKind::invalid, N_("Give knowledge items by their numbers."), std::string(key));
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    return {};
  };
  if (v->is_string()) {
    std::string_view all(v->as_string());
    for (std::size_t start = 0; start <= all.size();) {
      auto comma = all.find(',', start);
      if (comma == std::string_view::npos) comma = all.size();
      auto part = text::trim(all.substr(start, comma - start));
      start = comma + 1;
      if (part.empty()) continue;
      auto id = text::parse_int(part);
      if (!id) return fail(ErrorKind::invalid, N_("Give knowledge items by their numbers."), std::string(key));
      if (auto ok = add(*id); !ok) return std::unexpected(ok.error());
    }
    return out;
  }
  if (!v->is_array()) return fail(ErrorKind::invalid, N_("Give knowledge items by their numbers."), std::string(key));
  for (const auto& each : v->as_array()) {
    if (!each.is_int64()) return fail(ErrorKind::invalid, N_("Give knowledge items by their numbers."), std::string(key));
    if (auto ok = add(each.as_int64()); !ok) return std::unexpected(ok.error());
  }
  return out;
}

}  // namespace

Result<EventInput> read_event(const json::object& o) {
  if (auto ok = only_fields(o, {"kind", "title", "description", "start", "end", "zone", "place", "address",
                                "online_link", "host", "areas", "regions", "agenda", "capacity",
                                "allocation", "places_per_organisation", "places_per_country",
                                "registration_deadline", "materials"});
      !ok)
    return std::unexpected(ok.error());
  EventInput in;
  auto kind = words_of(o, "kind", 40, Required::yes);
  if (!kind) return std::unexpected(kind.error());
  auto k = parse_name(*kind, kEventKindNames);
  if (!k) return fail(ErrorKind::invalid, N_("Choose the kind of event."), "kind");
  in.kind = *k;
  auto title = words_of(o, "title", kTitleLength, Required::yes);
  if (!title) return std::unexpected(title.error());
  in.title = *title;
  auto description = words_of(o, "description", kDescriptionLength, Required::no);
  if (!description) return std::unexpected(description.error());
  in.description = *description;
  auto zone_name = words_of(o, "zone", 40, Required::yes);
  if (!zone_name) return std::unexpected(zone_name.error());
  const Zone* zone = find_zone(*zone_name);
  if (!zone) return fail(ErrorKind::invalid, N_("Choose a time zone from the list."), "zone");
  in.zone = std::string(zone->name);
  auto start = moment_of(o, "start", *zone, Required::yes);
  if (!start) return std::unexpected(start.error());
  auto end = moment_of(o, "end", *zone, Required::yes);
  if (!end) return std::unexpected(end.error());
  if (*end <= *start) return fail(ErrorKind::unprocessable, N_("An event cannot end before it starts."), "end");
  in.starts_at = *start;
  in.ends_at = *end;
  auto deadline = moment_of(o, "registration_deadline", *zone, Required::no);
  if (!deadline) return std::unexpected(deadline.error());
  if (*deadline && *deadline > *start)
    return fail(ErrorKind::unprocessable, N_("Registration must close before the event starts."),
                "registration_deadline");
  in.registration_closes_at = *deadline;
  for (auto [key, max, into] : {std::tuple{"place", kPlaceLength, &in.place},
                                std::tuple{"address", kPlaceLength, &in.address},
                                std::tuple{"online_link", kLinkLength, &in.online_link}}) {
    auto t = words_of(o, key, max, Required::no);
    if (!t) return std::unexpected(t.error());
    *into = *t;
  }
  if (!in.online_link.empty() && !in.online_link.starts_with("https://"))
    return fail(ErrorKind::invalid, N_("Write the online link as an https:// address."), "online_link");
  if (in.place.empty() && in.online_link.empty())
    return fail(ErrorKind::unprocessable, N_("Give the place, the online link or both."), "place");
  if (auto* host = o.if_contains("host"); host && !host->is_null()) {
    std::optional<long long> id;
    if (host->is_int64()) id = host->as_int64();
    else if (host->is_string() && !host->as_string().empty()) id = text::parse_int(std::string_view(host->as_string()));
    else if (host->is_string()) id = 0;
    if (!id || *id < 0) return fail(ErrorKind::invalid, N_("Choose the host organisation from the list."), "host");
    if (*id > 0) in.host = accounts::OrganisationId(*id);
  }
  auto areas = codes_of(o, "areas");
  if (!areas) return std::unexpected(areas.error());
  for (const auto& a : *areas)
    if (!accounts::is_working_group(a)) return fail(ErrorKind::invalid, N_("Choose thematic areas from the list."), "areas");
  in.areas = *areas;
  auto regions = codes_of(o, "regions");
  if (!regions) return std::unexpected(regions.error());
  for (const auto& r : *regions)
    if (!is_region_code(r)) return fail(ErrorKind::invalid, N_("Choose regions from the list."), "regions");
  in.regions = *regions;
  auto agenda = agenda_of(o);
  if (!agenda) return std::unexpected(agenda.error());
  in.agenda = *agenda;
  // A number of places: a whole number or its digits (a form's field), empty or left out for 0.
  auto places = [&](const char* key, int& into, const char* message) -> Status {
    auto* c = o.if_contains(key);
    if (!c || c->is_null()) return {};
    std::optional<long long> n;
    if (c->is_int64()) n = c->as_int64();
    else if (c->is_string())
      n = c->as_string().empty() ? std::optional<long long>(0) : text::parse_int(std::string_view(c->as_string()));
    if (!n || *n < 0 || *n > kLargestCapacity) return fail(ErrorKind::invalid, message, key);
    into = int(*n);
    return {};
  };
  if (auto ok = places("capacity", in.capacity, N_("Give the number of places as a whole number (0 for no limit)."));
      !ok)
    return std::unexpected(ok.error());
  if (auto ok = places("places_per_organisation", in.quotas.per_organisation,
                       N_("Give the places per organisation as a whole number (0 for no quota)."));
      !ok)
    return std::unexpected(ok.error());
  if (auto ok = places("places_per_country", in.quotas.per_country,
                       N_("Give the places per country as a whole number (0 for no quota)."));
      !ok)
    return std::unexpected(ok.error());
  if (in.capacity > 0 && (in.quotas.per_organisation > in.capacity || in.quotas.per_country > in.capacity))
    return fail(ErrorKind::unprocessable, N_("A quota cannot be larger than the number of places."),
                in.quotas.per_organisation > in.capacity ? "places_per_organisation" : "places_per_country");
  auto allocation = words_of(o, "allocation", 40, Required::no);
  if (!allocation) return std::unexpected(allocation.error());
  if (!allocation->empty()) {
    auto a = parse_name(*allocation, kAllocationNames);
    if (!a) return fail(ErrorKind::invalid, N_("Choose how places are given."), "allocation");
    in.allocation = *a;
  }
  auto materials = ids_of(o, "materials");
  if (!materials) return std::unexpected(materials.error());
  in.materials = *materials;
  return in;
}

Result<json::array> agenda_lines(std::string_view text) {
  json::array out;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text::trim_view(text.substr(start, end - start));
    start = end + 1;
    if (line.empty()) continue;
    std::vector<std::string> parts;
    for (std::size_t p = 0; p <= line.size();) {
      auto bar = line.find('|', p);
      if (bar == std::string_view::npos) bar = line.size();
      parts.push_back(text::trim(line.substr(p, bar - p)));
      p = bar + 1;
    }
    if (parts.size() < 2 || parts.size() > 3)
      return fail(ErrorKind::invalid, N_("Write each agenda line as: time | title | speaker."), "agenda");
    out.push_back(json::object{{"time", parts[0]}, {"title", parts[1]}, {"speaker", parts.size() > 2 ? parts[2] : ""}});
  }
  return out;
}

std::string agenda_text(const std::vector<AgendaItem>& agenda) {
  std::string out;
  for (const auto& a : agenda) out += a.time + " | " + a.title + (a.speaker.empty() ? "" : " | " + a.speaker) + "\n";
  return out;
}

Result<std::string> read_registration(const json::object& o) {
  if (auto ok = only_fields(o, {"needs"}); !ok) return std::unexpected(ok.error());
  return words_of(o, "needs", kNeedsLength, Required::no);
}

Result<Decision> read_decision(const json::object& o) {
  if (auto ok = only_fields(o, {"decision"}); !ok) return std::unexpected(ok.error());
  auto d = words_of(o, "decision", 40, Required::yes);
  if (!d) return std::unexpected(d.error());
  auto parsed = parse_name(*d, kDecisionNames);
  if (!parsed) return fail(ErrorKind::invalid, N_("Approve or decline the registration."), "decision");
  return *parsed;
}

Result<VisitReport> read_report(const json::object& o) {
  if (auto ok = only_fields(o, {"seen", "lessons", "transfer", "audience", "revision"}); !ok)
    return std::unexpected(ok.error());
  VisitReport r;
  auto seen = words_of(o, "seen", kReportLength, Required::yes);
  if (!seen) return std::unexpected(seen.error());
  r.seen = *seen;
  auto* lessons = o.if_contains("lessons");
  std::vector<std::string> lines;
  if (lessons && lessons->is_array()) {
    for (const auto& l : lessons->as_array()) {
      if (!l.is_string()) return fail(ErrorKind::invalid, N_("This must be a list."), "lessons");
      lines.emplace_back(l.as_string());
    }
  } else {
    auto all = words_of(o, "lessons", kReportLength, Required::no);
    if (!all) return std::unexpected(all.error());
    for (std::size_t start = 0; start <= all->size();) {
      auto end = all->find('\n', start);
      if (end == std::string::npos) end = all->size();
      lines.push_back(all->substr(start, end - start));
      start = end + 1;
    }
  }
  for (auto& l : lines) {
    std::string t = text::trim(l);
    if (t.empty()) continue;
    if (!text::is_valid_utf8(t) || text::has_control_characters(t))
      return fail(ErrorKind::invalid, N_("This text has characters that cannot be stored."), "lessons");
    if (text::utf8_length(t) > kTitleLength * 5)
      return fail_with(ErrorKind::unprocessable, N_("This text is too long: at most {max} characters."),
                       {{"max", std::to_string(kTitleLength * 5)}}, "lessons");
    r.lessons.push_back(std::move(t));
  }
  if (r.lessons.empty()) return fail(ErrorKind::unprocessable, N_("Write at least one lesson learned, one a line."), "lessons");
  auto transfer = words_of(o, "transfer", kReportLength, Required::no);
  if (!transfer) return std::unexpected(transfer.error());
  r.transfer = *transfer;
  auto audience = words_of(o, "audience", kPlaceLength * 3, Required::no);
  if (!audience) return std::unexpected(audience.error());
  r.audience = *audience;
  return r;
}

std::optional<Error> quota_refusal(const Quotas& quotas, const std::vector<Registration>& registrations,
                                   const Registration& candidate) {
  int same_organisation = 0, same_country = 0;
  for (const auto& r : registrations) {
    if (r.id == candidate.id || r.status != RegistrationStatus::confirmed) continue;
    // The organisation as registered: a registration keeps the name it was made under.
    if (!candidate.organisation.empty() && r.organisation == candidate.organisation) ++same_organisation;
    if (!candidate.country.empty() && r.country == candidate.country) ++same_country;
  }
  if (quotas.per_organisation > 0 && same_organisation >= quotas.per_organisation)
    return Error{ErrorKind::conflict,
                 N_("{organisation} holds all the places one organisation may have at this event ({count})."),
                 "event", "", 0,
                 {{"organisation", candidate.organisation}, {"count", std::to_string(quotas.per_organisation)}}};
  if (quotas.per_country > 0 && same_country >= quotas.per_country)
    return Error{ErrorKind::conflict,
                 N_("The organisations of {country} hold all the places one country may have at this event ({count})."),
                 "event", "", 0, {{"country", candidate.country}, {"count", std::to_string(quotas.per_country)}}};
  return std::nullopt;
}

std::string_view to_string(EventKind k) { return name_of(k, kEventKindNames); }
std::string_view to_string(RegistrationStatus s) { return name_of(s, kRegistrationStatusNames); }
std::string_view to_string(Allocation a) { return name_of(a, kAllocationNames); }
std::string_view to_string(Decision d) { return name_of(d, kDecisionNames); }

}  // namespace cps::events
