// The organisers' form to create and edit an event. The agenda is typed one item a line
// ("09:30 | Welcome | Ana Popescu"), areas as checkboxes, regions and material numbers
// separated by commas; everything goes through events::read_event, as the API's body does.
#include <algorithm>
#include <boost/json.hpp>

#include "core/text.hpp"
#include "domain/events/zones.hpp"
#include "http/request.hpp"
#include "web/event_labels.hpp"
#include "web/event_pages.hpp"

namespace cps::web {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using i18n::N_;
using namespace cps::events;

namespace {

// The form's fields as the body read_event takes.
Result<json::object> body_of(const Form& f) {
  auto agenda = agenda_lines(f.get("agenda"));
  if (!agenda) return std::unexpected(agenda.error());
  json::array areas;
  for (const auto& a : f.all("areas")) areas.emplace_back(a);
  return json::object{{"kind", f.get("kind")},
                      {"title", f.get("title")},
                      {"description", f.get("description")},
                      {"start", f.get("start")},
                      {"end", f.get("end")},
                      {"zone", f.get("zone")},
                      {"place", f.get("place")},
                      {"address", f.get("address")},
                      {"online_link", f.get("online_link")},
                      {"host", f.get("host")},
                      {"areas", areas},
                      {"regions", f.get("regions")},
                      {"agenda", *agenda},
                      {"capacity", f.get("capacity")},
                      {"allocation", f.get("allocation")},
                      {"places_per_organisation", f.get("places_per_organisation")},
                      {"places_per_country", f.get("places_per_country")},
                      {"registration_deadline", f.get("registration_deadline")},
                      {"materials", f.get("materials")}};
}

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : ", ") + v;
  return out;
}

}  // namespace

http::Response EventPages::new_event(http::Request& r, Language lang, const Visit& v) {
  if (!v.principal.signed_in()) return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  if (!events_.organises(v.principal)) return site_.error_page(r, Error{ErrorKind::forbidden, "You may not do this."});
  return form_page(r, lang, v, nullptr, nullptr, {}, bhttp::status::ok);
}

http::Response EventPages::edit_event(http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<EventId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = events_.event(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  if (!found->can.manage) return site_.error_page(r, Error{ErrorKind::forbidden, "You may not do this."});
  return form_page(r, lang, v, &found->event, nullptr, {}, bhttp::status::ok);
}

http::Response EventPages::create(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto body = body_of(f);
  auto input = body ? read_event(*body) : std::unexpected(body.error());
  if (!input) return form_page(r, lang, v, nullptr, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto done = events_.create(v.principal, std::move(*input));
  if (!done) return form_page(r, lang, v, nullptr, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, Site::prefix(lang) + "/events/" + std::to_string(done->id.value()) + "?done=saved");
}

http::Response EventPages::update(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<EventId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = events_.event(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  auto body = body_of(f);
  auto input = body ? read_event(*body) : std::unexpected(body.error());
  if (!input)
    return form_page(r, lang, v, &found->event, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  int revision = int(text::parse_int(f.get("revision")).value_or(0));
  auto done = events_.update(v.principal, *id, revision, std::move(*input));
  if (!done)
    return form_page(r, lang, v, &found->event, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, Site::prefix(lang) + "/events/" + std::to_string(id->value()) + "?done=saved");
}

http::Response EventPages::form_page(http::Request& r, Language lang, const Visit& v, const Event* stored, const Form* typed,
                                     Object extra, Status status) {
  const std::string prefix = Site::prefix(lang);
  auto local = [&](Seconds at) -> std::string {
    const Zone* zone = stored ? find_zone(stored->zone) : nullptr;
    return zone && at ? local_time(at, *zone).iso() : std::string();
  };
  auto field = [&](const char* name, const std::string& kept) { return typed ? typed->get(name) : kept; };
  std::string kind = field("kind", stored ? std::string(to_string(stored->kind)) : "study_visit");
  std::string zone = field("zone", stored ? stored->zone : "Europe/Bucharest");
  std::vector<std::string> chosen_areas = typed ? typed->all("areas") : (stored ? stored->areas : std::vector<std::string>{});
  List kinds, zone_list, areas, hosts, allocations;
  const std::string allocation = field("allocation", stored ? std::string(to_string(stored->allocation)) : "first_come");
  for (const auto& a : kAllocationNames)
    allocations.push_back(Object{{"code", std::string(a.name)},
                                 {"name", site_.tr(lang, allocation_label(a.value))},
                                 {"selected", a.name == allocation}});
  const std::string host = field("host", stored && stored->host ? std::to_string(stored->host->value()) : "");
  if (auto orgs = organisations_.directory(v.principal, {}))
    for (const auto& o : *orgs)
      hosts.push_back(Object{{"id", std::to_string(o.id.value())},
                             {"name", o.text(i18n::code(lang)).name},
                             {"selected", std::to_string(o.id.value()) == host}});
  for (const auto& k : kEventKindNames)
    kinds.push_back(Object{{"code", std::string(k.name)},
                           {"name", site_.tr(lang, event_kind_label(k.value))},
                           {"selected", k.name == kind}});
  for (const auto& z : zones()) zone_list.push_back(Object{{"code", std::string(z.name)}, {"selected", z.name == zone}});
  for (auto wg : accounts::kWorkingGroups)
    areas.push_back(Object{{"code", std::string(wg)},
                           {"name", area_label(std::string(wg), lang)},
                           {"checked", std::find(chosen_areas.begin(), chosen_areas.end(), wg) != chosen_areas.end()}});
  std::string materials;
  if (stored)
    for (auto m : stored->materials) materials += (materials.empty() ? "" : ", ") + std::to_string(m);
  const std::string action =
      stored ? prefix + "/events/" + std::to_string(stored->id.value()) + "/edit" : prefix + "/events";
  Object data{{"editing", stored != nullptr},
              {"list_href", prefix + "/events"},
              {"cancel_href", stored ? prefix + "/events/" + std::to_string(stored->id.value()) : prefix + "/events"},
              {"action", action},
              {"revision", stored ? std::to_string(stored->revision) : std::string("0")},
              {"kinds", kinds},
              {"zones", zone_list},
              {"areas", areas},
              {"title_value", field("title", stored ? stored->title : "")},
              {"description_value", field("description", stored ? stored->description : "")},
              {"start_value", field("start", stored ? local(stored->starts_at) : "")},
              {"end_value", field("end", stored ? local(stored->ends_at) : "")},
              {"deadline_value", field("registration_deadline", stored ? local(stored->registration_closes_at) : "")},
              {"place_value", field("place", stored ? stored->place : "")},
              {"address_value", field("address", stored ? stored->address : "")},
              {"link_value", field("online_link", stored ? stored->online_link : "")},
              {"hosts", hosts},
              {"regions_value", field("regions", stored ? joined(stored->regions) : "")},
              {"agenda_value", field("agenda", stored ? agenda_text(stored->agenda) : "")},
              {"capacity_value", field("capacity", stored ? std::to_string(stored->capacity) : "0")},
              {"allocations", allocations},
              {"per_organisation_value",
               field("places_per_organisation", stored ? std::to_string(stored->quotas.per_organisation) : "0")},
              {"per_country_value", field("places_per_country", stored ? std::to_string(stored->quotas.per_country) : "0")},
              {"materials_value", field("materials", materials)}};
  merge(data, std::move(extra));
  return site_.page(r, lang, "events_form",
                    site_.tr(lang, stored ? N_("Edit the event") : N_("New event")), std::move(data),
                    PageOptions{status, {}, {}});
}

}  // namespace cps::web
