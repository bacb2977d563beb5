// The JSON API of the newsletter: subscribing (anyone; a confirmation mail follows),
// confirming and unsubscribing with a mailed link's secret (no account needed), and for who
// sends newsletters: the subscribers with their bounces and suppression, a subscriber's
// consent log, issues (write, preview, send to their segment; the sent ones are public) and
// bounces reported by a mail gateway with a write token.
#pragma once

#include "auth/authenticator.hpp"
#include "domain/newsletter/newsletter_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class NewsletterEndpoints {
 public:
  NewsletterEndpoints(newsletter::NewsletterService& newsletter, auth::Authenticator& authenticator)
      : newsletter_(newsletter), auth_(authenticator) {}

  void add_routes(http::Router& router);

 private:
  using Visit = auth::Visit;
  http::Response subscribe(http::Request& r);
  http::Response subscriptions(http::Request& r, const Visit& v);
  http::Response consents(http::Request& r, const Visit& v);
  http::Response confirm(http::Request& r);
  http::Response unsubscribe(http::Request& r);
  http::Response issues(http::Request& r, const Visit& v);
  http::Response create_issue(http::Request& r, const Visit& v);
  http::Response change_issue(http::Request& r, const Visit& v);
  http::Response issue(http::Request& r, const Visit& v);
  http::Response send_issue(http::Request& r, const Visit& v);
  http::Response bounce(http::Request& r, const Visit& v);

  newsletter::NewsletterService& newsletter_;
  auth::Authenticator& auth_;
};

}  // namespace cps::api
