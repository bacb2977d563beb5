// The JSON API of news: the list (filters area, country and language; drafts for who
// publishes), a post with its language versions, writing and translating, editing (with the
// revision it started from), publication and withdrawal, and the image with its text
// alternative. Writes need a session with its form token or a write token.
#pragma once

#include "auth/authenticator.hpp"
#include "domain/news/news_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class NewsEndpoints {
 public:
  NewsEndpoints(news::NewsService& news, auth::Authenticator& authenticator) : news_(news), auth_(authenticator) {}

  void add_routes(http::Router& router);

 private:
  using Visit = auth::Visit;
  http::Response list(http::Request& r, const Visit& v);
  http::Response create(http::Request& r, const Visit& v);
  http::Response post(http::Request& r, const Visit& v);
  http::Response replace(http::Request& r, const Visit& v);
  http::Response publish(http::Request& r, const Visit& v);
  http::Response withdraw(http::Request& r, const Visit& v);
  http::Response image(http::Request& r, const Visit& v);
  http::Response set_image(http::Request& r, const Visit& v);
  http::Response remove_image(http::Request& r, const Visit& v);

  news::NewsService& news_;
  auth::Authenticator& auth_;
};

}  // namespace cps::api
