// The routes of news pages, the list with its filters, and the labels every news page shares.
#include <chrono>

#include "core/text.hpp"
#include "http/request.hpp"
#include "web/knowledge_labels.hpp"
#include "web/markdown.hpp"
#include "web/news_labels.hpp"
#include "web/news_pages.hpp"

namespace cps::web {

namespace bhttp = http::bhttp;
using i18n::N_;
using i18n::NP_;
using namespace cps::news;

void NewsPages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  using V = bhttp::verb;
  http::RouteOptions long_form{128 * 1024};
  router.get("/feeds/news.atom", [this](http::Request& r) { return feed(r); });
  router.get("/{lang}/news", page(&NewsPages::list));
  router.get("/{lang}/news/new", page(&NewsPages::new_post));
  router.add(V::post, "/{lang}/news", form(&NewsPages::create), long_form);
  router.get("/{lang}/news/{id}", page(&NewsPages::post));
  router.get("/{lang}/news/{id}/edit", page(&NewsPages::edit));
  router.add(V::post, "/{lang}/news/{id}", form(&NewsPages::save), long_form);
  router.add(V::post, "/{lang}/news/{id}/publish", form(&NewsPages::publish));
  router.add(V::post, "/{lang}/news/{id}/withdraw", form(&NewsPages::withdraw));
  router.get("/{lang}/news/{id}/image", page(&NewsPages::image));
  // The body may exceed the image limit a little (the form's other fields and the multipart
  // framing).
  router.add(V::post, "/{lang}/news/{id}/image", on_form(site_, this, &NewsPages::set_image, FormBodies::with_files),
             http::RouteOptions{news_.image_settings().max_bytes + 64 * 1024, http::BodyTypes::of_family});
  router.add(V::post, "/{lang}/news/{id}/image/remove", form(&NewsPages::remove_image));
}

List NewsPages::area_tags(const std::vector<std::string>& areas, Language lang) const {
  List out;
  auto named = reference_.areas(i18n::code(lang));
  for (const auto& code : areas) {
    std::string name = code;
    if (named)
      for (const auto& a : *named)
        if (a.code.str() == code) name = code + " · " + a.name;
    out.push_back(Object{{"code", code}, {"name", name}, {"href", Site::prefix(lang) + "/news?area=" + code}});
  }
  return out;
}

List NewsPages::country_tags(const std::vector<std::string>& countries, Language lang) const {
  List out;
  for (const auto& code : countries) {
    std::string name = code;
    if (auto c = reference_.country(code)) name = site_.catalogue().country_name(lang, c->iso_code);
    out.push_back(Object{{"code", code}, {"name", name}, {"href", Site::prefix(lang) + "/news?country=" + code}});
  }
  return out;
}

std::string NewsPages::date_text(Language lang, Seconds at) const {
  auto day = std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(at)));
  return site_.catalogue().format_date(lang, day);
}

http::Response NewsPages::list(http::Request& r, Language lang, const Visit& v) {
  NewsFilter filter;
  std::string area = r.query_value("area").value_or("");
  std::string country = text::to_upper_ascii(r.query_value("country").value_or(""));
  if (!area.empty()) {
    if (!accounts::is_working_group(area))
      return site_.error_page(r, Error{ErrorKind::invalid, "Choose a value from the list.", "area"});
    filter.area = area;
  }
  auto countries = reference_.countries();
  if (!countries) return site_.error_page(r, countries.error());
  if (!country.empty()) {
    if (!reference_.country(country))
      return site_.error_page(r, Error{ErrorKind::invalid, "Choose a value from the list.", "country"});
    filter.country = country;
  }
  const bool publisher = news_.may_publish(v.principal);
  filter.drafts = publisher && r.query_value("view").value_or("") == "drafts";
  auto found = news_.list(v.principal, filter, std::string(i18n::code(lang)));
  if (!found) return site_.error_page(r, found.error());

  const std::string base = Site::prefix(lang) + "/news";
  List rows;
  for (const auto& pv : *found) {
    const Post& p = pv.post;
    Object row{{"href", base + "/" + std::to_string(p.id.value())},
               {"title", p.title},
               {"summary", p.summary},
               {"text_lang", p.language},
               {"date", date_text(lang, p.published_at ? p.published_at : p.created_at)},
               {"draft", p.status == PostStatus::draft},
               {"status", site_.tr(lang, post_status_label(p.status))},
               {"areas", area_tags(pv.areas, lang)},
               {"countries", country_tags(pv.countries, lang)},
               {"other_language", p.language != i18n::code(lang)},
               {"language_name", std::string(language_endonym(p.language))}};
    if (p.image) {
      row["image_src"] = base + "/" + std::to_string(p.id.value()) + "/image?v=" + p.image->sha256.substr(0, 12);
      row["image_alt"] = p.image->alt;
    }
    rows.push_back(std::move(row));
  }
  List areas, country_options;
  for (auto wg : accounts::kWorkingGroups) {
    std::string name(wg);
    if (auto named = reference_.areas(i18n::code(lang)))
      for (const auto& a : *named)
        if (a.code.str() == wg) name = std::string(wg) + " · " + a.name;
    areas.push_back(Object{{"code", std::string(wg)}, {"name", name}, {"selected", wg == area}});
  }
  for (const auto& c : *countries)
    country_options.push_back(Object{{"code", c.code.str()},
                                     {"name", site_.catalogue().country_name(lang, c.iso_code)},
                                     {"selected", c.code.str() == country}});
  Object data{{"rows", rows},
              {"has_rows", !rows.empty()},
              {"count_text", site_.catalogue().translate_count(lang, NP_("{count} post", "{count} posts"),
                                                               (long long)rows.size())},
              {"action", base},
              {"areas", areas},
              {"countries", country_options},
              {"publisher", publisher},
              {"drafts", filter.drafts},
              {"drafts_href", base + "?view=drafts"},
              {"published_href", base},
              {"new_href", base + "/new"},
              {"feed_href", "/feeds/news.atom?ui=" + std::string(i18n::code(lang))}};
  return site_.page(r, lang, "news_list", site_.tr(lang, N_("News")), std::move(data));
}

}  // namespace cps::web
