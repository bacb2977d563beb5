// The transfer pages' routes, and the transfer map: origin → destination flows between the
// regions' centres on the NUTS map over the years, the same flows as a table (the page works
// without JavaScript), and the transfers themselves with their results; filters area,
// country, year and status.
#include <set>

#include <boost/json.hpp>

#include "domain/accounts/policy.hpp"
#include "http/request.hpp"
#include "web/transfer/parts.hpp"

namespace cps::web {

namespace json = boost::json;

void TransferPages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  using V = bhttp::verb;
  // Notes on how a practice was adapted run to pages of text.
  http::RouteOptions long_form{64 * 1024};
  router.get("/{lang}/transfers", page(&TransferPages::list));
  router.get("/{lang}/transfers/new", page(&TransferPages::new_transfer));
  router.add(V::post, "/{lang}/transfers", form(&TransferPages::create), long_form);
  router.get("/{lang}/transfers/{id}", page(&TransferPages::item));
  router.get("/{lang}/transfers/{id}/edit", page(&TransferPages::edit));
  router.add(V::post, "/{lang}/transfers/{id}/edit", form(&TransferPages::save), long_form);
  router.get("/{lang}/knowledge/{id}/transfers", page(&TransferPages::history));
}

http::Response TransferPages::list(http::Request& r, Language lang, const Visit& v) {
  const std::string ui(i18n::code(lang));
  const auto& cat = site_.catalogue();
  std::string area = r.query_value("area").value_or("");
  std::string country = r.query_value("country").value_or("");
  std::string status_code = r.query_value("status").value_or("");
  auto year = http::year_parameter(r);
  if (!year) return site_.error_page(r, year.error());
  TransferFilter filter;
  if (accounts::is_working_group(area)) filter.area = AreaCode(area);
  if (!country.empty()) filter.country = CountryCode(text::to_upper_ascii(country));
  if (auto s = parse_name(status_code, kTransferStatusNames)) filter.statuses.push_back(*s);
  // Every year of the other filters, for the year choices and the map's time slider.
  auto all = transfers_.list(v.principal, filter, ui);
  if (!all) return site_.error_page(r, all.error());

  std::set<int> years;
  std::vector<Transfer> shown;
  for (const auto& t : *all) {
    if (year_of(t) > 0) years.insert(year_of(t));
    if (!*year || year_of(t) == **year) shown.push_back(t);
  }
  RegionNames names(reference_, region_codes(*all));
  List rows;
  for (const auto& t : shown) rows.push_back(transfer_row(site_, lang, names, t));

  std::map<std::int64_t, std::pair<std::string, std::string>> practices;  // id → title, href
  for (const auto& t : shown) practices[t.item] = {t.item_title, practice_href(lang, t.item)};
  List flow_rows;
  for (const auto& f : flows_of(shown)) {
    List items;
    for (auto item : f.items)
      items.push_back(Object{{"title", practices[item].first}, {"href", practices[item].second}});
    std::string statuses;
    for (const auto& [s, n] : f.by_status)
      statuses += (statuses.empty() ? "" : ", ") + site_.tr(lang, transfer_status_label(s)) + " " +
                  cat.format_integer(lang, (long long)n);
    std::string span = f.first_year == 0 ? std::string("–")
                       : f.first_year == f.last_year
                           ? std::to_string(f.first_year)
                           : std::to_string(f.first_year) + "–" + std::to_string(f.last_year);
    flow_rows.push_back(Object{{"origin", names.label(f.origin)},
                               {"origin_href", Site::prefix(lang) + "/regions/" + f.origin.str()},
                               {"destination", names.label(f.destination)},
                               {"destination_href", Site::prefix(lang) + "/regions/" + f.destination.str()},
                               {"count", cat.format_integer(lang, (long long)f.transfers)},
                               {"items", items},
                               {"years", span},
                               {"statuses", statuses}});
  }

  // The map's data: transfers per origin, destination and year, and the regions' names.
  std::map<std::tuple<std::string, std::string, int>, int> per_year;
  for (const auto& t : *all) ++per_year[{t.origin.str(), t.destination.str(), year_of(t)}];
  json::array flows_json;
  for (const auto& [key, n] : per_year)
    flows_json.push_back(json::object{{"o", std::get<0>(key)}, {"d", std::get<1>(key)}, {"y", std::get<2>(key)}, {"n", n}});
  json::object names_json;
  for (const auto& code : region_codes(*all)) names_json[code] = names.name(RegionCode(code));

  List area_choices, country_choices, year_choices, status_choices;
  if (auto named = reference_.areas(ui))
    for (const auto& a : *named)
      area_choices.push_back(Object{{"code", a.code.str()}, {"name", a.code.str() + " · " + a.name}, {"selected", a.code.str() == area}});
  if (auto countries = reference_.countries())
    for (const auto& c : *countries)
      country_choices.push_back(Object{{"code", c.code.str()},
                                       {"name", cat.country_name(lang, c.iso_code)},
                                       {"selected", c.code.str() == text::to_upper_ascii(country)}});
  for (auto y : years)
    year_choices.push_back(Object{{"year", std::to_string(y)}, {"selected", *year && **year == y}});
  for (auto s : kAllTransferStatuses)
    status_choices.push_back(Object{{"code", std::string(to_string(s))},
                                    {"name", site_.tr(lang, transfer_status_label(s))},
                                    {"selected", to_string(s) == status_code}});
  std::string period = *year ? std::to_string(**year) : site_.tr(lang, N_("all years"));
  Object data{{"action", Site::prefix(lang) + "/transfers"},
              {"areas", area_choices},
              {"countries", country_choices},
              {"years", year_choices},
              {"statuses", status_choices},
              {"rows", rows},
              {"has_rows", !rows.empty()},
              {"flows", flow_rows},
              {"has_flows", !flow_rows.empty()},
              {"count_text", text::fill(site_.tr(lang, N_("Transfers recorded: {count}")),
                                        {{"count", cat.format_integer(lang, (long long)rows.size())}})},
              {"period", period},
              {"flows_json", json::serialize(flows_json)},
              {"names_json", json::serialize(names_json)},
              {"first_year", years.empty() ? std::string() : std::to_string(*years.begin())},
              {"last_year", years.empty() ? std::string() : std::to_string(*years.rbegin())},
              {"chosen_year", *year ? std::to_string(**year) : std::string()},
              {"map_data_href", "/static/geo/nuts2-2021.geojson"},
              {"region_base_href", Site::prefix(lang) + "/regions/"},
              {"may_record", transfers_.may_record(v.principal)},
              {"new_href", Site::prefix(lang) + "/transfers/new"}};
  return site_.page(r, lang, "transfer_list", site_.tr(lang, N_("Policy transfers")), std::move(data),
                    PageOptions{bhttp::status::ok, {}, {"charts.js"}});
}

}  // namespace cps::web
