// The monitoring pages' routes.
#include "web/monitoring/parts.hpp"

namespace cps::web {

namespace {

// A report's attachment: a scan or a document of a few pages, far below this.
constexpr std::size_t kLargestAttachment = 25 * 1024 * 1024;

}  // namespace

void MonitoringPages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  using V = bhttp::verb;
  // A report holds four texts and a line per activity.
  http::RouteOptions long_form{256 * 1024};
  router.get("/{lang}/monitoring", page(&MonitoringPages::dashboard));
  router.get("/{lang}/monitoring/workplan", page(&MonitoringPages::work_plan));
  router.get("/{lang}/monitoring/activities/{id}", page(&MonitoringPages::activity));
  router.add(V::post, "/{lang}/monitoring/activities/{id}", form(&MonitoringPages::update_activity));
  router.get("/{lang}/monitoring/timeline", page(&MonitoringPages::timeline));
  router.get("/{lang}/monitoring/reports", page(&MonitoringPages::reports));
  router.add(V::post, "/{lang}/monitoring/reports", form(&MonitoringPages::create_report));
  router.get("/{lang}/monitoring/reports/{id}", page(&MonitoringPages::report));
  router.add(V::post, "/{lang}/monitoring/reports/{id}", form(&MonitoringPages::save_report), long_form);
  router.add(V::post, "/{lang}/monitoring/reports/{id}/attachments",
             on_form(site_, this, &MonitoringPages::attach, FormBodies::with_files),
             http::RouteOptions{kLargestAttachment, http::BodyTypes::of_family});
  router.add(V::post, "/{lang}/monitoring/reports/{id}/submit", form(&MonitoringPages::submit_report));
  router.add(V::post, "/{lang}/monitoring/reports/{id}/review", form(&MonitoringPages::review_report));
  router.get("/{lang}/monitoring/files/{sha256}", page(&MonitoringPages::file));
  router.get("/{lang}/monitoring/budgets", page(&MonitoringPages::budgets));
  router.add(V::post, "/{lang}/monitoring/budgets/spending", form(&MonitoringPages::add_spending));
  router.add(V::post, "/{lang}/monitoring/budgets/spending/{id}/verification",
             form(&MonitoringPages::verify_spending));
  router.add(V::post, "/{lang}/monitoring/budgets/rates", form(&MonitoringPages::save_rate));
  router.get("/{lang}/monitoring/changes", page(&MonitoringPages::changes));
  router.add(V::post, "/{lang}/monitoring/changes", form(&MonitoringPages::request_change));
  router.add(V::post, "/{lang}/monitoring/changes/{id}/decision", form(&MonitoringPages::decide_change));
  router.add(V::post, "/{lang}/monitoring/baseline", form(&MonitoringPages::approve_baseline));
  router.get("/{lang}/monitoring/periods", page(&MonitoringPages::periods));
  router.add(V::post, "/{lang}/monitoring/periods", form(&MonitoringPages::save_periods));
}

}  // namespace cps::web
