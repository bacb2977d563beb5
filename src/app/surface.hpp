// Everything the server answers: every page and endpoint object, built once from the services,
// and the one list through which each adds its routes. A new feature is one member here and
// one entry in Surface::add_routes.
#pragma once

#include "api/account_endpoints.hpp"
#include "api/assessment_endpoints.hpp"
#include "api/event_endpoints.hpp"
#include "api/training_endpoints.hpp"
#include "api/knowledge_endpoints.hpp"
#include "api/monitoring_endpoints.hpp"
#include "api/ops_endpoints.hpp"
#include "api/mentoring_endpoints.hpp"
#include "api/delphi_endpoints.hpp"
#include "api/survey_endpoints.hpp"
#include "api/learning_endpoints.hpp"
#include "api/partner_search_endpoints.hpp"
#include "api/pilot_endpoints.hpp"
#include "api/transfer_endpoints.hpp"
#include "api/feedback_endpoints.hpp"
#include "api/agenda_endpoints.hpp"
#include "api/group_endpoints.hpp"
#include "api/plan_endpoints.hpp"
#include "api/search_gap_endpoints.hpp"
#include "api/cluster_profile_endpoints.hpp"
#include "api/reference_endpoints.hpp"
#include "api/statistics_endpoints.hpp"
#include "app/config.hpp"
#include "app/services.hpp"
#include "auth/authenticator.hpp"
#include "domain/statistics/import_jobs.hpp"
#include "http/metrics.hpp"
#include "http/router.hpp"
#include "http/static_files.hpp"
#include "web/account_pages.hpp"
#include "web/admin_pages.hpp"
#include "web/analytics_pages.hpp"
#include "web/assessment_pages.hpp"
#include "web/assessment_results_pages.hpp"
#include "web/dataset_pages.hpp"
#include "web/directory_pages.hpp"
#include "web/knowledge_pages.hpp"
#include "web/monitoring_pages.hpp"
#include "web/page_cache.hpp"
#include "web/mentoring_pages.hpp"
#include "web/foresight_pages.hpp"
#include "web/survey_pages.hpp"
#include "web/learning_pages.hpp"
#include "web/partner_search_pages.hpp"
#include "web/pilot_pages.hpp"
#include "web/transfer_pages.hpp"
#include "web/feedback_pages.hpp"
#include "web/group_pages.hpp"
#include "web/plan_pages.hpp"
#include "web/me_pages.hpp"
#include "web/search_gap_pages.hpp"
#include "web/helpdesk_pages.hpp"
#include "web/news_pages.hpp"
#include "api/news_endpoints.hpp"
#include "web/newsletter_pages.hpp"
#include "api/newsletter_endpoints.hpp"
#include "web/event_pages.hpp"
#include "web/training_pages.hpp"
#include "web/cluster_profile_pages.hpp"
#include "web/reference_pages.hpp"
#include "web/site.hpp"

namespace cps::app {

// The files under /static/ and the favicon; a missing file gets the localized error page.
class Assets {
 public:
  Assets(const http::StaticFiles& files, const web::Site& site) : files_(files), site_(site) {}
  void add_routes(http::Router& router);

 private:
  http::Response file(http::Request& r);
  http::Response favicon(http::Request& r);

  const http::StaticFiles& files_;
  const web::Site& site_;
};

// What the pages and endpoints are built from; the composition root owns each of them and
// keeps them alive for as long as the Surface.
struct SurfaceInputs {
  const Config& config;
  Services& services;
  const web::Site& site;
  web::PageCache& page_cache;
  auth::Authenticator& authenticator;
  const http::StaticFiles& static_files;
  const http::Metrics& metrics;
};

class Surface {
 public:
  // Also links the parts that offer each other's pages (an event's page and its feedback form).
  explicit Surface(SurfaceInputs in);
  Surface(const Surface&) = delete;
  Surface& operator=(const Surface&) = delete;

  // Every page and endpoint object adds its routes.
  void add_routes(http::Router& router);

 private:
  // Declared first: the members below are built from it.
  SurfaceInputs in_;
  Services& services_ = in_.services;

  // Imports started from the datasets page run beside the requests; the Surface waits for them
  // when it is destroyed (after the server has stopped).
  statistics::ImportJobs import_jobs_{services_.statistics};

  api::OpsEndpoints ops_{[&services = services_] { return services.ready(); }, in_.metrics,
                         in_.config.resources_dir / "api" / "openapi.json"};
  api::ReferenceEndpoints reference_endpoints_{services_.reference};
  web::ReferencePages reference_pages_{in_.site, in_.page_cache, services_.reference,
                                       &services_.statistics, &services_.assessments, &services_.pilots,
                                       &services_.monitoring, &services_.news, &services_.events};
  web::AnalyticsPages analytics_pages_{in_.site, in_.page_cache, services_.reference,
                                       services_.statistics, services_.cluster_categories};
  web::AccountPages account_pages_{in_.site, services_.accounts, services_.reference};
  web::DirectoryPages directory_pages_{in_.site, services_.organisations, services_.accounts,
                                       services_.reference};
  web::AdminPages admin_pages_{in_.site, services_.accounts, services_.organisations};
  web::KnowledgePages knowledge_pages_{in_.site, services_.knowledge, services_.reference,
                                       services_.organisations, &services_.statistics,
                                       in_.config.public_url, &services_.assessments, &services_.pilots,
                                       &services_.transfers};
  web::AssessmentPages assessment_pages_{in_.site, services_.assessments, services_.reference};
  web::PilotPages pilot_pages_{in_.site, services_.pilots, services_.reference, services_.organisations};
  web::DatasetPages dataset_pages_{in_.site, services_.statistics, services_.cluster_categories,
                                   import_jobs_, in_.config.max_upload_bytes};
  api::AccountEndpoints account_endpoints_{in_.authenticator, services_.accounts,
                                           services_.organisations};
  api::StatisticsEndpoints statistics_endpoints_{services_.statistics, services_.cluster_categories,
                                                 in_.authenticator, in_.config.max_upload_bytes};
  api::KnowledgeEndpoints knowledge_endpoints_{services_.knowledge, in_.authenticator};
  web::SearchGapPages search_gap_pages_{in_.site, services_.search_gaps};
  api::SearchGapEndpoints search_gap_endpoints_{services_.search_gaps, in_.authenticator};
  api::AssessmentEndpoints assessment_endpoints_{services_.assessments, in_.authenticator};
  api::PilotEndpoints pilot_endpoints_{services_.pilots, in_.authenticator};
  api::MonitoringEndpoints monitoring_endpoints_{services_.monitoring, in_.authenticator};
  web::AssessmentResultsPages assessment_results_pages_{in_.site, services_.assessments,
                                                       services_.reference};
  web::MonitoringPages monitoring_pages_{in_.site, services_.monitoring, services_.reference};
  web::TransferPages transfer_pages_{in_.site, services_.transfers, services_.reference, services_.organisations};
  api::TransferEndpoints transfer_endpoints_{services_.transfers, in_.authenticator};
  web::MentoringPages mentoring_pages_{in_.site, services_.mentoring, services_.reference, services_.feedback};
  api::MentoringEndpoints mentoring_endpoints_{services_.mentoring, in_.authenticator};
  web::FeedbackPages feedback_pages_{in_.site, services_.feedback};
  web::HelpdeskPages helpdesk_pages_{in_.site, services_.helpdesk, services_.reference};
  api::FeedbackEndpoints feedback_endpoints_{services_.feedback, services_.helpdesk, in_.authenticator};
  web::NewsPages news_pages_{in_.site, services_.news, services_.reference, in_.config.public_url};
  api::NewsEndpoints news_endpoints_{services_.news, in_.authenticator};
  web::EventPages event_pages_{in_.site, services_.events, services_.reference, services_.organisations,
                               in_.config.public_url};
  api::EventEndpoints event_endpoints_{services_.events, in_.authenticator, in_.config.public_url};
  web::LearningPages learning_pages_{in_.site, services_.learning, services_.feedback};
  api::LearningEndpoints learning_endpoints_{services_.learning, in_.authenticator};
  web::ClusterProfilePages cluster_profile_pages_{in_.site, services_.cluster_profiles, services_.reference};
  api::ClusterProfileEndpoints cluster_profile_endpoints_{services_.cluster_profiles, in_.authenticator};
  web::PartnerSearchPages partner_search_pages_{in_.site, services_.partner_search, services_.partner_search_platform,
                                                services_.reference, services_.feedback};
  api::PartnerSearchEndpoints partner_search_endpoints_{services_.partner_search, in_.authenticator};
  web::ForesightPages foresight_pages_{in_.site, services_.delphi, services_.accounts};
  api::DelphiEndpoints delphi_endpoints_{services_.delphi, in_.authenticator};
  web::GroupPages group_pages_{in_.site, services_.groups};
  api::GroupEndpoints group_endpoints_{services_.groups, in_.authenticator};
  web::PlanPages plan_pages_{in_.site, services_.plans};
  api::PlanEndpoints plan_endpoints_{services_.plans, in_.authenticator};
  web::MePages me_pages_{in_.site, services_.agenda};
  api::AgendaEndpoints agenda_endpoints_{services_.agenda, in_.authenticator};
  web::SurveyPages survey_pages_{in_.site, services_.surveys};
  api::SurveyEndpoints survey_endpoints_{services_.surveys, in_.authenticator};
  web::NewsletterPages newsletter_pages_{in_.site, services_.newsletter, services_.reference};
  api::NewsletterEndpoints newsletter_endpoints_{services_.newsletter, in_.authenticator};
  web::TrainingPages training_pages_{in_.site, services_.training, services_.reference};
  api::TrainingEndpoints training_endpoints_{services_.training, in_.authenticator};
  Assets assets_{in_.static_files, in_.site};
};

}  // namespace cps::app
