// Policy transfers through the API (see transfer_endpoints.hpp); each shape written here once
// and described in openapi.json.
#include "api/transfer_endpoints.hpp"

#include <sstream>

#include "api/guard.hpp"
#include "api/json.hpp"
#include "api/paging.hpp"
#include "core/text.hpp"
#include "domain/accounts/accounts.hpp"

namespace cps::api {

namespace json = boost::json;
using namespace cps::transfer;

namespace {

std::string transfer_href(TransferId id) { return "/api/v1/transfers/" + std::to_string(id.value()); }

json::value evidence_json(const std::optional<PilotEvidence>& e) {
  if (!e) return nullptr;
  return json::object{{"pilot", e->pilot},
                      {"title", e->title},
                      {"status", e->status},
                      {"targets_met", e->targets_met},
                      {"targets", e->targets},
                      {"result", e->result},
                      {"href", "/api/v1/pilots/" + std::to_string(e->pilot)}};
}

json::object transfer_json(const Transfer& t, bool may_edit) {
  return json::object{{"id", t.id.value()},
                      {"href", transfer_href(t.id)},
                      {"item", t.item},
                      {"item_title", t.item_title},
                      {"origin", t.origin.str()},
                      {"destination", t.destination.str()},
                      {"adopter", t.adopter.value()},
                      {"adopter_name", t.adopter_name},
                      {"adopted_on", t.adopted_on},
                      {"year", year_of(t)},
                      {"mode", to_string(t.mode)},
                      {"status", to_string(t.status)},
                      {"pilot", t.pilot ? json::value(*t.pilot) : json::value(nullptr)},
                      {"notes", t.notes},
                      {"result", t.result},
                      {"evidence", evidence_json(t.evidence)},
                      {"revision", t.revision},
                      {"recorded_at", t.recorded_at},
                      {"updated_at", t.updated_at},
                      {"may_edit", may_edit}};
}

// ?item=12&region=RO21&country=RO&year=2025&area=WG1&status=adopted,piloted&lang=ro
Result<TransferFilter> filter_of(const http::Request& r) {
  if (auto ok = check_query(r, {"item", "region", "country", "year", "area", "status", "lang", "limit", "cursor"}); !ok)
    return std::unexpected(ok.error());
  TransferFilter f;
  if (auto i = r.query_value("item"); i && !i->empty()) {
    auto item = text::parse_int(*i);
    if (!item || *item < 1) return fail(ErrorKind::invalid, "This must be a whole number above zero.", "item");
    f.item = *item;
  }
  if (auto g = r.query_value("region"); g && !g->empty()) f.region = RegionCode(text::to_upper_ascii(*g));
  if (auto c = r.query_value("country"); c && !c->empty()) f.country = CountryCode(text::to_upper_ascii(*c));
  auto year = http::year_parameter(r);
  if (!year) return std::unexpected(year.error());
  f.year = *year;
  if (auto a = r.query_value("area"); a && !a->empty()) {
    std::string area = text::to_upper_ascii(*a);
    if (!accounts::is_working_group(area)) return fail(ErrorKind::invalid, "Choose a value from the list.", "area");
    f.area = AreaCode(area);
  }
  if (auto s = r.query_value("status"); s && !s->empty()) {
    std::istringstream names(*s);
    for (std::string name; std::getline(names, name, ',');) {
      auto status = parse_name(name, kTransferStatusNames);
      if (!status) return fail(ErrorKind::invalid, "Choose a value from the list.", "status");
      f.statuses.push_back(*status);
    }
  }
  return f;
}

}  // namespace

void TransferEndpoints::add_routes(http::Router& router) {
  using E = TransferEndpoints;
  using V = http::bhttp::verb;
  const http::RouteOptions body{64 * 1024};
  router.get("/api/v1/transfers", for_visitor(auth_, this, &E::list));
  router.add(V::post, "/api/v1/transfers", for_visitor(auth_, this, &E::create), body);
  router.get("/api/v1/transfers/flows", for_visitor(auth_, this, &E::flows));
  router.get("/api/v1/transfers/{id}", for_visitor(auth_, this, &E::item));
  router.add(V::put, "/api/v1/transfers/{id}", for_visitor(auth_, this, &E::update), body);
  router.get("/api/v1/knowledge/{id}/transfers", for_visitor(auth_, this, &E::history));
}

http::Response TransferEndpoints::list(http::Request& r, const Visit& v) {
  auto filter = filter_of(r);
  if (!filter) return error_response(r, filter.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto found = transfers_.list(v.principal, *filter, *lang);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& t : *found) items.push_back(transfer_json(t, transfers_.may_edit(v.principal, t)));
  return page_of(r, std::move(items), *page);
}

http::Response TransferEndpoints::flows(http::Request& r, const Visit& v) {
  auto filter = filter_of(r);
  if (!filter) return error_response(r, filter.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto found = transfers_.flows(v.principal, *filter);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& f : *found) {
    json::object by_status;
    for (const auto& [s, n] : f.by_status) by_status[to_string(s)] = n;
    json::array practices;
    for (auto item : f.items) practices.push_back(item);
    items.push_back(json::object{{"origin", f.origin.str()},
                                 {"destination", f.destination.str()},
                                 {"transfers", f.transfers},
                                 {"by_status", std::move(by_status)},
                                 {"items", std::move(practices)},
                                 {"first_year", f.first_year},
                                 {"last_year", f.last_year}});
  }
  return page_of(r, std::move(items), *page);
}

http::Response TransferEndpoints::create(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_transfer(json::value(std::move(*body)));
  if (!input) return error_response(r, input.error());
  auto id = transfers_.record(v.principal, std::move(*input));
  if (!id) return error_response(r, id.error());
  auto made = transfers_.transfer(v.principal, *id, *lang);
  if (!made) return error_response(r, made.error());
  return created(r, transfer_json(*made, transfers_.may_edit(v.principal, *made)), transfer_href(*id));
}

http::Response TransferEndpoints::item(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto id = id_in_path<TransferId>(r);
  if (!id) return error_response(r, id.error());
  auto found = transfers_.transfer(v.principal, *id, *lang);
  if (!found) return error_response(r, found.error());
  return json_response(r, transfer_json(*found, transfers_.may_edit(v.principal, *found)));
}

// The body is the transfer's whole shape with the revision the change started from.
http::Response TransferEndpoints::update(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto id = id_in_path<TransferId>(r);
  if (!id) return error_response(r, id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto revision = revision_of(*body);
  if (!revision) return error_response(r, revision.error());
  body->erase("revision");
  auto input = read_transfer(json::value(std::move(*body)));
  if (!input) return error_response(r, input.error());
  auto saved = transfers_.update(v.principal, *id, *revision, std::move(*input));
  if (!saved) return error_response(r, saved.error());
  auto shown = transfers_.transfer(v.principal, *id, *lang);
  if (!shown) return error_response(r, shown.error());
  return json_response(r, transfer_json(*shown, transfers_.may_edit(v.principal, *shown)));
}

http::Response TransferEndpoints::history(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang", "limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto item = text::parse_int(r.param("id"));
  if (!item || *item < 1) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  auto h = transfers_.history(v.principal, *item, *lang);
  if (!h) return error_response(r, h.error());
  json::array items;
  for (const auto& t : h->transfers) items.push_back(transfer_json(t, transfers_.may_edit(v.principal, t)));
  json::object out{{"item", *item},
                   {"title", h->practice.title},
                   {"adopted", h->adopted},
                   {"piloted", h->piloted},
                   {"abandoned", h->abandoned},
                   {"targets_met", h->targets_met},
                   {"targets", h->targets}};
  return page_of(r, std::move(items), *page, std::move(out));
}

}  // namespace cps::api
