// The news API's handlers (see news_endpoints.hpp).
#include "api/news_endpoints.hpp"

#include <boost/json.hpp>

#include "api/guard.hpp"
#include "api/json.hpp"
#include "api/paging.hpp"
#include "core/text.hpp"
#include "http/file_download.hpp"
#include "http/multipart.hpp"

namespace cps::api {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using namespace cps::news;

namespace {

std::string href_of(PostId id) { return "/api/v1/news/" + std::to_string(id.value()); }

json::array codes(const std::vector<std::string>& list) {
  json::array out;
  for (const auto& c : list) out.emplace_back(c);
  return out;
}

json::object post_json(const PostView& v) {
  const Post& p = v.post;
  json::array versions;
  for (const auto& each : v.versions)
    versions.push_back(json::object{{"id", each.id.value()},
                                    {"language", each.language},
                                    {"status", std::string(to_string(each.status))},
                                    {"translation", std::string(to_string(each.translation))},
                                    {"href", href_of(each.id)}});
  json::value image = nullptr;
  if (p.image)
    image = json::object{{"href", href_of(p.id) + "/image"},
                         {"media_type", p.image->media_type},
                         {"size", p.image->size},
                         {"alt", p.image->alt}};
  return json::object{{"id", p.id.value()},
                      {"href", href_of(p.id)},
                      {"translation_of", p.original ? json::value(p.original->value()) : json::value(nullptr)},
                      {"language", p.language},
                      {"title", p.title},
                      {"summary", p.summary},
                      {"body", p.body},
                      {"areas", codes(v.areas)},
                      {"countries", codes(v.countries)},
                      {"status", std::string(to_string(p.status))},
                      {"translation", std::string(to_string(v.translation))},
                      {"versions", versions},
                      {"image", image},
                      {"author", json::object{{"id", p.author.value()}, {"name", p.author_name}}},
                      {"revision", p.revision},
                      {"created_at", p.created_at},
                      {"updated_at", p.updated_at},
                      {"published_at", p.published_at ? json::value(p.published_at) : json::value(nullptr)}};
}

// The answer to a change: the post as it is now.
http::Response answer(const http::Request& r, NewsService& news, const auth::Visit& v, const Result<Post>& done) {
  if (!done) return error_response(r, done.error());
  auto view = news.post(v.principal, done->id);
  if (!view) return error_response(r, view.error());
  return json_response(r, post_json(*view));
}

// A change of state: the post's id and the body's revision (nothing else in the query).
struct Change {
  PostId id;
  int revision = 0;
};

Result<Change> read_change(const http::Request& r) {
  if (auto ok = check_query(r, {}); !ok) return std::unexpected(ok.error());
  auto id = id_in_path<PostId>(r);
  if (!id) return std::unexpected(id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return std::unexpected(body.error());
  auto revision = revision_of(*body);
  if (!revision) return std::unexpected(revision.error());
  return Change{*id, *revision};
}

}  // namespace

void NewsEndpoints::add_routes(http::Router& router) {
  using V = bhttp::verb;
  http::RouteOptions body{128 * 1024};
  router.get("/api/v1/news", for_visitor(auth_, this, &NewsEndpoints::list));
  router.add(V::post, "/api/v1/news", for_visitor(auth_, this, &NewsEndpoints::create), body);
  router.get("/api/v1/news/{id}", for_visitor(auth_, this, &NewsEndpoints::post));
  router.add(V::put, "/api/v1/news/{id}", for_visitor(auth_, this, &NewsEndpoints::replace), body);
  router.add(V::post, "/api/v1/news/{id}/publish", for_visitor(auth_, this, &NewsEndpoints::publish));
  router.add(V::post, "/api/v1/news/{id}/withdraw", for_visitor(auth_, this, &NewsEndpoints::withdraw));
  router.get("/api/v1/news/{id}/image", for_visitor(auth_, this, &NewsEndpoints::image));
  router.add(V::put, "/api/v1/news/{id}/image", for_visitor(auth_, this, &NewsEndpoints::set_image),
             http::RouteOptions{news_.image_settings().max_bytes + 64 * 1024, http::BodyTypes::any});
  router.add(V::delete_, "/api/v1/news/{id}/image", for_visitor(auth_, this, &NewsEndpoints::remove_image));
}

http::Response NewsEndpoints::list(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"area", "country", "language", "drafts", "lang", "limit", "cursor"}); !ok)
    return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  NewsFilter filter;
  if (auto area = r.query_value("area"); area && !area->empty()) {
    std::string code = text::to_upper_ascii(*area);
    if (!accounts::is_working_group(code))
      return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "area"});
    filter.area = code;
  }
  if (auto country = r.query_value("country"); country && !country->empty())
    filter.country = text::to_upper_ascii(*country);
  if (auto language = r.query_value("language"); language && !language->empty()) {
    if (!is_news_language(*language))
      return error_response(r, Error{ErrorKind::invalid, "Choose a language from the list.", "language"});
    filter.language = *language;
  }
  if (auto drafts = r.query_value("drafts"); drafts && !drafts->empty()) {
    if (*drafts != "true" && *drafts != "false")
      return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "drafts"});
    filter.drafts = *drafts == "true";
  }
  auto found = news_.list(v.principal, filter, *lang);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& p : *found) items.push_back(post_json(p));
  return page_of(r, std::move(items), *page);
}

http::Response NewsEndpoints::create(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_post(*body);
  if (!input) return error_response(r, input.error());
  auto made = news_.create(v.principal, std::move(*input));
  if (!made) return error_response(r, made.error());
  auto view = news_.post(v.principal, made->id);
  if (!view) return error_response(r, view.error());
  return created(r, post_json(*view), href_of(made->id));
}

http::Response NewsEndpoints::post(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<PostId>(r);
  if (!id) return error_response(r, id.error());
  auto found = news_.post(v.principal, *id);
  if (!found) return error_response(r, found.error());
  return json_response(r, post_json(*found));
}


http::Response NewsEndpoints::replace(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<PostId>(r);
  if (!id) return error_response(r, id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto revision = revision_of(*body);
  if (!revision) return error_response(r, revision.error());
  body->erase("revision");
  auto input = read_post(*body);
  if (!input) return error_response(r, input.error());
  auto done = news_.update(v.principal, *id, *revision, std::move(*input));
  return answer(r, news_, v, done);
}

http::Response NewsEndpoints::publish(http::Request& r, const Visit& v) {
  auto change = read_change(r);
  if (!change) return error_response(r, change.error());
  return answer(r, news_, v, news_.publish(v.principal, change->id, change->revision));
}

http::Response NewsEndpoints::withdraw(http::Request& r, const Visit& v) {
  auto change = read_change(r);
  if (!change) return error_response(r, change.error());
  return answer(r, news_, v, news_.withdraw(v.principal, change->id, change->revision));
}

http::Response NewsEndpoints::image(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"v"}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<PostId>(r);
  if (!id) return error_response(r, id.error());
  auto file = news_.image(v.principal, *id);
  if (!file) return error_response(r, file.error());
  std::string name = "news-" + std::to_string(id->value()) + "." + file->image.media_type.substr(6);
  auto res = http::file_download(r, file->path, file->image.media_type, name, news_.image_settings().max_bytes);
  if (!res) return error_response(r, res.error());
  return std::move(*res);
}

// The image: the part "file" of a form with the fields "alt" and "revision", or the whole body
// with "alt" and "revision" in the query.
http::Response NewsEndpoints::set_image(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"alt", "revision"}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<PostId>(r);
  if (!id) return error_response(r, id.error());
  std::string_view data = r.raw.body();
  std::string alt = r.query_value("alt").value_or("");
  std::string revision_text = r.query_value("revision").value_or("");
  std::string_view type = r.header(bhttp::field::content_type);
  if (http::multipart_boundary(type)) {
    auto parts = http::parse_multipart(type, data);
    if (!parts) return error_response(r, parts.error());
    data = {};
    for (const auto& part : *parts) {
      if (part.name == "file") data = part.data;
      else if (part.name == "alt") alt = std::string(part.data);
      else if (part.name == "revision") revision_text = std::string(part.data);
    }
  }
  auto revision = text::parse_int(revision_text);
  if (!revision) return error_response(r, Error{ErrorKind::invalid, "Give the revision you edited.", "revision"});
  auto done = news_.set_image(v.principal, *id, int(*revision), data, alt);
  if (!done) {
    Error e = done.error();
    if (e.kind == ErrorKind::payload_too_large)
      e.message = text::fill(e.message, {{"mb", std::to_string(news_.image_settings().max_bytes / (1024 * 1024))}});
    return error_response(r, e);
  }
  return answer(r, news_, v, done);
}

http::Response NewsEndpoints::remove_image(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"revision"}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<PostId>(r);
  if (!id) return error_response(r, id.error());
  auto revision = text::parse_int(r.query_value("revision").value_or(""));
  if (!revision) return error_response(r, Error{ErrorKind::invalid, "Give the revision you edited.", "revision"});
  auto done = news_.remove_image(v.principal, *id, int(*revision));
  return answer(r, news_, v, done);
}

}  // namespace cps::api
