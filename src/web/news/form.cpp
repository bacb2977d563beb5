// The form to write a news post, translate one into another language, or edit one.
#include <boost/json.hpp>

#include "core/text.hpp"
#include "http/request.hpp"
#include "web/knowledge_labels.hpp"
#include "web/news_pages.hpp"

namespace cps::web {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using i18n::N_;
using namespace cps::news;

namespace {

// The one input shape of a post, from the form's fields.
json::object input_of(const Form& f) {
  json::array areas, countries;
  for (const auto& a : f.all("areas")) areas.emplace_back(a);
  for (const auto& c : f.all("countries")) countries.emplace_back(c);
  json::object o{{"language", f.get("language")}, {"title", f.get("title")},   {"summary", f.get("summary")},
                 {"body", f.get("body")},         {"areas", std::move(areas)}, {"countries", std::move(countries)}};
  if (auto of = f.get("translation_of"); !of.empty()) o["translation_of"] = of;
  return o;
}

}  // namespace

http::Response NewsPages::new_post(http::Request& r, Language lang, const Visit& v) {
  if (!v.principal.signed_in()) return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  if (!news_.may_publish(v.principal)) return site_.error_page(r, Error{ErrorKind::forbidden, "You may not do this."});
  return form_page(r, lang, v, nullptr, nullptr, {}, bhttp::status::ok);
}

http::Response NewsPages::edit(http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<PostId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  if (!v.principal.signed_in()) return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  if (!news_.may_publish(v.principal)) return site_.error_page(r, Error{ErrorKind::forbidden, "You may not do this."});
  auto found = news_.post(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  return form_page(r, lang, v, &found->post, nullptr, {}, bhttp::status::ok);
}

http::Response NewsPages::create(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto input = read_post(input_of(f));
  if (!input) return form_page(r, lang, v, nullptr, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto made = news_.create(v.principal, std::move(*input));
  if (!made) {
    const Error& e = made.error();
    if (e.kind == ErrorKind::unauthenticated || e.kind == ErrorKind::forbidden) return site_.error_page(r, e);
    return form_page(r, lang, v, nullptr, &f, form_error(site_, lang, e), form_status(e));
  }
  return see_other(site_, r, Site::prefix(lang) + "/news/" + std::to_string(made->id.value()) + "?done=created");
}

http::Response NewsPages::save(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PostId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = news_.post(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  auto object = input_of(f);
  object.erase("translation_of");
  auto input = read_post(object);
  if (!input)
    return form_page(r, lang, v, &found->post, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  int revision = int(text::parse_int(f.get("revision")).value_or(0));
  auto saved = news_.update(v.principal, *id, revision, std::move(*input));
  if (!saved) {
    const Error& e = saved.error();
    if (e.kind == ErrorKind::unauthenticated || e.kind == ErrorKind::forbidden) return site_.error_page(r, e);
    return form_page(r, lang, v, &found->post, &f, form_error(site_, lang, e), form_status(e));
  }
  return see_other(site_, r, Site::prefix(lang) + "/news/" + std::to_string(id->value()) + "?done=saved");
}

http::Response NewsPages::form_page(http::Request& r, Language lang, const Visit& v, const Post* editing,
                                    const Form* typed, Object extra, Status status) {
  (void)v;
  // A translation: the family's original, shown beside the form.
  std::optional<PostId> of;
  if (editing) of = editing->original;
  else if (auto t = typed ? typed->get("translation_of") : r.query_value("translation_of").value_or(""); !t.empty())
    if (auto n = text::parse_int(t); n && *n > 0) of = PostId(*n);
  std::optional<PostView> original;
  if (of) {
    auto found = news_.post(v.principal, *of);
    if (!found) return site_.error_page(r, found.error());
    original = *found;
  }
  auto field = [&](const char* name, const std::string& stored) -> std::string {
    if (typed) return typed->get(name);
    if (editing) return stored;
    return r.query_value(name).value_or("");
  };
  std::string language = editing ? editing->language : field("language", "");
  if (language.empty()) language = std::string(i18n::code(lang));
  std::vector<std::string> chosen_areas, chosen_countries;
  if (typed) {
    chosen_areas = typed->all("areas");
    chosen_countries = typed->all("countries");
  } else if (editing) {
    chosen_areas = editing->areas;
    chosen_countries = editing->countries;
  }
  auto has = [](const std::vector<std::string>& list, const std::string& code) {
    return std::find(list.begin(), list.end(), text::to_upper_ascii(code)) != list.end() ||
           std::find(list.begin(), list.end(), code) != list.end();
  };
  List languages;
  for (auto code : kNewsLanguages) {
    if (original && std::find(original->untranslated.begin(), original->untranslated.end(), code) ==
                        original->untranslated.end())
      continue;  // a translation goes into a language the post has no version in
    languages.push_back(Object{{"code", std::string(code)},
                               {"name", std::string(language_endonym(code))},
                               {"selected", language == code}});
  }
  List areas, countries;
  if (auto named = reference_.areas(i18n::code(lang)))
    for (const auto& a : *named)
      areas.push_back(Object{{"code", a.code.str()},
                             {"name", a.code.str() + " · " + a.name},
                             {"checked", has(chosen_areas, a.code.str())}});
  if (auto all = reference_.countries())
    for (const auto& c : *all)
      countries.push_back(Object{{"code", c.code.str()},
                                 {"name", site_.catalogue().country_name(lang, c.iso_code)},
                                 {"checked", has(chosen_countries, c.code.str())}});
  const std::string base = Site::prefix(lang) + "/news";
  Object data{{"editing", editing != nullptr},
              {"action", editing ? base + "/" + std::to_string(editing->id.value()) : base},
              {"cancel_href", editing ? base + "/" + std::to_string(editing->id.value()) : base},
              {"list_href", base},
              {"revision", editing ? std::to_string(editing->revision) : std::string()},
              {"languages", languages},
              {"language_fixed", editing != nullptr},
              {"language_name", std::string(language_endonym(language))},
              {"language", language},
              {"title", field("title", editing ? editing->title : "")},
              {"summary", field("summary", editing ? editing->summary : "")},
              {"body", field("body", editing ? editing->body : "")},
              {"tags", !original},
              {"areas", areas},
              {"countries", countries},
              {"is_translation", original.has_value()}};
  if (original) {
    data["translation_of"] = std::to_string(original->post.id.value());
    data["original_title"] = original->post.title;
    data["original_summary"] = original->post.summary;
    data["original_body"] = original->post.body;
    data["original_lang"] = original->post.language;
    data["original_language_name"] = std::string(language_endonym(original->post.language));
  }
  merge(data, std::move(extra));
  std::string title = site_.tr(lang, editing ? N_("Edit the post") : original ? N_("Translate the post") : N_("Write a news post"));
  return site_.page(r, lang, "news_form", title, std::move(data), PageOptions{status, {}, {}});
}

}  // namespace cps::web
