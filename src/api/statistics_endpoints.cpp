#include "api/statistics_endpoints.hpp"

#include <sstream>

#include "api/guard.hpp"
#include "api/json.hpp"
#include "api/paging.hpp"
#include "core/text.hpp"
#include "http/multipart.hpp"
#include "http/request.hpp"

namespace cps::api {

namespace json = boost::json;
using namespace cps::statistics;

namespace {

json::object to_json(const Dataset& d) {
  return {{"id", d.id},
          {"code", d.code},
          {"title", d.title},
          {"unit", d.unit},
          {"source", d.source},
          {"licence", d.licence},
          {"current_version", d.current_version},
          {"versions", d.versions}};
}

json::object to_json(const DatasetVersion& v) {
  return {{"id", v.id},
          {"number", v.number},
          {"imported_at", v.imported_at},
          {"imported_by", v.imported_by},
          {"file_name", v.file_name},
          {"format", v.format},
          {"rows", v.rows},
          {"outside_programme_area", v.skipped},
          {"first_year", v.first_year},
          {"last_year", v.last_year}};
}

Result<std::int64_t> positive(const std::optional<std::string>& text, const char* name) {
  auto v = text ? text::parse_int(*text) : std::nullopt;
  if (!v || *v <= 0) return fail(ErrorKind::invalid, "This must be a whole number above zero.", name);
  return *v;
}

// The optional NUTS `level` parameter (0–2), 2 by default.
Result<int> level_parameter(const http::Request& r) {
  auto text = r.query_value("level");
  if (!text) return 2;
  auto l = text::parse_int(*text);
  if (!l || *l < 0 || *l > 2)
    return fail(ErrorKind::invalid, "The level must be a whole number from 0 to 2.", "level");
  return int(*l);
}

// The optional `scope` parameter: the programme area (the default) or Europe.
Result<Scope> scope_parameter(const http::Request& r) {
  auto text = r.query_value("scope");
  if (!text) return Scope::programme;
  auto scope = parse_scope(*text);
  if (!scope) return fail(ErrorKind::invalid, "Choose the scope programme or europe.", "scope");
  return *scope;
}

}  // namespace

void StatisticsEndpoints::add_routes(http::Router& router) {
  using E = StatisticsEndpoints;
  const http::RouteOptions upload{max_upload_bytes_, http::BodyTypes::any};
  router.get("/api/v1/datasets", for_anyone(this, &E::datasets));
  router.add(http::bhttp::verb::post, "/api/v1/datasets", for_visitor(auth_, this, &E::import), upload);
  router.get("/api/v1/datasets/{id}", for_anyone(this, &E::dataset));
  router.get("/api/v1/datasets/{id}/observations", for_anyone(this, &E::observations));
  router.get("/api/v1/regions/{code}/clusters", for_anyone(this, &E::clusters));
  router.get("/api/v1/complexity", for_anyone(this, &E::complexity));
  router.get("/api/v1/regions/{code}/similar", for_anyone(this, &E::similar));
  router.get("/api/v1/proximity", for_anyone(this, &E::proximity));
  router.get("/api/v1/sectors/{code}", for_anyone(this, &E::sector));
  router.get("/api/v1/map", for_anyone(this, &E::map));
  router.get("/api/v1/cluster-categories", for_anyone(this, &E::cluster_categories));
}

namespace {

json::array issues_json(const std::vector<Issue>& issues) {
  json::array out;
  for (const auto& i : issues)
    out.push_back(json::object{
        {"line", i.line}, {"column", i.column}, {"message", i.message}, {"text", i.text}});
  return out;
}

// true, false, or absent (false); anything else fails naming the parameter.
Result<bool> switch_parameter(const http::Request& r, const char* name) {
  auto v = r.query_value(name);
  if (!v || *v == "false" || *v == "0") return false;
  if (*v == "true" || *v == "1" || v->empty()) return true;
  return fail(ErrorKind::invalid, "Use true or false.", name);
}

}  // namespace

http::Response StatisticsEndpoints::import(http::Request& r, const auth::Visit& v) {
  static constexpr std::string_view known[] = {
      "code",    "title",           "unit",           "source",
      "licence", "format",          "file_name",      "sector_dimension",
      "select",  "valid_rows_only", "negative_values"};
  for (const auto& [key, value] : r.query) {
    if (std::find(std::begin(known), std::end(known), key) == std::end(known))
      return error_response(r, Error{ErrorKind::invalid, "This parameter is not known here.", key});
    if (key != "select" && r.query_count(key) > 1)
      return error_response(
          r, Error{ErrorKind::invalid, "This parameter is given more than once.", key});
  }
  // The file: the part named "file" of a form, or the whole body.
  std::string_view data = r.raw.body();
  std::string file_name = r.query_value("file_name").value_or("");
  std::string_view type = r.header(http::bhttp::field::content_type);
  if (http::multipart_boundary(type)) {
    auto parts = http::parse_multipart(type, data);
    if (!parts) return error_response(r, parts.error());
    auto file =
        std::find_if(parts->begin(), parts->end(), [](const auto& p) { return p.name == "file"; });
    if (file == parts->end())
      return error_response(
          r, Error{ErrorKind::invalid, "Send the file in a form field named file.", "file"});
    data = file->data;
    if (file_name.empty()) file_name = file->file_name;
  }
  if (data.empty())
    return error_response(r, Error{ErrorKind::invalid, "The file is empty.", "file"});
  if (file_name.empty()) file_name = "upload";
  auto format =
      choose_format(r.query_value("format").value_or(""), file_name, data.substr(0, 4096));
  if (!format) return error_response(r, format.error());
  ImportRequest request;
  request.dataset.code = r.query_value("code").value_or("");
  request.dataset.title = r.query_value("title").value_or("");
  request.dataset.unit = r.query_value("unit").value_or("");
  request.dataset.source = r.query_value("source").value_or("");
  request.dataset.licence = r.query_value("licence").value_or("");
  request.file_name = file_name;
  request.sector_dimension = r.query_value("sector_dimension").value_or("");
  std::vector<std::string> selections;
  for (const auto& [key, value] : r.query)
    if (key == "select") selections.push_back(value);
  auto select = parse_selections(selections);
  if (!select) return error_response(r, select.error());
  request.select = std::move(*select);
  auto valid_only = switch_parameter(r, "valid_rows_only");
  if (!valid_only) return error_response(r, valid_only.error());
  auto negative = switch_parameter(r, "negative_values");
  if (!negative) return error_response(r, negative.error());
  request.invalid_rows = *valid_only ? InvalidRows::skip : InvalidRows::refuse_file;
  request.negative_values = *negative ? NegativeValues::allowed : NegativeValues::refused;

  std::istringstream in{std::string(data)};
  std::vector<Issue> issues;
  auto report = service_.import_dataset(v.principal, *format, in, data.size(), request, issues);
  if (issues.size() > StatisticsService::kMaxIssues) issues.resize(StatisticsService::kMaxIssues);
  if (!report) {
    if (issues.empty()) return error_response(r, report.error());
    return error_response_listing(r, report.error(), "issues", issues_json(issues));
  }
  auto dataset = service_.dataset(report->version.dataset);
  if (!dataset) return error_response(r, dataset.error());
  json::object out{{"dataset", to_json(*dataset)},
                   {"version", to_json(report->version)},
                   {"outside_programme_area", report->outside_area + report->reference},
                   {"kept_for_reference", report->reference},
                   {"not_selected", report->not_selected},
                   {"renamed", report->renamed},
                   {"superseded", report->superseded},
                   {"issues", issues_json(report->issues)}};
  return json_response(r, out, http::bhttp::status::created);
}

http::Response StatisticsEndpoints::datasets(http::Request& r) {
  if (auto ok = check_query(r, {"limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto list = service_.datasets();
  if (!list) return error_response(r, list.error());
  json::array items;
  for (const auto& d : *list) items.push_back(to_json(d));
  return page_of(r, std::move(items), *page);
}

http::Response StatisticsEndpoints::dataset(http::Request& r) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = http::path_id<std::int64_t>(r, "id");
  if (!id) return error_response(r, Error{ErrorKind::not_found, "Not found.", "id"});
  auto d = service_.dataset(*id);
  if (!d) return error_response(r, d.error());
  auto versions = service_.versions(*id);
  if (!versions) return error_response(r, versions.error());
  json::object out = to_json(*d);
  json::array list;
  for (const auto& v : *versions) list.push_back(to_json(v));
  out["version_list"] = std::move(list);
  return json_response(r, out);
}

http::Response StatisticsEndpoints::observations(http::Request& r) {
  if (auto ok = check_query(r, {"version", "region", "sector", "year", "limit", "cursor"}); !ok)
    return error_response(r, ok.error());
  auto id = http::path_id<std::int64_t>(r, "id");
  if (!id) return error_response(r, Error{ErrorKind::not_found, "Not found.", "id"});
  ObservationQuery q;
  std::optional<std::int64_t> version;
  if (r.query_value("version")) {
    auto v = positive(r.query_value("version"), "version");
    if (!v) return error_response(r, v.error());
    version = *v;
  }
  if (auto region = r.query_value("region")) q.region = text::to_upper_ascii(*region);
  if (auto sector = r.query_value("sector")) q.sector = *sector;
  auto year = http::year_parameter(r);
  if (!year) return error_response(r, year.error());
  q.year = *year;
  // A dataset holds tens of thousands of rows: pages of 1000, at most 10000.
  auto page = page_request(r, PageLimits{.default_limit = 1000, .max_limit = 10000});
  if (!page) return error_response(r, page.error());
  q.limit = page->limit;
  q.offset = page->offset;
  auto found = service_.observation_page(*id, version, q);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& o : found->rows)
    items.push_back(json::object{{"region", o.region},
                                 {"sector", o.sector},
                                 {"breakdown", o.breakdown},
                                 {"year", o.year},
                                 {"value", o.value ? json::value(*o.value) : json::value(nullptr)},
                                 {"flags", o.flags}});
  return page_response(r, {}, std::move(items), found->total, *page);
}

// One figure for every NUTS 2 region of the scope, as the map page colours them.
http::Response StatisticsEndpoints::map(http::Request& r) {
  if (auto ok = check_query(r, {"indicator", "year", "scope"}); !ok) return error_response(r, ok.error());
  auto year = http::year_parameter(r);
  if (!year) return error_response(r, year.error());
  auto scope = scope_parameter(r);
  if (!scope) return error_response(r, scope.error());
  auto m = service_.indicator_map(r.query_value("indicator").value_or("gdp"), *year, *scope);
  if (!m) return error_response(r, m.error());
  auto european = service_.european_regions();
  if (!european) return error_response(r, european.error());
  json::array values;
  for (const auto& [region, value] : m->values)
    values.push_back(json::object{
        {"region", region}, {"value", value}, {"in_programme_area", !european->contains(region)}});
  return json_response(r, json::object{{"indicator", m->indicator},
                                       {"scope", to_string(m->scope)},
                                       {"year", m->year},
                                       {"source", m->source},
                                       {"values", values}});
}

}  // namespace cps::api

namespace cps::api {

http::Response StatisticsEndpoints::clusters(http::Request& r) {
  if (auto ok = check_query(r, {"dataset", "year"}); !ok) return error_response(r, ok.error());
  auto dataset = employment_dataset(r);
  if (!dataset) return error_response(r, dataset.error());
  auto year = http::year_parameter(r);
  if (!year) return error_response(r, year.error());
  auto c = service_.region_clusters(text::to_upper_ascii(r.param("code")), *dataset, *year);
  if (!c) return error_response(r, c.error());
  json::array sectors;
  auto opt = [](const std::optional<double>& v) {
    return v ? json::value(*v) : json::value(nullptr);
  };
  for (const auto& s : c->sectors)
    sectors.push_back(json::object{{"sector", s.sector},
                                   {"employment", s.employment},
                                   {"share", s.share},
                                   {"location_quotient", s.lq},
                                   {"size", s.size},
                                   {"specialisation", s.specialisation},
                                   {"focus", s.focus},
                                   {"stars", s.stars},
                                   {"growth", opt(s.growth)},
                                   {"cagr", opt(s.cagr)}});
  return json_response(
      r, json::object{
             {"region", c->region},
             {"dataset", c->dataset.id},
             {"year", c->year},
             {"growth_since", c->first_year},
             {"regions_compared", c->regions_compared},
             {"thresholds", json::object{{"size_top_share", c->thresholds.size_top_share},
                                         {"specialisation_lq", c->thresholds.specialisation_lq},
                                         {"focus_top_share", c->thresholds.focus_top_share}}},
             {"sectors", sectors}});
}

Result<std::int64_t> StatisticsEndpoints::employment_dataset(const http::Request& r) {
  if (r.query_value("dataset")) {
    auto id = text::parse_int(*r.query_value("dataset"));
    if (!id || *id <= 0)
      return fail(ErrorKind::invalid, "This must be a whole number above zero.", "dataset");
    return *id;
  }
  auto all = service_.datasets();
  if (!all) return std::unexpected(all.error());
  for (const auto& d : *all)
    if (d.code == "employment-nace") return d.id;
  return fail(ErrorKind::invalid, "Name the dataset of employment by sector.", "dataset");
}

http::Response StatisticsEndpoints::complexity(http::Request& r) {
  if (auto ok = check_query(r, {"dataset", "year", "level", "scope"}); !ok)
    return error_response(r, ok.error());
  auto dataset = employment_dataset(r);
  if (!dataset) return error_response(r, dataset.error());
  auto year = http::year_parameter(r);
  if (!year) return error_response(r, year.error());
  auto level = level_parameter(r);
  if (!level) return error_response(r, level.error());
  auto scope = scope_parameter(r);
  if (!scope) return error_response(r, scope.error());
  auto c = service_.complexity(*dataset, *year, *level, *scope);
  if (!c) return error_response(r, c.error());
  const auto& x = c->result;
  json::array regions, sectors;
  for (std::size_t i = 0; i < c->regions.size(); ++i) {
    auto row = Eigen::Index(i);
    json::array cells;
    for (std::size_t j = 0; j < c->sectors.size(); ++j) {
      auto col = Eigen::Index(j);
      cells.push_back(json::object{{"sector", c->sectors[j]},
                                   {"rca", x.rca(row, col)},
                                   {"mcp", int(x.mcp(row, col))},
                                   {"density", x.density(row, col)},
                                   {"cog", x.cog(row, col)}});
    }
    regions.push_back(json::object{{"region", c->regions[i]},
                                   {"diversity", x.diversity(row)},
                                   {"eci", x.eci(row)},
                                   {"coi", x.coi(row)},
                                   {"sectors", cells}});
  }
  for (std::size_t j = 0; j < c->sectors.size(); ++j)
    sectors.push_back(json::object{{"sector", c->sectors[j]},
                                   {"ubiquity", x.ubiquity(Eigen::Index(j))},
                                   {"pci", x.pci(Eigen::Index(j))}});
  return json_response(r, json::object{{"dataset", c->dataset.id},
                                       {"dataset_version", c->version},
                                       {"computed_at", c->computed_at},
                                       {"year", c->year},
                                       {"level", *level},
                                       {"scope", to_string(c->scope)},
                                       {"method", "py-ecomplexity conventions, RCA threshold 1"},
                                       {"regions", regions},
                                       {"sectors", sectors}});
}

http::Response StatisticsEndpoints::proximity(http::Request& r) {
  if (auto ok = check_query(r, {"dataset", "year", "level", "scope"}); !ok) return error_response(r, ok.error());
  auto dataset = employment_dataset(r);
  if (!dataset) return error_response(r, dataset.error());
  auto year = http::year_parameter(r);
  if (!year) return error_response(r, year.error());
  auto level = level_parameter(r);
  if (!level) return error_response(r, level.error());
  auto scope = scope_parameter(r);
  if (!scope) return error_response(r, scope.error());
  auto n = service_.sector_network(*dataset, *year, *level, *scope);
  if (!n) return error_response(r, n.error());
  json::array sectors, pairs;
  for (std::size_t i = 0; i < n->sectors.size(); ++i) {
    auto a = Eigen::Index(i);
    sectors.push_back(json::object{{"sector", n->sectors[i]},
                                   {"employment", n->employment(a)},
                                   {"ubiquity", n->ubiquity(a)},
                                   {"pci", n->pci(a)}});
    for (std::size_t j = i + 1; j < n->sectors.size(); ++j)
      pairs.push_back(json::object{{"a", n->sectors[i]}, {"b", n->sectors[j]},
                                   {"proximity", n->proximity(a, Eigen::Index(j))}});
  }
  return json_response(r, json::object{{"dataset", n->dataset.id},
                                       {"year", n->year},
                                       {"level", n->level},
                                       {"scope", to_string(n->scope)},
                                       {"method", "co-occurrence of RCA >= 1 divided by the larger ubiquity"},
                                       {"sectors", sectors},
                                       {"pairs", pairs}});
}

http::Response StatisticsEndpoints::sector(http::Request& r) {
  if (auto ok = check_query(r, {"year", "scope"}); !ok) return error_response(r, ok.error());
  auto year = http::year_parameter(r);
  if (!year) return error_response(r, year.error());
  auto scope = scope_parameter(r);
  if (!scope) return error_response(r, scope.error());
  auto p = service_.sector_profile(r.param("code"), *year, {}, *scope);
  if (!p) return error_response(r, p.error());
  json::array regions, related;
  for (const auto& x : p->regions)
    regions.push_back(json::object{{"region", x.region},
                                   {"employment", x.employment},
                                   {"share", x.share},
                                   {"location_quotient", x.lq},
                                   {"cagr", x.cagr ? json::value(*x.cagr) : json::value(nullptr)},
                                   {"size", x.size},
                                   {"specialisation", x.specialisation},
                                   {"focus", x.focus},
                                   {"stars", x.stars}});
  for (const auto& [code, value] : p->related) related.push_back(json::object{{"sector", code}, {"proximity", value}});
  return json_response(r, json::object{{"sector", p->sector},
                                       {"scope", to_string(p->scope)},
                                       {"dataset", p->dataset.id},
                                       {"year", p->year},
                                       {"growth_since", p->first_year},
                                       {"employment", p->employment},
                                       {"regions_compared", p->regions_compared},
                                       {"pci", p->pci ? json::value(*p->pci) : json::value(nullptr)},
                                       {"ubiquity", p->ubiquity ? json::value(*p->ubiquity) : json::value(nullptr)},
                                       {"regions", regions},
                                       {"related", related}});
}

http::Response StatisticsEndpoints::cluster_categories(http::Request& r) {
  if (auto ok = check_query(r, {"sector", "limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto sector = r.query_value("sector");
  auto rows = sector ? categories_.categories_of_sector(*sector) : categories_.categories();
  if (!rows) return error_response(r, rows.error());
  json::array items;
  for (const auto& c : *rows)
    items.push_back(json::object{{"nace_division", c.division}, {"section", std::string(1, c.section)},
                                 {"category", c.category}});
  return page_of(r, std::move(items), *page);
}

http::Response StatisticsEndpoints::similar(http::Request& r) {
  if (auto ok = check_query(r, {"k", "indicators", "scope"}); !ok) return error_response(r, ok.error());
  auto scope = scope_parameter(r);
  if (!scope) return error_response(r, scope.error());
  std::size_t k = 5;
  if (auto text = r.query_value("k")) {
    auto v = text::parse_int(*text);
    if (!v || *v < 1 || *v > 50)
      return error_response(r, Error{ErrorKind::invalid, "Ask for 1 to 50 regions.", "k"});
    k = std::size_t(*v);
  }
  unsigned groups = unsigned(Indicators::all);
  if (auto text = r.query_value("indicators")) {
    groups = 0;
    std::string_view rest = *text;
    while (!rest.empty()) {
      auto comma = rest.find(',');
      std::string_view name = rest.substr(0, comma);
      rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
      if (name == "structure") groups |= unsigned(Indicators::structure);
      else if (name == "prosperity") groups |= unsigned(Indicators::prosperity);
      else if (name == "size") groups |= unsigned(Indicators::size);
      else if (name == "employment") groups |= unsigned(Indicators::employment);
      else
        return error_response(r, Error{ErrorKind::invalid, "Choose among structure, prosperity, size and employment.", "indicators"});
    }
  }
  auto s = service_.similar_regions(text::to_upper_ascii(r.param("code")), k, groups, *scope);
  if (!s) return error_response(r, s.error());
  json::array nearest, used;
  for (const auto& n : s->nearest)
    nearest.push_back(json::object{{"region", n.region},
                                   {"distance", n.distance},
                                   {"indicators_compared", n.compared},
                                   {"in_programme_area", n.in_programme_area}});
  for (const auto& i : s->indicators) used.push_back(json::value(i));
  return json_response(
      r, json::object{{"region", s->region},
                      {"scope", to_string(s->scope)},
                      {"year", s->year},
                      {"indicators", used},
                      {"regions_compared", s->regions_compared},
                      {"distance",
                       "root mean square of the differences of standardised (z-scored) indicators"},
                      {"nearest", nearest}});
}

}  // namespace cps::api
