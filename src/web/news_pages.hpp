// Pages of news: the list (filters thematic area and country; drafts for who publishes), a
// post with links to its other language versions, the form to write or translate one, its
// image with the text alternative, publication and withdrawal, and the Atom feed
// /feeds/news.atom. The handlers live in web/news/.
#pragma once

#include <string>

#include "domain/news/news_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class NewsPages {
 public:
  NewsPages(const Site& site, news::NewsService& news, reference::ReferenceService& reference,
            std::string public_url = "http://127.0.0.1:8080/")
      : site_(site), news_(news), reference_(reference), public_url_(std::move(public_url)) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;
  using Status = http::bhttp::status;

  // list.cpp
  http::Response list(http::Request& r, Language lang, const Visit& v);
  // post.cpp
  http::Response post(http::Request& r, Language lang, const Visit& v);
  http::Response publish(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response withdraw(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response image(http::Request& r, Language lang, const Visit& v);
  http::Response set_image(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response remove_image(http::Request& r, Language lang, const Visit& v, const Form& f);
  // The post's page; `extra` holds a refused action's message.
  http::Response post_page(http::Request& r, Language lang, const Visit& v, Object extra, Status status);
  // form.cpp
  http::Response new_post(http::Request& r, Language lang, const Visit& v);
  http::Response edit(http::Request& r, Language lang, const Visit& v);
  http::Response create(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response save(http::Request& r, Language lang, const Visit& v, const Form& f);
  // The form, empty, for a translation, filled from a post, or as typed (a refused form).
  http::Response form_page(http::Request& r, Language lang, const Visit& v, const news::Post* editing,
                           const Form* typed, Object extra, Status status);
  // feed.cpp
  http::Response feed(http::Request& r);

  // The list items every page shows of a post's tags, in the language.
  List area_tags(const std::vector<std::string>& areas, Language lang) const;
  List country_tags(const std::vector<std::string>& countries, Language lang) const;
  std::string date_text(Language lang, news::Seconds at) const;

  const Site& site_;
  news::NewsService& news_;
  reference::ReferenceService& reference_;
  std::string public_url_;  // absolute addresses in the feed
};

}  // namespace cps::web
