// Pilots: the list and the comparative evaluation (with the same filters), opening one,
// reading it, its description and logframe, and the pilots that tested a knowledge item.
#include <sstream>

#include "api/pilot/parts.hpp"
#include "api/paging.hpp"
#include "core/text.hpp"
#include "domain/pilot/pilot_input.hpp"

namespace cps::api {

using namespace pilot_parts;
using namespace cps::pilot;

namespace {

// ?area=WG4&country=RO&region=RO11&status=running,completed&transfers=12&lang=ro
// A list takes the paging parameters too; the comparison does not.
Result<PilotFilter> filter_of(const http::Request& r, bool paged) {
  if (auto ok = paged ? check_query(r, {"area", "country", "region", "status", "transfers", "lang", "limit", "cursor"})
                      : check_query(r, {"area", "country", "region", "status", "transfers", "lang"});
      !ok)
    return std::unexpected(ok.error());
  PilotFilter filter;
  if (auto a = r.query_value("area"); a && !a->empty()) {
    AreaCode area(text::to_upper_ascii(*a));
    if (!accounts::is_working_group(area.str())) return fail(ErrorKind::invalid, "Choose a value from the list.", "area");
    filter.area = area;
  }
  if (auto c = r.query_value("country"); c && !c->empty()) filter.country = CountryCode(text::to_upper_ascii(*c));
  if (auto g = r.query_value("region"); g && !g->empty()) filter.region = RegionCode(text::to_upper_ascii(*g));
  if (auto s = r.query_value("status"); s && !s->empty()) {
    std::istringstream names(*s);
    for (std::string name; std::getline(names, name, ',');) {
      auto status = parse_name(name, kPilotStatusNames);
      if (!status) return fail(ErrorKind::invalid, "Choose a value from the list.", "status");
      filter.statuses.push_back(*status);
    }
  }
  if (auto t = r.query_value("transfers"); t && !t->empty()) {
    auto item = text::parse_int(*t);
    if (!item || *item < 1) return fail(ErrorKind::invalid, "This must be a whole number above zero.", "transfers");
    filter.transfers = *item;
  }
  return filter;
}

}  // namespace

http::Response PilotEndpoints::list(http::Request& r, const Visit& v) {
  auto filter = filter_of(r, true);
  if (!filter) return error_response(r, filter.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto cards = pilots_.list(v.principal, std::move(*filter), *lang);
  if (!cards) return error_response(r, cards.error());
  json::array items;
  for (const auto& card : *cards) items.push_back(pilot_card_json(card, *lang));
  return page_of(r, std::move(items), *page);
}

http::Response PilotEndpoints::compare(http::Request& r, const Visit& v) {
  auto filter = filter_of(r, false);
  if (!filter) return error_response(r, filter.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto comparison = pilots_.compare(v.principal, std::move(*filter), *lang);
  if (!comparison) return error_response(r, comparison.error());
  return json_response(r, comparison_json(*comparison, *lang));
}

http::Response PilotEndpoints::create(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_pilot(json::value(std::move(*body)));
  if (!input) return error_response(r, input.error());
  auto id = pilots_.create(v.principal, std::move(*input));
  if (!id) return error_response(r, id.error());
  auto made = pilots_.pilot(v.principal, *id, *lang);
  if (!made) return error_response(r, made.error());
  return created(r, pilot_json(*made, pilots_.capabilities(v.principal, *made), *lang), pilot_href(*id));
}

http::Response PilotEndpoints::item(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto id = id_in_path<PilotId>(r);
  if (!id) return error_response(r, id.error());
  return changed(r, v, pilots_.pilot(v.principal, *id, *lang));
}

http::Response PilotEndpoints::update(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  auto input = read_pilot(json::value(std::move(in->body)));
  if (!input) return error_response(r, input.error());
  return changed(r, v, pilots_.update(v.principal, in->id, in->revision, std::move(*input)));
}

http::Response PilotEndpoints::save_logframe(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  auto logframe = read_logframe(json::value(std::move(in->body)));
  if (!logframe) return error_response(r, logframe.error());
  return changed(r, v, pilots_.save_logframe(v.principal, in->id, in->revision, std::move(*logframe)));
}

// GET /api/v1/knowledge/{id}/pilots: "tested in pilot X in region Y: 3 of 4 targets met".
http::Response PilotEndpoints::tested_in(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang", "limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto item = text::parse_int(r.param("id"));
  if (!item || *item < 1) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  auto pilots = pilots_.tested_in(v.principal, *item, *lang);
  if (!pilots) return error_response(r, pilots.error());
  auto body = tested_in_json(*item, *pilots);
  auto items = std::move(body["items"].as_array());
  body.erase("items");
  return page_of(r, std::move(items), *page, std::move(body));
}

}  // namespace cps::api
