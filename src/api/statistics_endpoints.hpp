// The API of regional statistics: datasets with their versions, and their observations.
#pragma once

#include "domain/statistics/cluster_categories.hpp"
#include "auth/authenticator.hpp"
#include "domain/statistics/statistics_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class StatisticsEndpoints {
 public:
  // Uploads (POST /api/v1/datasets) may be up to max_upload_bytes long.
  StatisticsEndpoints(statistics::StatisticsService& service, statistics::ClusterCategoryService& categories,
                      auth::Authenticator& authenticator, std::size_t max_upload_bytes)
      : service_(service), categories_(categories), auth_(authenticator), max_upload_bytes_(max_upload_bytes) {}
  void add_routes(http::Router& router);

 private:
  http::Response datasets(http::Request& r);
  http::Response dataset(http::Request& r);
  http::Response observations(http::Request& r);
  http::Response clusters(http::Request& r);
  http::Response complexity(http::Request& r);
  http::Response similar(http::Request& r);
  http::Response proximity(http::Request& r);
  http::Response sector(http::Request& r);
  http::Response map(http::Request& r);
  http::Response cluster_categories(http::Request& r);
  http::Response import(http::Request& r, const auth::Visit& v);
  // The dataset a request names, or the employment dataset most installations load.
  Result<std::int64_t> employment_dataset(const http::Request& r);

  statistics::StatisticsService& service_;
  statistics::ClusterCategoryService& categories_;
  auth::Authenticator& auth_;
  std::size_t max_upload_bytes_;
};

}  // namespace cps::api
