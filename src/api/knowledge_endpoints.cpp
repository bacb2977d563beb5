#include "api/knowledge_endpoints.hpp"

#include <algorithm>

#include "api/guard.hpp"
#include "api/json.hpp"
#include "api/knowledge_table.hpp"
#include "http/file_download.hpp"
#include "http/multipart.hpp"
#include "http/request.hpp"
#include "core/text.hpp"
#include "export/table.hpp"

namespace cps::api {

namespace json = boost::json;
using namespace cps::knowledge;
namespace bhttp = http::bhttp;

namespace {

json::array string_array(const std::vector<std::string>& values) {
  json::array out;
  for (const auto& v : values) out.emplace_back(v);
  return out;
}

Result<std::string> string_field(const json::object& o, std::string_view key, std::string_view where) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::string();
  if (!v->is_string()) return fail(ErrorKind::invalid, "This must be text.", std::string(where) + std::string(key));
  return std::string(v->as_string());
}

Result<std::vector<std::string>> string_list(const json::object& o, std::string_view key) {
  std::vector<std::string> out;
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return out;
  if (!v->is_array()) return fail(ErrorKind::invalid, "This must be a list of texts.", std::string(key));
  for (const auto& x : v->as_array()) {
    if (!x.is_string()) return fail(ErrorKind::invalid, "This must be a list of texts.", std::string(key));
    out.emplace_back(x.as_string());
  }
  return out;
}

Result<std::optional<int>> year_field(const json::object& o, std::string_view key, const std::string& where) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::optional<int>{};
  if (!v->is_int64()) return fail(ErrorKind::invalid, "This must be a whole number.", where + std::string(key));
  return std::optional<int>(int(v->as_int64()));
}

Result<double> number_field(const json::object& o, std::string_view key, const std::string& where) {
  auto* v = o.if_contains(key);
  if (v && v->is_double()) return v->as_double();
  if (v && v->is_int64()) return double(v->as_int64());
  return fail(ErrorKind::invalid, "This must be a number.", where + std::string(key));
}

std::optional<ItemId> id_param(const http::Request& r) {
  auto id = text::parse_int(r.param("id"));
  if (!id || *id <= 0) return std::nullopt;
  return ItemId(*id);
}

}  // namespace

json::object item_json(const KnowledgeItem& item) {
  const ItemInput& c = item.content;
  json::array texts, sources;
  for (const auto& t : c.texts)
    texts.push_back(json::object{{"language", t.language},
                                 {"title", t.title},
                                 {"summary", t.summary},
                                 {"body", t.body},
                                 {"results", t.results},
                                 {"lessons", t.lessons},
                                 {"transferability", t.transferability},
                                 {"translation", to_string(t.translation)}});
  for (const auto& s : c.sources)
    sources.push_back(json::object{{"title", s.title},
                                   {"url", s.url},
                                   {"publisher", s.publisher},
                                   {"year", s.year ? json::value(*s.year) : json::value(nullptr)}});
  json::value budget = nullptr;
  if (c.budget)
    budget = json::object{{"amount", c.budget->amount},
                          {"currency", c.budget->currency},
                          {"eur_rate", c.budget->eur_rate},
                          {"rate_date", c.budget->rate_date},
                          {"eur", c.budget->eur()}};
  return json::object{
      {"id", item.id.value()},
      {"slug", c.slug},
      {"kind", to_string(c.kind)},
      {"status", to_string(item.status)},
      {"revision", item.revision},
      {"original_language", c.original_language},
      {"areas", string_array(c.areas)},
      {"countries", string_array(c.countries)},
      {"regions", string_array(c.regions)},
      {"timeframe", to_string(c.timeframe)},
      {"start_year", c.start_year ? json::value(*c.start_year) : json::value(nullptr)},
      {"end_year", c.end_year ? json::value(*c.end_year) : json::value(nullptr)},
      {"instrument", c.instrument ? json::value(to_string(*c.instrument)) : json::value(nullptr)},
      {"funding_source", c.funding_source},
      {"budget", budget},
      {"target_groups", string_array(c.target_groups)},
      {"contact_organisation",
       c.contact_organisation ? json::value(c.contact_organisation->value()) : json::value(nullptr)},
      {"contact_person", c.contact_person ? json::value(c.contact_person->value()) : json::value(nullptr)},
      {"sources", sources},
      {"texts", texts},
      {"author", item.author_name},
      {"created_at", item.created_at},
      {"updated_at", item.updated_at},
      {"published_at", item.published_at ? json::value(*item.published_at) : json::value(nullptr)}};
}

Result<ItemInput> item_input(const json::object& o) {
  static constexpr std::string_view known[] = {
      "id", "slug", "kind", "status", "revision", "original_language", "areas", "countries", "regions",
      "timeframe", "start_year", "end_year", "instrument", "funding_source", "budget", "target_groups",
      "contact_organisation", "contact_person", "sources", "texts", "author", "created_at", "updated_at", "published_at"};
  for (const auto& [key, value] : o)
    if (std::find(std::begin(known), std::end(known), key) == std::end(known))
      return fail(ErrorKind::invalid, "This field is not known here.", std::string(key));
  ItemInput in;
  auto text_of = [&](std::string_view key) { return string_field(o, key, ""); };
  auto slug = text_of("slug");
  if (!slug) return std::unexpected(slug.error());
  in.slug = *slug;
  auto kind = text_of("kind");
  if (!kind) return std::unexpected(kind.error());
  auto k = parse_kind(*kind);
  if (!k) return fail(ErrorKind::invalid, "Choose the kind of item.", "kind");
  in.kind = *k;
  auto language = text_of("original_language");
  if (!language) return std::unexpected(language.error());
  in.original_language = *language;
  for (auto [key, target] : {std::pair{"areas", &in.areas}, std::pair{"countries", &in.countries},
                             std::pair{"regions", &in.regions}, std::pair{"target_groups", &in.target_groups}}) {
    auto list = string_list(o, key);
    if (!list) return std::unexpected(list.error());
    *target = std::move(*list);
  }
  auto timeframe = text_of("timeframe");
  if (!timeframe) return std::unexpected(timeframe.error());
  auto t = parse_timeframe(timeframe->empty() ? "current" : *timeframe);
  if (!t) return fail(ErrorKind::invalid, "Choose the time frame.", "timeframe");
  in.timeframe = *t;
  auto start = year_field(o, "start_year", "");
  if (!start) return std::unexpected(start.error());
  in.start_year = *start;
  auto end = year_field(o, "end_year", "");
  if (!end) return std::unexpected(end.error());
  in.end_year = *end;
  auto instrument = text_of("instrument");
  if (!instrument) return std::unexpected(instrument.error());
  if (!instrument->empty()) {
    in.instrument = parse_instrument(*instrument);
    if (!in.instrument) return fail(ErrorKind::invalid, "Choose the instrument from the list.", "instrument");
  }
  auto funding = text_of("funding_source");
  if (!funding) return std::unexpected(funding.error());
  in.funding_source = *funding;
  if (auto* b = o.if_contains("budget"); b && !b->is_null()) {
    if (!b->is_object()) return fail(ErrorKind::invalid, "This must be an object.", "budget");
    const auto& bo = b->as_object();
    Budget budget;
    auto amount = number_field(bo, "amount", "budget.");
    if (!amount) return std::unexpected(amount.error());
    budget.amount = *amount;
    auto currency = string_field(bo, "currency", "budget.");
    if (!currency) return std::unexpected(currency.error());
    budget.currency = currency->empty() ? "EUR" : *currency;
    if (bo.contains("eur_rate")) {
      auto rate = number_field(bo, "eur_rate", "budget.");
      if (!rate) return std::unexpected(rate.error());
      budget.eur_rate = *rate;
    }
    auto date = string_field(bo, "rate_date", "budget.");
    if (!date) return std::unexpected(date.error());
    budget.rate_date = *date;
    in.budget = budget;
  }
  if (auto* c = o.if_contains("contact_organisation"); c && !c->is_null()) {
    if (!c->is_int64() || c->as_int64() <= 0)
      return fail(ErrorKind::invalid, "This must be a whole number above zero.", "contact_organisation");
    in.contact_organisation = accounts::OrganisationId(c->as_int64());
  }
  if (auto* c = o.if_contains("contact_person"); c && !c->is_null()) {
    if (!c->is_int64() || c->as_int64() <= 0)
      return fail(ErrorKind::invalid, "This must be a whole number above zero.", "contact_person");
    in.contact_person = accounts::UserId(c->as_int64());
  }
  if (auto* sources = o.if_contains("sources"); sources && !sources->is_null()) {
    if (!sources->is_array()) return fail(ErrorKind::invalid, "This must be a list.", "sources");
    for (std::size_t i = 0; i < sources->as_array().size(); ++i) {
      const auto& s = sources->as_array()[i];
      std::string where = "sources." + std::to_string(i + 1) + ".";
      if (!s.is_object()) return fail(ErrorKind::invalid, "This must be an object.", where.substr(0, where.size() - 1));
      Source src;
      for (auto [key, target] : {std::pair{"title", &src.title}, std::pair{"url", &src.url},
                                 std::pair{"publisher", &src.publisher}}) {
        auto v = string_field(s.as_object(), key, where);
        if (!v) return std::unexpected(v.error());
        *target = *v;
      }
      auto year = year_field(s.as_object(), "year", where);
      if (!year) return std::unexpected(year.error());
      src.year = *year;
      in.sources.push_back(std::move(src));
    }
  }
  auto* texts = o.if_contains("texts");
  if (!texts || !texts->is_array()) return fail(ErrorKind::invalid, "Write the item in its original language.", "texts");
  for (const auto& t : texts->as_array()) {
    if (!t.is_object()) return fail(ErrorKind::invalid, "This must be an object.", "texts");
    const auto& to = t.as_object();
    ItemText text;
    auto lang = string_field(to, "language", "texts.");
    if (!lang) return std::unexpected(lang.error());
    text.language = *lang;
    std::string where = "texts." + text.language + ".";
    for (auto [key, target] : {std::pair{"title", &text.title}, std::pair{"summary", &text.summary},
                               std::pair{"body", &text.body}, std::pair{"results", &text.results},
                               std::pair{"lessons", &text.lessons}, std::pair{"transferability", &text.transferability}}) {
      auto v = string_field(to, key, where);
      if (!v) return std::unexpected(v.error());
      *target = *v;
    }
    auto translation = string_field(to, "translation", where);
    if (!translation) return std::unexpected(translation.error());
    auto tr = parse_translation(translation->empty() ? (text.language == in.original_language ? "original" : "human")
                                                     : *translation);
    if (!tr) return fail(ErrorKind::invalid, "Use original or human.", where + "translation");
    text.translation = *tr;
    in.texts.push_back(std::move(text));
  }
  return in;
}

Result<std::vector<ItemInput>> items_of_download(std::string_view text,
                                                 std::vector<KnowledgeService::ImportProblem>& problems) {
  auto body = parse_object(text);
  if (!body) return std::unexpected(body.error());
  auto* items = body->if_contains("items");
  if (!items || !items->is_array()) return fail(ErrorKind::invalid, "Give the items as a list in \"items\".", "items");
  std::vector<ItemInput> out;
  for (std::size_t i = 0; i < items->as_array().size(); ++i) {
    const auto& v = items->as_array()[i];
    if (!v.is_object()) {
      problems.push_back({i + 1, "", "This must be an object."});
      continue;
    }
    auto in = item_input(v.as_object());
    if (!in) {
      problems.push_back({i + 1, in.error().field, in.error().message});
      continue;
    }
    out.push_back(std::move(*in));
  }
  return out;
}

Result<KnowledgeService::ImportSummary> import_knowledge(KnowledgeService& knowledge, const accounts::Principal& who,
                                                        std::string_view file, ImportFormat format,
                                                        std::vector<KnowledgeService::ImportProblem>& problems) {
  std::vector<ItemInput> items;
  CsvItems rows;
  if (format == ImportFormat::json) {
    auto read = items_of_download(file, problems);
    if (!read) return std::unexpected(read.error());
    items = std::move(*read);
  } else {
    auto read = items_of_csv(file, problems);
    if (!read) return std::unexpected(read.error());
    rows = std::move(*read);
    items = std::move(rows.items);
  }
  if (!problems.empty()) return fail(ErrorKind::unprocessable, "The file has problems; nothing was stored.", "items");
  auto summary = knowledge.import_items(who, items, problems);
  rows.locate(problems);
  return summary;
}

void KnowledgeEndpoints::add_routes(http::Router& router) {
  using V = bhttp::verb;
  http::RouteOptions body{512 * 1024};
  auto guarded = [this](http::Response (KnowledgeEndpoints::*handler)(http::Request&, const auth::Visit&)) {
    return for_visitor(auth_, [this, handler](http::Request& r, const auth::Visit& v) { return (this->*handler)(r, v); });
  };
  router.get("/api/v1/knowledge", guarded(&KnowledgeEndpoints::list));
  router.add(V::post, "/api/v1/knowledge", guarded(&KnowledgeEndpoints::create), body);
  // JSON or CSV, told by the body's type.
  router.add(V::post, "/api/v1/knowledge/import", guarded(&KnowledgeEndpoints::import),
             http::RouteOptions{kMaxImportBytes, http::BodyTypes::any});
  router.get("/api/v1/knowledge/{id}", guarded(&KnowledgeEndpoints::item));
  router.add(V::put, "/api/v1/knowledge/{id}", guarded(&KnowledgeEndpoints::replace), body);
  router.add(V::delete_, "/api/v1/knowledge/{id}", guarded(&KnowledgeEndpoints::remove));
  router.get("/api/v1/knowledge/{id}/attachments", guarded(&KnowledgeEndpoints::attachments));
  // Any body type: the file comes raw (its type is found from its bytes) or in a form.
  router.add(V::post, "/api/v1/knowledge/{id}/attachments", guarded(&KnowledgeEndpoints::attach),
             http::RouteOptions{knowledge_.attachment_settings().max_bytes + 64 * 1024, http::BodyTypes::any});
  router.get("/api/v1/knowledge/{id}/attachments/{attachment}", guarded(&KnowledgeEndpoints::download));
  router.add(V::delete_, "/api/v1/knowledge/{id}/attachments/{attachment}", guarded(&KnowledgeEndpoints::detach));
}

http::Response KnowledgeEndpoints::list(http::Request& r, const auth::Visit& v) {
  if (auto ok = check_query(r, {"q", "area", "kind", "country", "region", "timeframe", "instrument", "lang", "status",
                                "sort", "limit", "cursor", "format", "ui"});
      !ok)
    return error_response(r, ok.error());
  SearchRequest req;
  req.q = r.query_value("q").value_or("");
  req.language = r.query_value("ui").value_or("en");
  if (!i18n::parse_language(req.language)) return error_response(r, Error{ErrorKind::invalid, "Choose a language from the list.", "ui"});
  req.sort = r.query_value("sort").value_or(text::trim(req.q).empty() ? "date" : "relevance");
  auto& f = req.facets;
  auto bad = [&](const char* field) { return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", field}); };
  if (auto a = r.query_value("area")) {
    if (a->size() != 3 || !a->starts_with("WG") || (*a)[2] < '1' || (*a)[2] > '6') return bad("area");
    f.area = *a;
  }
  if (auto k = r.query_value("kind"); k && !(f.kind = parse_kind(*k))) return bad("kind");
  if (auto t = r.query_value("timeframe"); t && !(f.timeframe = parse_timeframe(*t))) return bad("timeframe");
  if (auto i = r.query_value("instrument"); i && !(f.instrument = parse_instrument(*i))) return bad("instrument");
  if (auto s = r.query_value("status"); s && !(f.status = parse_status(*s))) return bad("status");
  if (auto l = r.query_value("lang")) {
    if (!is_content_language(*l)) return bad("lang");
    f.language = *l;
  }
  if (auto c = r.query_value("country")) f.country = text::to_upper_ascii(*c);
  if (auto g = r.query_value("region")) f.region = text::to_upper_ascii(*g);
  std::size_t limit = 20;
  if (auto l = r.query_value("limit")) {
    auto n = text::parse_int(*l);
    if (!n || *n < 1 || *n > 100) return error_response(r, Error{ErrorKind::invalid, "The limit must be a whole number from 1 to 100.", "limit"});
    limit = std::size_t(*n);
  }
  // The cursor is the position of the next result, opaque to clients.
  std::size_t offset = 0;
  if (auto c = r.query_value("cursor")) {
    auto decoded = text::decode_base64url(*c);
    auto n = decoded ? text::parse_int(*decoded) : std::nullopt;
    if (!n || *n < 0 || *n > 100000 || *n % std::int64_t(limit) != 0)
      return error_response(r, Error{ErrorKind::invalid, "This cursor is not valid here.", "cursor"});
    offset = std::size_t(*n);
  }
  req.per_page = limit;
  req.page = offset / limit + 1;
  auto format = r.query_value("format");
  if (format && *format != "csv" && *format != "xlsx" && *format != "json")
    return error_response(r, Error{ErrorKind::invalid, "Choose CSV, XLSX or JSON.", "format"});
  if (format) {
    // A download holds every result (up to 1,000): in CSV and XLSX one row per language
    // version of an item, in JSON one object per item.
    exports::Table table = knowledge_table();
    json::array items;
    {
      auto found = knowledge_.download(v.principal, req);
      if (!found) return error_response(r, found.error());
      for (const auto& h : found->hits) {
        add_rows(table, h.item);
        items.push_back(item_json(h.item));
      }
    }
    std::string bytes, type;
    if (*format == "json") {
      bytes = json::serialize(json::object{{"items", items}});
      type = "application/json";
    } else if (*format == "csv") {
      bytes = exports::to_csv(table);
      type = "text/csv; charset=utf-8";
    } else {
      auto x = exports::to_xlsx(table);
      if (!x) return error_response(r, x.error());
      bytes = std::move(*x);
      type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
    http::Response res = http::make_response(r, bhttp::status::ok, type, std::move(bytes));
    res.set(bhttp::field::content_disposition, "attachment; filename=\"clusterpolisee-knowledge." + *format + "\"");
    return res;
  }
  auto found = knowledge_.search(v.principal, req);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& h : found->hits) {
    json::object o = item_json(h.item);
    if (found->ranked) {
      o["score"] = h.score;
      o["matched_language"] = h.language;
      o["snippet_html"] = h.snippet_html;
      o["matched_concepts"] = string_array(h.concepts);
    }
    items.push_back(std::move(o));
  }
  json::object facets;
  for (const auto& [name, counts] : found->facets) {
    json::object values;
    for (const auto& [value, count] : counts) values[value] = count;
    facets[name] = std::move(values);
  }
  json::object out{{"items", items}, {"total", found->total}, {"facets", facets}};
  if (offset + limit < found->total)
    out["next_cursor"] = text::encode_base64url(std::to_string(offset + limit));
  else
    out["next_cursor"] = nullptr;
  return json_response(r, out);
}

http::Response KnowledgeEndpoints::item(http::Request& r, const auth::Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_param(r);
  if (!id) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  auto found = knowledge_.item(v.principal, *id);
  if (!found) return error_response(r, found.error());
  return json_response(r, item_json(*found));
}

http::Response KnowledgeEndpoints::create(http::Request& r, const auth::Visit& v) {
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto in = item_input(*body);
  if (!in) return error_response(r, in.error());
  auto id = knowledge_.create(v.principal, *in);
  if (!id) return error_response(r, id.error());
  auto created = knowledge_.item(v.principal, *id);
  if (!created) return error_response(r, created.error());
  http::Response res = json_response(r, item_json(*created), bhttp::status::created);
  res.set(bhttp::field::location, "/api/v1/knowledge/" + std::to_string(id->value()));
  return res;
}

http::Response KnowledgeEndpoints::replace(http::Request& r, const auth::Visit& v) {
  auto id = id_param(r);
  if (!id) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto* revision = body->if_contains("revision");
  if (!revision || !revision->is_int64())
    return error_response(r, Error{ErrorKind::invalid, "Give the revision you edited.", "revision"});
  auto in = item_input(*body);
  if (!in) return error_response(r, in.error());
  auto saved = knowledge_.update(v.principal, *id, int(revision->as_int64()), *in);
  if (!saved) return error_response(r, saved.error());
  return json_response(r, item_json(*saved));
}

http::Response KnowledgeEndpoints::import(http::Request& r, const auth::Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  std::string_view type = r.header(bhttp::field::content_type);
  ImportFormat format = ImportFormat::json;
  if (http::media_type_is(type, "text/csv"))
    format = ImportFormat::csv;
  else if (!http::media_type_is(type, "application/json"))
    return error_response(r, Error{ErrorKind::unsupported_media_type, "Send the file as application/json or text/csv.",
                                   "Content-Type"});
  std::vector<KnowledgeService::ImportProblem> problems;
  auto summary = import_knowledge(knowledge_, v.principal, r.raw.body(), format, problems);
  if (!summary) {
    if (problems.empty()) return error_response(r, summary.error());
    http::Problem problem = http::to_problem(summary.error());
    json::array list;
    for (const auto& p : problems) {
      json::object o{{"item", p.item}, {"field", p.field}, {"message", p.message}};
      if (p.line) o["line"] = p.line;
      list.push_back(std::move(o));
    }
    json::object body{{"type", "/problems/" + std::string(problem.type.slug)},
                      {"title", problem.type.title},
                      {"status", int(problem.type.status)},
                      {"detail", problem.detail},
                      {"parameter", problem.field},
                      {"instance", "urn:request:" + r.request_id},
                      {"problems", list}};
    return http::make_response(r, problem.type.status, "application/problem+json", json::serialize(body));
  }
  return json_response(r, json::object{{"added", summary->added}, {"already_present", string_array(summary->already_present)}},
                       bhttp::status::ok);
}

http::Response KnowledgeEndpoints::remove(http::Request& r, const auth::Visit& v) {
  auto id = id_param(r);
  if (!id) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  if (auto ok = knowledge_.remove(v.principal, *id); !ok) return error_response(r, ok.error());
  return http::make_response(r, bhttp::status::no_content, "", "");
}

namespace {

json::object attachment_json(const Attachment& a) {
  std::string href = "/api/v1/knowledge/" + std::to_string(a.item.value()) + "/attachments/" + std::to_string(a.id.value());
  return json::object{{"id", a.id.value()},         {"file_name", a.file_name}, {"media_type", a.media_type},
                      {"size", a.size},             {"sha256", a.sha256},       {"uploaded_at", a.uploaded_at},
                      {"has_text", !a.extracted_text.empty()}, {"href", href}};
}

std::optional<AttachmentId> attachment_param(const http::Request& r) {
  auto id = text::parse_int(r.param("attachment"));
  if (!id || *id <= 0) return std::nullopt;
  return AttachmentId(*id);
}

}  // namespace

http::Response KnowledgeEndpoints::attachments(http::Request& r, const auth::Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_param(r);
  if (!id) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  auto all = knowledge_.attachments(v.principal, *id);
  if (!all) return error_response(r, all.error());
  json::array list;
  for (const auto& a : *all) list.push_back(attachment_json(a));
  return json_response(r, json::object{{"attachments", list}});
}

http::Response KnowledgeEndpoints::attach(http::Request& r, const auth::Visit& v) {
  if (auto ok = check_query(r, {"file_name"}); !ok) return error_response(r, ok.error());
  auto id = id_param(r);
  if (!id) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  // The file: the part named "file" of a form, or the whole body.
  std::string_view data = r.raw.body();
  std::string file_name = r.query_value("file_name").value_or("");
  std::string_view type = r.header(bhttp::field::content_type);
  if (http::multipart_boundary(type)) {
    auto parts = http::parse_multipart(type, data);
    if (!parts) return error_response(r, parts.error());
    auto file = std::find_if(parts->begin(), parts->end(), [](const auto& p) { return p.name == "file"; });
    if (file == parts->end())
      return error_response(r, Error{ErrorKind::invalid, "Send the file in a form field named file.", "file"});
    data = file->data;
    if (file_name.empty()) file_name = file->file_name;
  }
  auto done = knowledge_.attach(v.principal, *id, file_name, data);
  if (!done) {
    Error e = done.error();
    if (e.kind == ErrorKind::payload_too_large)
      e.message = text::fill(e.message, {{"mb", std::to_string(knowledge_.attachment_settings().max_bytes / (1024 * 1024))}});
    return error_response(r, e);
  }
  auto res = json_response(r, attachment_json(*done));
  res.result(bhttp::status::created);
  res.set(bhttp::field::location, std::string(attachment_json(*done)["href"].as_string()));
  return res;
}

http::Response KnowledgeEndpoints::download(http::Request& r, const auth::Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_param(r);
  auto attachment = attachment_param(r);
  if (!id || !attachment) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  auto file = knowledge_.attachment_file(v.principal, *id, *attachment);
  if (!file) return error_response(r, file.error());
  auto res = http::file_download(r, file->path, file->attachment.media_type, file->attachment.file_name,
                                 knowledge_.attachment_settings().max_bytes);
  if (!res) return error_response(r, res.error());
  return std::move(*res);
}

http::Response KnowledgeEndpoints::detach(http::Request& r, const auth::Visit& v) {
  auto id = id_param(r);
  auto attachment = attachment_param(r);
  if (!id || !attachment) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  if (auto ok = knowledge_.detach(v.principal, *id, *attachment); !ok) return error_response(r, ok.error());
  return http::make_response(r, bhttp::status::no_content, "", "");
}

}  // namespace cps::api
