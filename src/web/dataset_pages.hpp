// Administration of regional statistics: the datasets with their versions, uploading a file
// as a new version (the import runs in the background; its page shows the progress, then
// the report), and the NUTS code changes imports apply. The statistics service decides who
// may do this; these pages only ask.
#pragma once

#include "domain/statistics/cluster_categories.hpp"
#include "domain/statistics/import_jobs.hpp"
#include "domain/statistics/statistics_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class DatasetPages {
 public:
  DatasetPages(const Site& site, statistics::StatisticsService& statistics,
               statistics::ClusterCategoryService& categories, statistics::ImportJobs& jobs,
               std::size_t max_upload_bytes)
      : site_(site), statistics_(statistics), categories_(categories), jobs_(jobs),
        max_upload_bytes_(max_upload_bytes) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;

  http::Response datasets(http::Request& r, Language lang, const Visit& v);
  http::Response datasets_page(http::Request& r, Language lang, const Visit& v, Object extra,
                               http::bhttp::status status);
  http::Response upload(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response add_code_change(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response remove_code_change(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response put_category(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response remove_category(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response job(http::Request& r, Language lang, const Visit& v);
  http::Response job_status(http::Request& r, Language lang, const Visit& v);

  const Site& site_;
  statistics::StatisticsService& statistics_;
  statistics::ClusterCategoryService& categories_;
  statistics::ImportJobs& jobs_;
  std::size_t max_upload_bytes_;
};

}  // namespace cps::web
