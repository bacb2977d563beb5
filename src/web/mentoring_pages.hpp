// Pages of matchmaking and mentoring: the matchmaking hub (a region's needs with peer regions
// and mentors, links to partner search and cluster profiles), the mentors' offers with their
// filters, one's own offer, one's mentoring pairs as learner and as mentor, the request form,
// and a pair's page where each side answers, agrees goals, records meetings and the outcome and
// gives feedback; each mentor suggested for a need carries the feedback form of
// recommendations and matches. What the viewer may do is the service's Capabilities; the service checks it
// again. The handlers live in web/mentoring/.
#pragma once

#include "domain/feedback/feedback_service.hpp"
#include "domain/mentoring/mentoring_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class MentoringPages {
 public:
  MentoringPages(const Site& site, mentoring::MentoringService& mentoring, reference::ReferenceService& reference,
                 feedback::FeedbackService& feedback)
      : site_(site), mentoring_(mentoring), reference_(reference), feedback_(feedback) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;
  using Status = http::bhttp::status;

  // hub.cpp
  http::Response hub(http::Request& r, Language lang, const Visit& v);
  http::Response mentors(http::Request& r, Language lang, const Visit& v);
  http::Response offer(http::Request& r, Language lang, const Visit& v);
  http::Response save_offer(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response offer_page(http::Request& r, Language lang, const Visit& v, const Form* typed, Object extra,
                            Status status);

  // pairs.cpp
  http::Response mine(http::Request& r, Language lang, const Visit& v);
  http::Response new_request(http::Request& r, Language lang, const Visit& v);
  http::Response create(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response new_page(http::Request& r, Language lang, const Visit& v, const Form* typed, Object extra,
                          Status status);
  http::Response pair(http::Request& r, Language lang, const Visit& v);
  http::Response answer(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response withdraw(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response goals(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response meeting(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response outcome(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response feedback(http::Request& r, Language lang, const Visit& v, const Form& f);
  // The pair's page; a refused form is shown again with `typed` and its message in `extra`.
  http::Response pair_page(http::Request& r, Language lang, const Visit& v, const Form* typed, Object extra,
                           Status status);
  // After a step: back to the pair's page with its notice, or the page again with the refusal.
  http::Response after_step(http::Request& r, Language lang, const Visit& v, const Form& f,
                            const Result<mentoring::MentoringRequest>& done, const char* notice);

  const Site& site_;
  mentoring::MentoringService& mentoring_;
  reference::ReferenceService& reference_;
  feedback::FeedbackService& feedback_;  // on each mentor suggested for a need
};

}  // namespace cps::web
