// Pages of the newsletter: the subscription form for anyone, the pages a confirmation or an
// unsubscribe link opens (each with a button, so that mail scanners opening links change
// nothing), the public archive of sent issues, and for who sends newsletters the form to
// write an issue, its preview with the audience and the send button, and the subscribers with
// the suppressed addresses and why. The handlers live in web/newsletter/.
#pragma once

#include <string>

#include "domain/newsletter/newsletter_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class NewsletterPages {
 public:
  NewsletterPages(const Site& site, newsletter::NewsletterService& newsletter, reference::ReferenceService& reference)
      : site_(site), newsletter_(newsletter), reference_(reference) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;
  using Status = http::bhttp::status;

  // subscription.cpp
  http::Response subscribe_page(http::Request& r, Language lang, const Visit& v);
  http::Response subscribe(http::Request& r, Language lang, const Visit& v, const Form& f);
  // The form, empty or as typed (a refused form), or the "check your inbox" notice.
  http::Response subscribe_form(http::Request& r, Language lang, const Form* typed, Object extra, Status status);
  http::Response confirm_page(http::Request& r, Language lang, const Visit& v);
  http::Response confirm(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response unsubscribe_page(http::Request& r, Language lang, const Visit& v);
  // Also the one-click POST of RFC 8058 from a mail program: no form token (the link's
  // secret is the proof), so it is routed as a page.
  http::Response unsubscribe(http::Request& r, Language lang, const Visit& v);
  // issues.cpp
  http::Response archive(http::Request& r, Language lang, const Visit& v);
  http::Response issue(http::Request& r, Language lang, const Visit& v);
  http::Response issue_page(http::Request& r, Language lang, const Visit& v, Object extra, Status status);
  http::Response new_issue(http::Request& r, Language lang, const Visit& v);
  http::Response create_issue(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response edit_issue(http::Request& r, Language lang, const Visit& v);
  http::Response change_issue(http::Request& r, Language lang, const Visit& v, const Form& f);
  // The form to write a new issue (`saved` null) or change a draft: what was typed, else what
  // the draft holds.
  http::Response issue_form(http::Request& r, Language lang, const newsletter::Issue* saved, const Form* typed,
                            Object extra, Status status);
  http::Response send_issue(http::Request& r, Language lang, const Visit& v, const Form& f);
  // subscribers.cpp
  http::Response subscribers(http::Request& r, Language lang, const Visit& v);

  // The checkboxes of thematic areas and countries, with those chosen ticked.
  List area_choices(Language lang, const std::vector<std::string>& chosen) const;
  List country_choices(Language lang, const std::vector<std::string>& chosen) const;
  List language_choices(const std::string& chosen) const;
  std::string segment_text(Language lang, const newsletter::Segment& segment) const;
  std::string date_text(Language lang, newsletter::Seconds at) const;

  const Site& site_;
  newsletter::NewsletterService& newsletter_;
  reference::ReferenceService& reference_;
};

}  // namespace cps::web
