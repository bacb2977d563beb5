// Feedback on recommendations and matches in pages: the data of the partial template
// learning_feedback.mustache that the learning page and the partner search show beside each
// recommendation or match (three buttons and a reason; for curators pin, hide and a note), and
// the two addresses its forms post to, which come back to the page they were sent from.
#pragma once

#include <optional>
#include <string>

#include "domain/feedback/feedback_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

// What the partial needs to know of one recommendation or match.
struct FeedbackSlot {
  feedback::Subject subject = feedback::Subject::recommendation;
  // A recommendation's key, or the matchmaking's key of a match or a mentor suggestion.
  std::optional<learning::RecommendationKey> recommendation;
  std::string key;
  std::string label;      // what it is about, in words (the item's or the profile's title)
  std::string return_to;  // the page's own address (path and query) to come back to
  feedback::Summary summary;                 // FeedbackService::summaries
  std::optional<learning::Curation> curation;  // the recommendation's, when curated
  bool may_give = false;    // signed in (FeedbackService would refuse others)
  bool may_curate = false;  // FeedbackService::may_curate for the need
};

// The partial's data: put it under "feedback" in each recommendation or match, inside whose
// section the page writes {{#feedback}}{{> learning_feedback}}{{/feedback}}.
Object feedback_slot(const Site& site, i18n::Language lang, const FeedbackSlot& slot);

class FeedbackPages {
 public:
  FeedbackPages(const Site& site, feedback::FeedbackService& feedback) : site_(site), feedback_(feedback) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;

  // POST /{lang}/learning/feedback: subject, key (or region, need, item), verdict, reason,
  // return_to.
  http::Response give(http::Request& r, Language lang, const Visit& v, const Form& f);
  // POST /{lang}/learning/curation: region, need, item, state (shown|pinned|hidden), note,
  // return_to.
  http::Response curate(http::Request& r, Language lang, const Visit& v, const Form& f);

  const Site& site_;
  feedback::FeedbackService& feedback_;
};

}  // namespace cps::web
