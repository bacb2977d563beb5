// The events API (see event_endpoints.hpp): routes one line each, and their handlers.
#include "api/event_endpoints.hpp"

#include <boost/json.hpp>

#include "api/guard.hpp"
#include "api/json.hpp"
#include "api/paging.hpp"
#include "api/table_files.hpp"
#include "core/text.hpp"
#include "domain/events/zones.hpp"

namespace cps::api {

namespace json = boost::json;
using namespace cps::events;

namespace {

json::object time_json(Seconds at, const std::string& zone_name) {
  json::object o{{"utc", text::utc_timestamp(at)}};
  if (const Zone* zone = find_zone(zone_name)) {
    LocalTime t = local_time(at, *zone);
    o["local"] = t.iso();
    o["offset"] = t.offset();
  }
  return o;
}

json::array strings_json(const std::vector<std::string>& values) {
  json::array a;
  for (const auto& v : values) a.emplace_back(v);
  return a;
}

json::object event_json(const Event& e) {
  json::array agenda, materials, lessons;
  for (const auto& a : e.agenda) agenda.push_back(json::object{{"time", a.time}, {"title", a.title}, {"speaker", a.speaker}});
  for (auto m : e.materials) materials.emplace_back(m);
  for (const auto& l : e.lesson_items) lessons.push_back(json::object{{"lesson", l.lesson}, {"item", l.item}});
  json::value report = nullptr;
  if (e.report)
    report = json::object{{"seen", e.report->seen},           {"lessons", strings_json(e.report->lessons)},
                          {"transfer", e.report->transfer},   {"audience", e.report->audience},
                          {"written_by", e.report->written_by}, {"written_at", e.report->written_at},
                          {"knowledge_items", lessons}};
  return json::object{
      {"id", e.id.value()},
      {"kind", std::string(to_string(e.kind))},
      {"title", e.title},
      {"description", e.description},
      {"zone", e.zone},
      {"start", time_json(e.starts_at, e.zone)},
      {"end", time_json(e.ends_at, e.zone)},
      {"place", e.place},
      {"address", e.address},
      {"online_link", e.online_link.empty() ? json::value(nullptr) : json::value(e.online_link)},
      {"host", e.host ? json::value(json::object{{"id", e.host->value()}, {"name", e.host_name}}) : json::value(nullptr)},
      {"areas", strings_json(e.areas)},
      {"regions", strings_json(e.regions)},
      {"agenda", agenda},
      {"capacity", e.capacity},
      {"allocation", std::string(to_string(e.allocation))},
      {"places_per_organisation", e.quotas.per_organisation},
      {"places_per_country", e.quotas.per_country},
      {"registration_deadline",
       e.registration_closes_at ? json::value(time_json(e.registration_closes_at, e.zone)) : json::value(nullptr)},
      {"materials", materials},
      {"report", report},
      {"revision", e.revision}};
}

json::object registration_json(const Registration& r) {
  return json::object{{"id", r.id.value()},
                      {"user", r.user.value()},
                      {"name", r.name},
                      {"organisation", r.organisation},
                      {"country", r.country},
                      {"organisation_type", r.organisation_type},
                      {"status", std::string(to_string(r.status))},
                      {"needs", r.needs},
                      {"registered_at", r.registered_at},
                      {"checked_in_at", r.checked_in_at ? json::value(r.checked_in_at) : json::value(nullptr)}};
}

json::object view_json(const EventView& v) {
  json::object o = event_json(v.event);
  json::value mine = nullptr;
  if (v.mine)
    mine = json::object{{"status", std::string(to_string(v.mine->status))},
                        {"position", v.position ? json::value(v.position) : json::value(nullptr)},
                        {"needs", v.mine->needs},
                        {"certificate", v.mine->certificate.empty() ? json::value(nullptr)
                                                                    : json::value("/api/v1/certificates/" + v.mine->certificate)}};
  o["places_taken"] = v.confirmed;
  o["waiting"] = v.waitlisted;
  o["pending"] = v.pending;
  o["my_registration"] = mine;
  o["can"] = json::object{{"manage", v.can.manage}, {"register", v.can.register_}, {"cancel", v.can.cancel},
                          {"report", v.can.report}};
  return o;
}

Result<json::object> body_of(const http::Request& r) {
  if (auto ok = check_query(r, {}); !ok) return std::unexpected(ok.error());
  return parse_object(r.raw.body());
}

}  // namespace

void EventEndpoints::add_routes(http::Router& router) {
  using V = http::bhttp::verb;
  using E = EventEndpoints;
  http::RouteOptions body{128 * 1024};
  router.get("/api/v1/events", for_anyone(this, &E::list));
  router.add(V::post, "/api/v1/events", for_visitor(auth_, this, &E::create), body);
  router.get("/api/v1/events/{id}", for_visitor(auth_, this, &E::event));
  router.add(V::put, "/api/v1/events/{id}", for_visitor(auth_, this, &E::update), body);
  router.get("/api/v1/events/{id}/registrations", for_visitor(auth_, this, &E::registrations));
  router.add(V::post, "/api/v1/events/{id}/registrations", for_visitor(auth_, this, &E::register_for), body);
  router.add(V::delete_, "/api/v1/events/{id}/registrations/mine", for_visitor(auth_, this, &E::cancel));
  router.add(V::post, "/api/v1/events/{id}/registrations/{registration}/check-in",
             for_visitor(auth_, this, &E::check_in), body);
  router.add(V::post, "/api/v1/events/{id}/registrations/{registration}/decision",
             for_visitor(auth_, this, &E::decide), body);
  router.get("/api/v1/events/{id}/attendance.csv", for_visitor(auth_, this, &E::attendance));
  router.add(V::put, "/api/v1/events/{id}/report", for_visitor(auth_, this, &E::report), body);
  router.add(V::post, "/api/v1/events/{id}/report/lessons/{lesson}/knowledge-item", for_visitor(auth_, this, &E::draft),
             body);
  router.get("/api/v1/certificates/{token}", for_anyone(this, &E::certificate));
  router.get("/api/v1/calendar", for_visitor(auth_, this, &E::calendar));
  router.add(V::post, "/api/v1/calendar", for_visitor(auth_, this, &E::renew_calendar), body);
  router.add(V::delete_, "/api/v1/calendar", for_visitor(auth_, this, &E::revoke_calendar));
}

http::Response EventEndpoints::list(http::Request& r) {
  if (auto ok = check_query(r, {"when", "kind", "area", "limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  ListFilter filter;
  if (auto when = r.query_value("when"); when && !when->empty()) {
    auto parsed = parse_name(*when, kWhenNames);
    if (!parsed) return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "when"});
    filter.when = *parsed;
  }
  if (auto kind = r.query_value("kind"); kind && !kind->empty()) {
    auto parsed = parse_name(*kind, kEventKindNames);
    if (!parsed) return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "kind"});
    filter.kind = *parsed;
  }
  if (auto area = r.query_value("area"); area && !area->empty()) {
    std::string code = text::to_upper_ascii(*area);
    if (!accounts::is_working_group(code))
      return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "area"});
    filter.area = code;
  }
  auto found = events_.list(filter);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (auto& e : *found) {
    e.online_link.clear();
    items.push_back(event_json(e));
  }
  return page_of(r, std::move(items), *page);
}

http::Response EventEndpoints::create(http::Request& r, const Visit& v) {
  auto body = body_of(r);
  if (!body) return error_response(r, body.error());
  auto input = read_event(*body);
  if (!input) return error_response(r, input.error());
  auto done = events_.create(v.principal, std::move(*input));
  if (!done) return error_response(r, done.error());
  return created(r, event_json(*done), "/api/v1/events/" + std::to_string(done->id.value()));
}

http::Response EventEndpoints::event(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<EventId>(r);
  if (!id) return error_response(r, id.error());
  auto found = events_.event(v.principal, *id);
  if (!found) return error_response(r, found.error());
  return json_response(r, view_json(*found));
}

http::Response EventEndpoints::update(http::Request& r, const Visit& v) {
  auto id = id_in_path<EventId>(r);
  if (!id) return error_response(r, id.error());
  auto body = body_of(r);
  if (!body) return error_response(r, body.error());
  auto revision = revision_of(*body);
  if (!revision) return error_response(r, revision.error());
  body->erase("revision");
  auto input = read_event(*body);
  if (!input) return error_response(r, input.error());
  auto done = events_.update(v.principal, *id, *revision, std::move(*input));
  if (!done) return error_response(r, done.error());
  return json_response(r, event_json(*done));
}

http::Response EventEndpoints::registrations(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto id = id_in_path<EventId>(r);
  if (!id) return error_response(r, id.error());
  auto found = events_.registrations(v.principal, *id);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& reg : *found) items.push_back(registration_json(reg));
  return page_of(r, std::move(items), *page);
}

http::Response EventEndpoints::register_for(http::Request& r, const Visit& v) {
  auto id = id_in_path<EventId>(r);
  if (!id) return error_response(r, id.error());
  auto body = body_of(r);
  if (!body) return error_response(r, body.error());
  auto needs = read_registration(*body);
  if (!needs) return error_response(r, needs.error());
  auto done = events_.register_for(v.principal, *id, *needs);
  if (!done) return error_response(r, done.error());
  return created(r, registration_json(*done),
                 "/api/v1/events/" + std::to_string(id->value()) + "/registrations/" + std::to_string(done->id.value()));
}

http::Response EventEndpoints::cancel(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<EventId>(r);
  if (!id) return error_response(r, id.error());
  auto done = events_.cancel(v.principal, *id);
  if (!done) return error_response(r, done.error());
  return json_response(r, registration_json(*done));
}

http::Response EventEndpoints::check_in(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<EventId>(r);
  if (!id) return error_response(r, id.error());
  auto registration = id_in_path<RegistrationId>(r, "registration");
  if (!registration) return error_response(r, registration.error());
  auto done = events_.check_in(v.principal, *id, *registration);
  if (!done) return error_response(r, done.error());
  return json_response(r, registration_json(*done));
}

http::Response EventEndpoints::decide(http::Request& r, const Visit& v) {
  auto id = id_in_path<EventId>(r);
  if (!id) return error_response(r, id.error());
  auto registration = id_in_path<RegistrationId>(r, "registration");
  if (!registration) return error_response(r, registration.error());
  auto body = body_of(r);
  if (!body) return error_response(r, body.error());
  auto decision = read_decision(*body);
  if (!decision) return error_response(r, decision.error());
  auto done = events_.decide(v.principal, *id, *registration, *decision);
  if (!done) return error_response(r, done.error());
  return json_response(r, registration_json(*done));
}

http::Response EventEndpoints::attendance(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<EventId>(r);
  if (!id) return error_response(r, id.error());
  auto table = events_.attendance(v.principal, *id);
  if (!table) return error_response(r, table.error());
  return table_response(r, *table, TableForm::csv, "attendance-" + std::to_string(id->value()));
}

http::Response EventEndpoints::certificate(http::Request& r) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto found = events_.certificate(std::string(r.param("token")));
  if (!found) return error_response(r, found.error());
  return json_response(r, json::object{{"name", found->name},
                                       {"organisation", found->organisation},
                                       {"event", found->event.id.value()},
                                       {"title", found->event.title},
                                       {"kind", std::string(to_string(found->event.kind))},
                                       {"start", time_json(found->event.starts_at, found->event.zone)},
                                       {"end", time_json(found->event.ends_at, found->event.zone)},
                                       {"host", found->event.host_name},
                                       {"checked_in_at", found->checked_in_at}});
}

http::Response EventEndpoints::report(http::Request& r, const Visit& v) {
  auto id = id_in_path<EventId>(r);
  if (!id) return error_response(r, id.error());
  auto body = body_of(r);
  if (!body) return error_response(r, body.error());
  auto revision = revision_of(*body);
  if (!revision) return error_response(r, revision.error());
  auto report = read_report(*body);
  if (!report) return error_response(r, report.error());
  auto done = events_.write_report(v.principal, *id, *revision, std::move(*report));
  if (!done) return error_response(r, done.error());
  return json_response(r, event_json(*done));
}

http::Response EventEndpoints::draft(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<EventId>(r);
  if (!id) return error_response(r, id.error());
  auto lesson = text::parse_int(r.param("lesson"));
  if (!lesson || *lesson < 1) return error_response(r, Error{ErrorKind::not_found, "Not found.", "lesson"});
  auto item = events_.draft_from_lesson(v.principal, *id, std::size_t(*lesson - 1));
  if (!item) return error_response(r, item.error());
  return created(r, json::object{{"item", *item}, {"lesson", *lesson}}, "/api/v1/knowledge/" + std::to_string(*item));
}

http::Response EventEndpoints::calendar(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  if (!v.principal.signed_in()) return error_response(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  auto has = events_.has_calendar(v.principal);
  if (!has) return error_response(r, has.error());
  return json_response(r, json::object{{"active", *has}});
}

http::Response EventEndpoints::renew_calendar(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto secret = events_.renew_calendar(v.principal);
  if (!secret) return error_response(r, secret.error());
  return json_response(r, json::object{{"active", true}, {"url", public_url_ + "/calendar/" + *secret + ".ics"}});
}

http::Response EventEndpoints::revoke_calendar(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto done = events_.revoke_calendar(v.principal);
  if (!done) return error_response(r, done.error());
  return json_response(r, json::object{{"active", false}});
}

}  // namespace cps::api
