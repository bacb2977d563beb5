#include "api/knowledge_endpoints.hpp"

#include <algorithm>

#include "api/guard.hpp"
#include "api/json.hpp"
#include "api/paging.hpp"
#include "http/file_download.hpp"
#include "http/multipart.hpp"
#include "http/request.hpp"
#include "core/text.hpp"
#include "domain/knowledge/item_import.hpp"
#include "domain/knowledge/item_input.hpp"
#include "domain/knowledge/item_table.hpp"
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

json::object about_json(const About& about) {
  json::array concepts;
  for (const auto& c : about.concepts)
    concepts.push_back(json::object{{"id", c.id}, {"label", c.label}, {"matched", c.matched}});
  return json::object{
      {"concepts", concepts},
      {"instrument", about.instrument ? json::value(to_string(*about.instrument)) : json::value(nullptr)},
      {"areas", string_array(about.areas)},
      {"countries", string_array(about.countries)},
      {"regions", string_array(about.regions)},
      {"translation", about.translation ? json::value(*about.translation) : json::value(nullptr)}};
}

json::array expansions_json(const std::vector<SearchExpansion>& expansions) {
  json::array out;
  for (const auto& e : expansions) {
    json::array terms;
    for (const auto& [language, term] : e.terms) terms.push_back(json::object{{"language", language}, {"term", term}});
    out.push_back(json::object{{"concept", e.concept_id},
                               {"label", e.label},
                               {"words", string_array(e.words)},
                               {"transliterated", e.transliterated},
                               {"terms", terms}});
  }
  return out;
}

}  // namespace

json::object machine_translation_json(const MachineTranslation& t) {
  const char* from = language_name(t.source_language);
  return json::object{
      {"language", t.text.language},
      {"translation", to_string(t.text.translation)},
      {"title", t.text.title},
      {"summary", t.text.summary},
      {"source_language", t.source_language},
      {"revision", t.revision},
      {"engine", t.engine},
      {"made_at", t.made_at},
      {"label", std::string("Machine translation from ") + (from ? from : t.source_language.c_str()) +
                    " — may contain errors; read the original."}};
}

json::object item_json(const KnowledgeItem& item) {
  json::object o{{"id", item.id.value()}};
  for (auto& [key, value] : input_json(item.content)) o[key] = std::move(value);
  if (item.content.budget) o["budget"].as_object()["eur"] = item.content.budget->eur();
  o["status"] = to_string(item.status);
  o["revision"] = item.revision;
  o["author"] = item.author_name;
  o["created_at"] = item.created_at;
  o["updated_at"] = item.updated_at;
  o["published_at"] = item.published_at ? json::value(*item.published_at) : json::value(nullptr);
  return o;
}

namespace {

// One item as GET /api/v1/knowledge/{id} answers it: its JSON and what it is about for a reader
// of `ui` (the account of the original text; its translation the one into `ui`). Every answer
// that is one item (created, replaced, moved, restored) is this, with English labels.
http::Response item_answer(const http::Request& r, KnowledgeService& knowledge, const KnowledgeItem& item,
                           const std::string& ui = "en", bhttp::status status = bhttp::status::ok) {
  auto about = knowledge.about(item, ui, item.content.original_language);
  if (!about) return error_response(r, about.error());
  auto machine = knowledge.machine_translations(item);
  if (!machine) return error_response(r, machine.error());
  json::object o = item_json(item);
  o["about"] = about_json(*about);
  json::array kept;
  for (const auto& t : *machine) kept.push_back(machine_translation_json(t));
  o["machine_translations"] = std::move(kept);
  o["machine_translation_languages"] = string_array(knowledge.machine_targets(item));
  return json_response(r, o, status);
}

}  // namespace

void KnowledgeEndpoints::add_routes(http::Router& router) {
  using V = bhttp::verb;
  http::RouteOptions body{512 * 1024};
  router.get("/api/v1/knowledge", for_visitor(auth_, this, &KnowledgeEndpoints::list));
  router.add(V::post, "/api/v1/knowledge", for_visitor(auth_, this, &KnowledgeEndpoints::create), body);
  // JSON or CSV, told by the body's type.
  router.add(V::post, "/api/v1/knowledge/import", for_visitor(auth_, this, &KnowledgeEndpoints::import),
             http::RouteOptions{kMaxImportBytes, http::BodyTypes::any});
  router.get("/api/v1/knowledge/{id}", for_visitor(auth_, this, &KnowledgeEndpoints::item));
  router.add(V::put, "/api/v1/knowledge/{id}", for_visitor(auth_, this, &KnowledgeEndpoints::replace), body);
  router.add(V::delete_, "/api/v1/knowledge/{id}", for_visitor(auth_, this, &KnowledgeEndpoints::remove));
  // The workflow, as the item page's forms offer it (publish also takes an archived item back).
  router.add(V::post, "/api/v1/knowledge/{id}/submit", for_visitor(auth_, this, &KnowledgeEndpoints::submit));
  router.add(V::post, "/api/v1/knowledge/{id}/publish", for_visitor(auth_, this, &KnowledgeEndpoints::publish));
  router.add(V::post, "/api/v1/knowledge/{id}/return", for_visitor(auth_, this, &KnowledgeEndpoints::send_back));
  router.add(V::post, "/api/v1/knowledge/{id}/archive", for_visitor(auth_, this, &KnowledgeEndpoints::archive));
  router.add(V::post, "/api/v1/knowledge/{id}/restore", for_visitor(auth_, this, &KnowledgeEndpoints::restore));
  router.add(V::post, "/api/v1/knowledge/{id}/machine-translations",
             for_visitor(auth_, this, &KnowledgeEndpoints::machine_translate));
  router.get("/api/v1/knowledge/{id}/attachments", for_visitor(auth_, this, &KnowledgeEndpoints::attachments));
  // Any body type: the file comes raw (its type is found from its bytes) or in a form.
  router.add(V::post, "/api/v1/knowledge/{id}/attachments", for_visitor(auth_, this, &KnowledgeEndpoints::attach),
             http::RouteOptions{knowledge_.attachment_settings().max_bytes + 64 * 1024, http::BodyTypes::any});
  router.get("/api/v1/knowledge/{id}/attachments/{attachment}", for_visitor(auth_, this, &KnowledgeEndpoints::download));
  router.add(V::delete_, "/api/v1/knowledge/{id}/attachments/{attachment}", for_visitor(auth_, this, &KnowledgeEndpoints::detach));
}

http::Response KnowledgeEndpoints::list(http::Request& r, const auth::Visit& v) {
  if (auto ok = check_query(r, {"q", "area", "kind", "country", "region", "sector", "timeframe", "instrument", "lang", "status",
                                "sort", "limit", "cursor", "format", "ui", "drop"});
      !ok)
    return error_response(r, ok.error());
  SearchRequest req;
  req.q = r.query_value("q").value_or("");
  req.language = r.query_value("ui").value_or("en");
  if (!i18n::parse_language(req.language)) return error_response(r, Error{ErrorKind::invalid, "Choose a language from the list.", "ui"});
  req.sort = r.query_value("sort").value_or(text::trim(req.q).empty() ? "date" : "relevance");
  req.dropped = dropped_concepts(r.query_value("drop").value_or(""));
  req.reported = true;
  auto& f = req.facets;
  auto bad = [&](const char* field) { return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", field}); };
  if (auto a = r.query_value("area")) {
    if (!is_area(*a)) return bad("area");
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
  if (auto s = r.query_value("sector")) {
    if (s->size() != 2 || !std::all_of(s->begin(), s->end(), [](char c) { return c >= '0' && c <= '9'; }))
      return bad("sector");
    f.sector = *s;
  }
  // Pages of 20 by default; the service pages by page number, so a cursor falls on a page.
  auto page = page_request(r, PageLimits{.default_limit = 20, .max_limit = 100, .aligned = true});
  if (!page) return error_response(r, page.error());
  std::size_t limit = page->limit, offset = page->offset;
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
    o["about"] = about_json(h.about);
    items.push_back(std::move(o));
  }
  json::object facets;
  for (const auto& [name, counts] : found->facets) {
    json::object values;
    for (const auto& [value, count] : counts) values[value] = count;
    facets[name] = std::move(values);
  }
  return page_response(r,
                       json::object{{"facets", facets},
                                    {"expansions", expansions_json(found->expansions)},
                                    {"dropped", expansions_json(found->dropped)}},
                       std::move(items), found->total, *page);
}

http::Response KnowledgeEndpoints::item(http::Request& r, const auth::Visit& v) {
  if (auto ok = check_query(r, {"ui"}); !ok) return error_response(r, ok.error());
  const std::string ui = r.query_value("ui").value_or("en");
  if (!i18n::parse_language(ui)) return error_response(r, Error{ErrorKind::invalid, "Choose a language from the list.", "ui"});
  auto id = http::path_id<ItemId>(r, "id");
  if (!id) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  auto found = knowledge_.item(v.principal, *id);
  if (!found) return error_response(r, found.error());
  return item_answer(r, knowledge_, *found, ui);
}

http::Response KnowledgeEndpoints::create(http::Request& r, const auth::Visit& v) {
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto in = read_input(*body);
  if (!in) return error_response(r, in.error());
  auto id = knowledge_.create(v.principal, *in);
  if (!id) return error_response(r, id.error());
  auto created = knowledge_.item(v.principal, *id);
  if (!created) return error_response(r, created.error());
  http::Response res = item_answer(r, knowledge_, *created, "en", bhttp::status::created);
  res.set(bhttp::field::location, "/api/v1/knowledge/" + std::to_string(id->value()));
  return res;
}

http::Response KnowledgeEndpoints::replace(http::Request& r, const auth::Visit& v) {
  auto id = http::path_id<ItemId>(r, "id");
  if (!id) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto* revision = body->if_contains("revision");
  if (!revision || !revision->is_int64())
    return error_response(r, Error{ErrorKind::invalid, "Give the revision you edited.", "revision"});
  auto in = read_input(*body);
  if (!in) return error_response(r, in.error());
  auto saved = knowledge_.update(v.principal, *id, int(revision->as_int64()), *in);
  if (!saved) return error_response(r, saved.error());
  return item_answer(r, knowledge_, *saved);
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
    json::array list;
    for (const auto& p : problems) {
      json::object o{{"item", p.item}, {"field", p.field}, {"message", p.message}};
      if (p.line) o["line"] = p.line;
      list.push_back(std::move(o));
    }
    return error_response_listing(r, summary.error(), "problems", std::move(list));
  }
  return json_response(r, json::object{{"added", summary->added}, {"already_present", string_array(summary->already_present)}},
                       bhttp::status::ok);
}

http::Response KnowledgeEndpoints::remove(http::Request& r, const auth::Visit& v) {
  auto id = http::path_id<ItemId>(r, "id");
  if (!id) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  if (auto ok = knowledge_.remove(v.principal, *id); !ok) return error_response(r, ok.error());
  return http::make_response(r, bhttp::status::no_content, "", "");
}

namespace {

// The item of the path and the body of a workflow step: its revision and the other members
// the step takes (any other member is refused, naming it).
struct StepRequest {
  ItemId id;
  json::object body;
  int revision = 0;
};

// Whether a step's body must name the revision it started from.
enum class RevisionAsked { yes, no };

Result<StepRequest> read_step(const http::Request& r, std::initializer_list<std::string_view> members,
                              RevisionAsked revision_asked = RevisionAsked::yes) {
  if (auto ok = check_query(r, {}); !ok) return std::unexpected(ok.error());
  auto id = id_in_path<ItemId>(r);
  if (!id) return std::unexpected(id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return std::unexpected(body.error());
  for (const auto& member : *body)
    if (member.key() != "revision" && std::ranges::find(members, std::string_view(member.key())) == members.end())
      return fail(ErrorKind::invalid, "This field is not known here.", std::string(member.key()));
  if (revision_asked == RevisionAsked::no) return StepRequest{*id, std::move(*body), 0};
  auto revision = revision_of(*body);
  if (!revision) return std::unexpected(revision.error());
  return StepRequest{*id, std::move(*body), *revision};
}

}  // namespace

using Transition = KnowledgeService::Transition;

http::Response KnowledgeEndpoints::submit(http::Request& r, const auth::Visit& v) { return move(r, v, Transition::submit); }
http::Response KnowledgeEndpoints::publish(http::Request& r, const auth::Visit& v) { return move(r, v, Transition::publish); }
http::Response KnowledgeEndpoints::send_back(http::Request& r, const auth::Visit& v) { return move(r, v, Transition::send_back); }
http::Response KnowledgeEndpoints::archive(http::Request& r, const auth::Visit& v) { return move(r, v, Transition::archive); }

http::Response KnowledgeEndpoints::move(http::Request& r, const auth::Visit& v, Transition step) {
  // Only returning an item takes a text (the reason, which the service keeps as the step's
  // note); the page's other steps send nothing but the revision.
  bool with_reason = step == Transition::send_back;
  auto in = with_reason ? read_step(r, {"reason"}) : read_step(r, {});
  if (!in) return error_response(r, in.error());
  auto reason = text_member(in->body, "reason");
  if (!reason) return error_response(r, reason.error());
  auto moved = knowledge_.transition(v.principal, in->id, in->revision, step, text::trim(*reason));
  if (!moved) {
    Error e = moved.error();
    if (e.field == "note") e.field = "reason";  // the service's name for the body's reason
    return error_response(r, e);
  }
  return item_answer(r, knowledge_, *moved);
}

http::Response KnowledgeEndpoints::restore(http::Request& r, const auth::Visit& v) {
  auto in = read_step(r, {"number"});
  if (!in) return error_response(r, in.error());
  auto* number = in->body.if_contains("number");
  if (!number || !number->is_int64() || number->as_int64() < 1 || number->as_int64() > 1'000'000'000)
    return error_response(r, Error{ErrorKind::invalid, "Choose a revision from the list.", "number"});
  auto restored = knowledge_.restore(v.principal, in->id, in->revision, int(number->as_int64()));
  if (!restored) return error_response(r, restored.error());
  return item_answer(r, knowledge_, *restored);
}

http::Response KnowledgeEndpoints::machine_translate(http::Request& r, const auth::Visit& v) {
  auto in = read_step(r, {"language"}, RevisionAsked::no);
  if (!in) return error_response(r, in.error());
  auto* language = in->body.if_contains("language");
  if (!language || !language->is_string())
    return error_response(r, Error{ErrorKind::invalid, "Choose the language from the list.", "language"});
  auto made = knowledge_.machine_translate(v.principal, in->id, std::string(language->as_string()));
  if (!made) return error_response(r, made.error());
  return json_response(r, machine_translation_json(made->translation),
                       made->made == Made::now ? bhttp::status::created : bhttp::status::ok);
}

namespace {

json::object attachment_json(const Attachment& a) {
  std::string href = "/api/v1/knowledge/" + std::to_string(a.item.value()) + "/attachments/" + std::to_string(a.id.value());
  return json::object{{"id", a.id.value()},         {"file_name", a.file_name}, {"media_type", a.media_type},
                      {"size", a.size},             {"sha256", a.sha256},       {"uploaded_at", a.uploaded_at},
                      {"has_text", !a.extracted_text.empty()}, {"href", href}};
}

}  // namespace

http::Response KnowledgeEndpoints::attachments(http::Request& r, const auth::Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = http::path_id<ItemId>(r, "id");
  if (!id) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  auto all = knowledge_.attachments(v.principal, *id);
  if (!all) return error_response(r, all.error());
  json::array list;
  for (const auto& a : *all) list.push_back(attachment_json(a));
  return json_response(r, json::object{{"attachments", list}});
}

http::Response KnowledgeEndpoints::attach(http::Request& r, const auth::Visit& v) {
  if (auto ok = check_query(r, {"file_name"}); !ok) return error_response(r, ok.error());
  auto id = http::path_id<ItemId>(r, "id");
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
  auto id = http::path_id<ItemId>(r, "id");
  auto attachment = http::path_id<AttachmentId>(r, "attachment");
  if (!id || !attachment) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  auto file = knowledge_.attachment_file(v.principal, *id, *attachment);
  if (!file) return error_response(r, file.error());
  auto res = http::file_download(r, file->path, file->attachment.media_type, file->attachment.file_name,
                                 knowledge_.attachment_settings().max_bytes);
  if (!res) return error_response(r, res.error());
  return std::move(*res);
}

http::Response KnowledgeEndpoints::detach(http::Request& r, const auth::Visit& v) {
  auto id = http::path_id<ItemId>(r, "id");
  auto attachment = http::path_id<AttachmentId>(r, "attachment");
  if (!id || !attachment) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  if (auto ok = knowledge_.detach(v.principal, *id, *attachment); !ok) return error_response(r, ok.error());
  return http::make_response(r, bhttp::status::no_content, "", "");
}

}  // namespace cps::api
