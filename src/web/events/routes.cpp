// The routes of event pages, the calendar's list with its filters, and what every event page
// shares: times in the event's zone and the reader's, and area names.
#include <chrono>

#include "core/text.hpp"
#include "domain/events/zones.hpp"
#include "http/request.hpp"
#include "web/event_labels.hpp"
#include "web/event_pages.hpp"

namespace cps::web {

namespace bhttp = http::bhttp;
using i18n::N_;
using namespace cps::events;

void EventPages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  using V = bhttp::verb;
  http::RouteOptions long_form{128 * 1024};
  router.get("/{lang}/events", page(&EventPages::list));
  router.get("/{lang}/events/new", page(&EventPages::new_event));
  router.add(V::post, "/{lang}/events", form(&EventPages::create), long_form);
  router.get("/{lang}/events/calendar", page(&EventPages::calendar_page));
  router.add(V::post, "/{lang}/events/calendar", form(&EventPages::renew_calendar));
  router.add(V::post, "/{lang}/events/calendar/revoke", form(&EventPages::revoke_calendar));
  router.get("/{lang}/events/{id}", page(&EventPages::event));
  router.get("/{lang}/events/{id}/edit", page(&EventPages::edit_event));
  router.add(V::post, "/{lang}/events/{id}/edit", form(&EventPages::update), long_form);
  router.get("/{lang}/events/{id}/event.ics", page(&EventPages::event_ics));
  router.add(V::post, "/{lang}/events/{id}/registration", form(&EventPages::register_for));
  router.add(V::post, "/{lang}/events/{id}/registration/cancel", form(&EventPages::cancel));
  router.get("/{lang}/events/{id}/attendance", page(&EventPages::attendance));
  router.add(V::post, "/{lang}/events/{id}/attendance/{registration}", form(&EventPages::check_in));
  router.add(V::post, "/{lang}/events/{id}/registrations/{registration}/decision", form(&EventPages::decide));
  router.get("/{lang}/events/{id}/attendance.csv", page(&EventPages::attendance_csv));
  router.add(V::post, "/{lang}/events/{id}/report", form(&EventPages::report), long_form);
  router.add(V::post, "/{lang}/events/{id}/report/lessons/{lesson}", form(&EventPages::draft));
  router.get("/{lang}/certificates/{token}", page(&EventPages::certificate));
  router.get("/calendar/{file}", [this](http::Request& r) { return personal_ics(r); });
  router.get("/feeds/events.atom", [this](http::Request& r) { return feed(r); });
}

std::string EventPages::base_url() const {
  std::string base = public_url_;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base;
}

std::string EventPages::when_text(Language lang, Seconds at, const std::string& zone_name,
                                  const std::string& reader) const {
  auto one = [&](const Zone& zone) {
    LocalTime t = local_time(at, zone);
    int y = std::stoi(t.date.substr(0, 4));
    unsigned m = unsigned(std::stoi(t.date.substr(5, 2))), d = unsigned(std::stoi(t.date.substr(8, 2)));
    std::string day = site_.catalogue().format_date(
        lang, std::chrono::sys_days(std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}));
    return day + ", " + t.time + " (" + std::string(zone.name) + ", UTC" + t.offset() + ")";
  };
  const Zone* zone = find_zone(zone_name);
  if (!zone) return text::utc_timestamp(at);
  std::string out = one(*zone);
  if (const Zone* theirs = find_zone(reader); theirs && theirs != zone)
    out += " · " + text::fill(site_.tr(lang, N_("your time: {time}")), {{"time", one(*theirs)}});
  return out;
}

std::string EventPages::area_label(const std::string& code, Language lang) const {
  if (auto named = reference_.areas(i18n::code(lang)))
    for (const auto& a : *named)
      if (a.code.str() == code) return code + " · " + a.name;
  return code;
}

http::Response EventPages::list(http::Request& r, Language lang, const Visit& v) {
  ListFilter filter;
  std::string when = r.query_value("when").value_or("upcoming");
  if (auto w = parse_name(when, kWhenNames)) filter.when = *w;
  std::string kind = r.query_value("kind").value_or("");
  if (auto k = parse_name(kind, kEventKindNames)) filter.kind = *k;
  std::string area = r.query_value("area").value_or("");
  if (accounts::is_working_group(area)) filter.area = area;
  std::string tz = r.query_value("tz").value_or("");
  if (!is_zone(tz)) tz.clear();
  auto found = events_.list(filter);
  if (!found) return site_.error_page(r, found.error());
  const std::string prefix = Site::prefix(lang);
  List rows;
  for (const auto& e : *found) {
    std::string where = e.place.empty() ? site_.tr(lang, N_("Online")) : e.place;
    // The reader's zone follows them to the event's page.
    rows.push_back(Object{{"href", prefix + "/events/" + std::to_string(e.id.value()) +
                                       (tz.empty() ? std::string() : "?tz=" + text::encode_uri_component(tz))},
                          {"title", e.title},
                          {"kind", site_.tr(lang, event_kind_label(e.kind))},
                          {"kind_code", std::string(to_string(e.kind))},
                          {"when", when_text(lang, e.starts_at, e.zone, tz)},
                          {"where", where},
                          {"host", e.host_name},
                          {"has_host", !e.host_name.empty()},
                          {"has_report", e.report.has_value()}});
  }
  List kinds, areas, whens, zone_list;
  for (const auto& k : kEventKindNames)
    kinds.push_back(Object{{"code", std::string(k.name)},
                           {"name", site_.tr(lang, event_kind_label(k.value))},
                           {"selected", k.name == kind}});
  for (auto wg : accounts::kWorkingGroups)
    areas.push_back(Object{{"code", std::string(wg)}, {"name", area_label(std::string(wg), lang)}, {"selected", wg == area}});
  for (const auto& [code, label] : {std::pair{When::upcoming, N_("Upcoming events")}, std::pair{When::past, N_("Past events")}}) {
    std::string href = prefix + "/events?when=" + std::string(to_string(code));
    if (!kind.empty()) href += "&kind=" + kind;
    if (!area.empty()) href += "&area=" + area;
    if (!tz.empty()) href += "&tz=" + text::encode_uri_component(tz);
    whens.push_back(Object{{"href", href}, {"name", site_.tr(lang, label)}, {"current", code == filter.when}});
  }
  for (const auto& z : zones()) zone_list.push_back(Object{{"code", std::string(z.name)}, {"selected", z.name == tz}});
  Object data{{"rows", rows},
              {"has_rows", !rows.empty()},
              {"count_text", site_.catalogue().translate_count(lang, i18n::NP_("{count} event", "{count} events"),
                                                               (long long)rows.size())},
              {"whens", whens},
              {"when", std::string(to_string(filter.when))},
              {"when_name", site_.tr(lang, filter.when == When::upcoming ? N_("Upcoming events") : N_("Past events"))},
              {"kinds", kinds},
              {"areas", areas},
              {"zones", zone_list},
              {"action", prefix + "/events"},
              {"can_create", events_.organises(v.principal)},
              {"new_href", prefix + "/events/new"},
              {"signed_in", v.principal.signed_in()},
              {"calendar_href", prefix + "/events/calendar"},
              {"feed_href", "/feeds/events.atom?ui=" + std::string(i18n::code(lang))}};
  return site_.page(r, lang, "events_list", site_.tr(lang, N_("Events")), std::move(data));
}

}  // namespace cps::web
