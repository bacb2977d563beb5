// Pages about the partnership's reference data: home, thematic areas, countries and regions.
#pragma once

#include "domain/assessment/assessment_service.hpp"
#include "domain/pilot/pilot_service.hpp"
#include "domain/monitoring/monitoring_service.hpp"
#include "domain/events/event_service.hpp"
#include "domain/news/news_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "domain/statistics/statistics_service.hpp"
#include "export/table.hpp"
#include "http/router.hpp"
#include "web/page_cache.hpp"
#include "web/site.hpp"

namespace cps::web {

class ReferencePages {
 public:
  // The public pages are kept in `cache`. With statistics, region pages show the region's
  // figures and clusters; with assessments, region pages show the latest published scores
  // and thematic area pages the regions' scores on the area; with pilots, region pages list
  // the pilots that run there.
  ReferencePages(const Site& site, PageCache& cache, reference::ReferenceService& service,
                 statistics::StatisticsService* statistics = nullptr,
                 assessment::AssessmentService* assessments = nullptr, pilot::PilotService* pilots = nullptr,
                 monitoring::MonitoringService* monitoring = nullptr, news::NewsService* news = nullptr,
                 events::EventService* events = nullptr)
      : site_(site), cache_(cache), service_(service), statistics_(statistics), assessments_(assessments),
        pilots_(pilots), monitoring_(monitoring), news_(news), events_(events) {}

  void add_routes(http::Router& router);

  http::Response root(http::Request& request);
  http::Response problem(http::Request& request);
  http::Response home(http::Request& request, i18n::Language language);
  http::Response areas(http::Request& request, i18n::Language language);
  http::Response area(http::Request& request, i18n::Language language);
  http::Response regions(http::Request& request, i18n::Language language);
  http::Response region(http::Request& request, i18n::Language language);
  http::Response map(http::Request& request, i18n::Language language);
  http::Response compare(http::Request& request, i18n::Language language);

 private:
  // The figures and cluster table of a region page; empty when there are no data. The
  // tables it shows are added to `tables` for downloads.
  Result<Object> region_statistics(const http::Request& request, const std::string& code,
                                   i18n::Language language, std::vector<exports::Table>& tables);
  // Jobs and GDP per inhabitant over the years, for the trend chart and its table.
  Result<Object> region_trend(const http::Request& request, const std::string& code,
                              i18n::Language language, std::vector<exports::Table>& tables);
  // The region's latest published scores per area, as the visitor may see them (the section
  // is left out when there are none).
  Result<Object> region_assessment(const http::Request& request, const std::string& code, i18n::Language language);
  // The pilots that run in the region, as the visitor may see them.
  Result<Object> region_pilots(const http::Request& request, const std::string& code, i18n::Language language);
  // The regions' mean current levels on one thematic area, from the benchmark.
  Result<Object> area_scores(const http::Request& request, const std::string& area, i18n::Language language);
  // The area's row of the work plan's matrix, for members (left out for everyone else).
  Result<Object> area_work_plan(const http::Request& request, const std::string& area, i18n::Language language);
  // The region's rank among the regions of its country.
  Result<Object> country_place(const std::string& code, const std::string& country,
                               i18n::Language language);

  const Site& site_;
  PageCache& cache_;
  reference::ReferenceService& service_;
  statistics::StatisticsService* statistics_;
  assessment::AssessmentService* assessments_;
  pilot::PilotService* pilots_;
  monitoring::MonitoringService* monitoring_;
  news::NewsService* news_;
  events::EventService* events_ = nullptr;  // the home page's latest news (none without it)
};

}  // namespace cps::web
