// The one list of everything that adds routes, and the routes of the static files.
#include "app/surface.hpp"

#include <tuple>

namespace cps::app {

Surface::Surface(SurfaceInputs in) : in_(in) {
  event_pages_.offer_feedback_with(
      [this](const accounts::Principal& who, events::EventId event, i18n::Language lang) -> std::optional<std::string> {
        auto form = services_.surveys.feedback_form(who, event.value());
        if (!form || !*form) return std::nullopt;
        return web::Site::prefix(lang) + "/foresight/surveys/" + std::to_string((*form)->value());
      });
}

void Surface::add_routes(http::Router& router) {
  auto parts = std::tie(ops_, reference_endpoints_, reference_pages_, analytics_pages_, account_pages_,
                        assessment_pages_, pilot_pages_,
                        directory_pages_, admin_pages_, knowledge_pages_, dataset_pages_, account_endpoints_,
                        statistics_endpoints_, knowledge_endpoints_, search_gap_pages_, search_gap_endpoints_,
                        assessment_endpoints_,
                        pilot_endpoints_, monitoring_endpoints_,
                        assessment_results_pages_,
                        monitoring_pages_, transfer_pages_, transfer_endpoints_, mentoring_pages_,
                        mentoring_endpoints_, feedback_pages_, helpdesk_pages_, feedback_endpoints_,
                        event_pages_, event_endpoints_,
                        learning_pages_, learning_endpoints_, cluster_profile_pages_,
                        cluster_profile_endpoints_, partner_search_pages_,
                        partner_search_endpoints_, news_pages_, news_endpoints_, foresight_pages_, delphi_endpoints_, group_pages_, group_endpoints_, plan_pages_, plan_endpoints_,
                        me_pages_, agenda_endpoints_,
                        survey_pages_, survey_endpoints_,
                        newsletter_pages_, newsletter_endpoints_,
                        training_pages_, training_endpoints_, assets_);
  std::apply([&router](auto&... part) { (part.add_routes(router), ...); }, parts);
}

void Assets::add_routes(http::Router& router) {
  router.get("/static/{file...}", [this](http::Request& r) { return file(r); });
  router.get("/favicon.ico", [this](http::Request& r) { return favicon(r); });
}

http::Response Assets::file(http::Request& r) {
  auto res = files_.serve(r, r.param("file"));
  return res ? std::move(*res) : site_.error_page(r, res.error());
}

http::Response Assets::favicon(http::Request& r) {
  auto res = files_.serve(r, "img/favicon.svg");
  return res ? std::move(*res) : site_.error_page(r, res.error());
}

}  // namespace cps::app
