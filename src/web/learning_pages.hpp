// The page of what a region can learn: its needs with the figures behind them, for each need
// the recommended practices with their reasons, and what the engine could not judge. The
// handler lives in web/learning/; what the viewer may see is the engine's call.
#pragma once

#include "domain/feedback/feedback_service.hpp"
#include "domain/learning/learning_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class LearningPages {
 public:
  LearningPages(const Site& site, learning::LearningService& learning, feedback::FeedbackService& feedback)
      : site_(site), learning_(learning), feedback_(feedback) {}

  void add_routes(http::Router& router);

 private:
  // GET /{lang}/regions/{code}/learning?scope=programme|europe
  http::Response region(http::Request& r, i18n::Language lang, const auth::Visit& v);

  const Site& site_;
  learning::LearningService& learning_;
  feedback::FeedbackService& feedback_;  // the tallies and the viewer's own judgments beside each practice
};

}  // namespace cps::web
