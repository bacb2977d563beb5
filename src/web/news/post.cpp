// A news post's page with its other language versions, its image, and the actions on it:
// publication, withdrawal, and the image with its text alternative.
#include "core/text.hpp"
#include "http/file_download.hpp"
#include "http/request.hpp"
#include "web/knowledge_labels.hpp"
#include "web/markdown.hpp"
#include "web/news_labels.hpp"
#include "web/news_pages.hpp"

namespace cps::web {

namespace bhttp = http::bhttp;
using i18n::N_;
using namespace cps::news;

namespace {

std::string post_path(i18n::Language lang, PostId id) { return Site::prefix(lang) + "/news/" + std::to_string(id.value()); }

int revision_of(const Form& f) { return int(text::parse_int(f.get("revision")).value_or(0)); }

// The messages a finished action leaves on the post's page (?done=…).
const char* done_message(std::string_view done) {
  if (done == "created") return N_("The draft is saved. Publish it when it is ready.");
  if (done == "saved") return N_("Your changes are saved.");
  if (done == "published") return N_("The post is published.");
  if (done == "withdrawn") return N_("The post is withdrawn: only people who publish news see it now.");
  if (done == "image") return N_("The image is saved.");
  if (done == "image_removed") return N_("The image is removed.");
  return nullptr;
}

}  // namespace

http::Response NewsPages::post(http::Request& r, Language lang, const Visit& v) {
  return post_page(r, lang, v, {}, bhttp::status::ok);
}

http::Response NewsPages::post_page(http::Request& r, Language lang, const Visit& v, Object extra, Status status) {
  auto id = http::path_id<PostId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = news_.post(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  const Post& p = found->post;
  const bool publisher = news_.may_publish(v.principal);
  List versions, translate;
  for (const auto& each : found->versions)
    versions.push_back(Object{{"href", post_path(lang, each.id)},
                              {"code", each.language},
                              {"name", std::string(language_endonym(each.language))},
                              {"current", each.id == p.id},
                              {"draft", each.status == PostStatus::draft},
                              {"status", site_.tr(lang, translation_status_label(each.translation))},
                              {"out_of_date", each.translation == TranslationStatus::out_of_date}});
  for (const auto& code : found->untranslated)
    translate.push_back(Object{{"href", Site::prefix(lang) + "/news/new?translation_of=" +
                                            std::to_string(p.family().value()) + "&language=" + code},
                               {"name", std::string(language_endonym(code))},
                               {"code", code}});
  Object data{{"id", std::to_string(p.id.value())},
              {"title", p.title},
              {"summary", p.summary},
              {"body_html", render_markdown(p.body)},
              {"text_lang", p.language},
              // The page's own words inside the post's article are in the page's language.
              {"ui_lang", std::string(i18n::code(lang))},
              {"date", date_text(lang, p.published_at ? p.published_at : p.created_at)},
              {"author", p.author_name},
              {"draft", p.status == PostStatus::draft},
              {"status", site_.tr(lang, post_status_label(p.status))},
              {"translation", site_.tr(lang, translation_status_label(found->translation))},
              {"is_translation", found->translation != TranslationStatus::original},
              {"out_of_date", found->translation == TranslationStatus::out_of_date},
              {"areas", area_tags(found->areas, lang)},
              {"countries", country_tags(found->countries, lang)},
              {"has_tags", !found->areas.empty() || !found->countries.empty()},
              {"versions", versions},
              {"has_versions", versions.size() > 1},
              {"list_href", Site::prefix(lang) + "/news"},
              {"publisher", publisher},
              {"can_translate", publisher && !translate.empty()},
              {"translate", translate},
              {"revision", std::to_string(p.revision)},
              {"edit_href", post_path(lang, p.id) + "/edit"},
              {"publish_action", post_path(lang, p.id) + "/publish"},
              {"withdraw_action", post_path(lang, p.id) + "/withdraw"},
              {"image_action", post_path(lang, p.id) + "/image"},
              {"remove_image_action", post_path(lang, p.id) + "/image/remove"},
              {"max_mb", std::to_string(news_.image_settings().max_bytes / (1024 * 1024))}};
  if (p.image) {
    data["image_src"] = post_path(lang, p.id) + "/image?v=" + p.image->sha256.substr(0, 12);
    data["image_alt"] = p.image->alt;
  }
  if (auto done = r.query_value("done"))
    if (const char* message = done_message(*done)) data["notice"] = site_.tr(lang, message);
  merge(data, std::move(extra));
  return site_.page(r, lang, "news_post", p.title, std::move(data), PageOptions{status, p.summary, {}});
}

http::Response NewsPages::publish(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PostId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = news_.publish(v.principal, *id, revision_of(f));
  if (!done) return post_page(r, lang, v, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, post_path(lang, *id) + "?done=published");
}

http::Response NewsPages::withdraw(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PostId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = news_.withdraw(v.principal, *id, revision_of(f));
  if (!done) return post_page(r, lang, v, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, post_path(lang, *id) + "?done=withdrawn");
}

http::Response NewsPages::image(http::Request& r, Language, const Visit& v) {
  auto id = http::path_id<PostId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto file = news_.image(v.principal, *id);
  if (!file) return site_.error_page(r, file.error());
  std::string name = "news-" + std::to_string(id->value()) + "." + file->image.media_type.substr(6);
  auto res = http::file_download(r, file->path, file->image.media_type, name, news_.image_settings().max_bytes);
  if (!res) return site_.error_page(r, res.error());
  return std::move(*res);
}

http::Response NewsPages::set_image(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PostId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto file = f.file("file");
  auto done = file ? news_.set_image(v.principal, *id, revision_of(f), file->data, f.get("alt"))
                   : Result<Post>(fail(ErrorKind::invalid, N_("Choose an image."), "file"));
  if (!done) {
    Error e = done.error();
    if (e.kind == ErrorKind::unauthenticated || e.kind == ErrorKind::forbidden || e.kind == ErrorKind::not_found)
      return site_.error_page(r, e);
    if (e.kind == ErrorKind::payload_too_large)
      e.message = text::fill(site_.tr(lang, e.message),
                             {{"mb", std::to_string(news_.image_settings().max_bytes / (1024 * 1024))}});
    Object extra = form_error(site_, lang, e);
    extra["alt_value"] = f.get("alt");
    return post_page(r, lang, v, std::move(extra), form_status(e));
  }
  return see_other(site_, r, post_path(lang, *id) + "?done=image");
}

http::Response NewsPages::remove_image(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PostId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = news_.remove_image(v.principal, *id, revision_of(f));
  if (!done) return post_page(r, lang, v, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, post_path(lang, *id) + "?done=image_removed");
}

}  // namespace cps::web
