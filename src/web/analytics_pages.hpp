// Pages of the regional analytics beyond a single region: the sectors, one sector across the
// regions with the network of related sectors, and how every figure is computed.
#pragma once

#include "domain/reference/reference_service.hpp"
#include "domain/statistics/cluster_categories.hpp"
#include "domain/statistics/statistics_service.hpp"
#include "http/router.hpp"
#include "web/page_cache.hpp"
#include "web/site.hpp"

namespace cps::web {

class AnalyticsPages {
 public:
  // The pages are kept in `cache`.
  AnalyticsPages(const Site& site, PageCache& cache, reference::ReferenceService& reference,
                 statistics::StatisticsService& statistics, statistics::ClusterCategoryService& categories)
      : site_(site), cache_(cache), reference_(reference), statistics_(statistics), categories_(categories) {}

  void add_routes(http::Router& router);

  http::Response sectors(http::Request& request, i18n::Language language);
  http::Response sector(http::Request& request, i18n::Language language);
  http::Response methods(http::Request& request, i18n::Language language);

 private:
  const Site& site_;
  PageCache& cache_;
  reference::ReferenceService& reference_;
  statistics::StatisticsService& statistics_;
  statistics::ClusterCategoryService& categories_;
};

}  // namespace cps::web
