#include "app/application.hpp"

#include <fmt/format.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "api/json.hpp"
#include "api/ops_endpoints.hpp"
#include "api/reference_endpoints.hpp"
#include "app/progress.hpp"
#include "domain/reference/reference_service.hpp"
#include "http/dispatcher.hpp"
#include "http/server.hpp"
#include "http/static_files.hpp"
#include "i18n/catalogue.hpp"
#include "storage/data_epoch.hpp"
#include "storage/reference_repository_sql.hpp"
#include "web/page_cache.hpp"
#include "web/reference_pages.hpp"
#include "web/site.hpp"
#include "web/templates.hpp"

namespace cps::app {

Result<std::unique_ptr<storage::Database>> open_database(const Config& config) {
  auto url = storage::parse_database_url(config.database_url);
  if (!url) return std::unexpected(url.error());
  if (url->dialect == storage::Dialect::sqlite && url->sqlite_path != ":memory:") {
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(url->sqlite_path).parent_path(), ec);
  }
  return storage::Database::open(*url, std::size_t(config.db_pool));
}

Result<int> migrate_with_progress(storage::Database& db, const Config& config) {
  storage::Migrator migrator(db, config.resources_dir / "migrations");
  std::unique_ptr<ProgressBar> bar;
  auto applied = migrator.apply([&](std::size_t i, std::size_t n, const storage::Migration& m) {
    if (!bar) bar = std::make_unique<ProgressBar>("Migrating the database", n);
    bar->update(i, fmt::format("{:04d} {}", m.version, m.name));
  });
  if (bar && applied) bar->finish();
  return applied;
}

int serve(const Config& config, storage::Database& db) {
  storage::Migrator migrator(db, config.resources_dir / "migrations");
  if (config.migrate_on_start == MigrateOnStart::yes) {
    auto applied = migrate_with_progress(db, config);
    if (!applied) {
      spdlog::critical("{} ({})", applied.error().message, applied.error().detail);
      return 1;
    }
  } else {
    auto state = migrator.inspect();
    if (!state) {
      spdlog::critical("{} ({})", state.error().message, state.error().detail);
      return 1;
    }
    if (!state->pending.empty()) {
      spdlog::critical("the database needs {} migration(s); run 'clusterpolisee migrate' first",
                       state->pending.size());
      return 1;
    }
  }

  i18n::Catalogue catalogue(config.resources_dir / "locale");
  auto templates = web::Templates::load(config.resources_dir / "templates", catalogue);
  if (!templates) {
    spdlog::critical("{} ({})", templates.error().message, templates.error().detail);
    return 1;
  }
  http::StaticFiles static_files(config.resources_dir / "static");
  storage::DataEpoch epoch(db, config.cache_refresh);
  storage::SqlReferenceRepository reference_repository(db);
  reference::ReferenceService reference_service(reference_repository);

  web::Site site(*templates, catalogue, static_files.version());
  web::PageCache page_cache([&epoch] { return epoch.current(); }, 4096);
  web::ReferencePages reference_pages(site, reference_service);
  api::ReferenceEndpoints reference_endpoints(reference_service);
  http::Metrics metrics;
  api::OpsEndpoints ops(db, metrics, config.resources_dir / "api" / "openapi.json");

  http::Router router;
  ops.add_routes(router);
  reference_endpoints.add_routes(router);
  reference_pages.add_routes(router, page_cache);
  router.get("/static/{file...}", [&static_files, &site](http::Request& r) {
    auto res = static_files.serve(r, r.param("file"));
    return res ? std::move(*res) : site.error_page(r, res.error());
  });
  router.get("/favicon.ico", [&static_files, &site](http::Request& r) {
    auto res = static_files.serve(r, "img/favicon.svg");
    return res ? std::move(*res) : site.error_page(r, res.error());
  });

  // People get pages; programs (the API and the operational endpoints) get problem+json.
  auto render_error = [&site](const http::Request& r, const http::Problem& problem) {
    bool machine = r.path.starts_with("/api/") || r.path == "/healthz" || r.path == "/readyz" ||
                   r.path == "/metrics" || r.path.empty();
    return machine ? http::problem_response(r, problem) : site.error_page(r, problem);
  };

  auto access_logger =
      std::make_shared<spdlog::logger>("access", std::make_shared<spdlog::sinks::stdout_sink_mt>());
  access_logger->set_pattern("%v");
  http::Dispatcher dispatcher(router, metrics, access_logger, render_error,
                              http::DispatcherOptions{config.access_log, config.transport});
  http::ServerOptions options;
  options.host = config.host;
  options.port = config.port;
  options.threads = config.threads;
  options.header_limit = config.header_limit;
  options.header_timeout = config.header_timeout;
  http::Server server(options, dispatcher);
  if (auto ok = server.listen(); !ok) {
    spdlog::critical("{} ({})", ok.error().message, ok.error().detail);
    return 1;
  }
  spdlog::info("ClusterPoliSEE {} serving http://{}:{}/ with {} threads on {}", CPS_VERSION,
               config.host, server.bound_port(), config.threads, db.url().redacted);
  server.run();
  return 0;
}

}  // namespace cps::app
