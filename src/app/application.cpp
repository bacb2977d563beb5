#include "app/application.hpp"

#include <fmt/format.h>
#include <chrono>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <condition_variable>
#include <functional>
#include <future>
#include <mutex>
#include <thread>

#include "api/json.hpp"
#include "app/progress.hpp"
#include "app/services.hpp"
#include "app/surface.hpp"
#include "auth/authenticator.hpp"
#include "http/dispatcher.hpp"
#include "http/server.hpp"
#include "http/static_files.hpp"
#include "i18n/catalogue.hpp"
#include "mail/outbox.hpp"
#include "mail/transports.hpp"
#include "storage/data_epoch.hpp"
#include "storage/outbox_sql.hpp"
#include "web/page_cache.hpp"
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

Result<CommandServices> open_services(const Config& config) {
  auto db = open_database(config);
  if (!db) return std::unexpected(db.error());
  if (auto migrated = migrate_with_progress(**db, config); !migrated) return std::unexpected(migrated.error());
  auto services = Services::build(**db, config);
  if (!services) return std::unexpected(services.error());
  return CommandServices{std::move(*db), std::move(*services)};
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

namespace {

// Delivers the outbox on a thread of its own while the server runs, and once more on the
// way out, so that a mail written by the last requests is not left behind. Work due every hour
// (the monitoring's reminders) runs on the same thread just before a delivery, so that what it
// queues goes out at once; its first round comes an hour after the start, not at it, so that a
// server started for a moment (a command's check, a test) sends nobody a reminder.
class MailDelivery {
 public:
  MailDelivery(storage::Database& db, const Config& config, std::function<void()> hourly = {})
      : outbox_(db),
        transport_(make_transport(config)),
        delivery_(outbox_, *transport_, accounts::system_clock_seconds, config.mail_retry.count()),
        interval_(config.mail_interval),
        hourly_(std::move(hourly)),
        thread_([this](std::stop_token stop) { run(stop); }) {
    if (config.smtp_url.empty())
      spdlog::info("no mail server set: e-mails are written to {}", config.mail_log.string());
  }
  ~MailDelivery() {
    thread_.request_stop();
    wake_.notify_all();
  }

 private:
  static std::unique_ptr<mail::Transport> make_transport(const Config& config) {
    if (config.smtp_url.empty())
      return std::make_unique<mail::LogTransport>(config.mail_log, config.mail_from);
    return std::make_unique<mail::SmtpTransport>(
        mail::SmtpSettings{config.smtp_url, config.mail_from});
  }

  void deliver() {
    auto report = delivery_.deliver_due();
    if (!report)
      spdlog::warn("outbox: {} ({})", report.error().message, report.error().detail);
    else if (report->sent || report->failed)
      spdlog::info("outbox: {} sent, {} to retry", report->sent, report->failed);
  }

  void run(std::stop_token stop) {
    std::mutex m;
    auto last_hourly = std::chrono::steady_clock::now();
    while (!stop.stop_requested()) {
      auto now = std::chrono::steady_clock::now();
      if (hourly_ && now - last_hourly >= std::chrono::hours(1)) {
        last_hourly = now;
        hourly_();
      }
      deliver();
      std::unique_lock lock(m);
      wake_.wait_for(lock, stop, interval_, [] { return false; });
    }
    deliver();
  }

  storage::SqlOutbox outbox_;
  std::unique_ptr<mail::Transport> transport_;
  mail::OutboxDelivery delivery_;
  std::chrono::seconds interval_;
  std::function<void()> hourly_;
  std::condition_variable_any wake_;
  std::jthread thread_;
};

}  // namespace

int report_input_failure(std::string_view command, const Error& e) {
  std::string where = e.field.empty() ? "" : " (" + e.field + ")";
  std::string detail = e.detail.empty() ? "" : ": " + e.detail;
  fmt::print(stderr, "clusterpolisee {}: {}{}{}\n", command, filled_message(e), where, detail);
  bool bad_input = e.kind == ErrorKind::invalid || e.kind == ErrorKind::unprocessable ||
                   e.kind == ErrorKind::conflict || e.kind == ErrorKind::not_found;
  return bad_input ? 2 : 1;
}

int serve(const Config& config, storage::Database& db, ServeMode mode) {
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

  auto services = Services::build(db, config);
  if (!services) {
    spdlog::critical("{} ({})", services.error().message, services.error().detail);
    return 1;
  }
  if (mode == ServeMode::serve) {
    // The dictionaries and WordNet are read on another thread meanwhile (seconds each); both
    // are done before the first visitor.
    auto sources = std::async(std::launch::async, [&] { load_search_sources(**services, config); });
    // Terms made by an older analysis or thesaurus are made again, then the search index
    // loads: before the first visitor, not during their search.
    auto started = std::chrono::steady_clock::now();
    int reported = -1;
    auto reindexed = (*services)->knowledge.reindex_if_stale([&](std::size_t done, std::size_t total) {
      int tenth = total == 0 ? 10 : int(done * 10 / total);
      if (tenth == reported) return;
      reported = tenth;
      spdlog::info("knowledge search: indexing items again for {}: {} of {}", (*services)->knowledge.analysis(), done,
                   total);
    });
    if (!reindexed) {
      spdlog::critical("{} ({})", reindexed.error().message, reindexed.error().detail);
      return 1;
    }
    auto index = (*services)->knowledge.prepare_search();
    sources.get();
    if (!index) {
      spdlog::critical("{} ({})", index.error().message, index.error().detail);
      return 1;
    }
    spdlog::info("knowledge search: {} items, {} language versions, {} terms loaded in {} ms", index->items,
                 index->documents, index->terms,
                 std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count());
  }
  const i18n::Catalogue& catalogue = (*services)->catalogue;
  auto templates = web::Templates::load(config.resources_dir / "templates", catalogue);
  if (!templates) {
    spdlog::critical("{} ({})", templates.error().message, templates.error().detail);
    return 1;
  }
  http::StaticFiles static_files(config.resources_dir / "static");
  storage::DataEpoch epoch(db, config.cache_refresh);
  auth::Authenticator authenticator(
      (*services)->accounts,
      config.transport == http::DispatcherOptions::Transport::behind_tls_proxy
          ? auth::CookieSecurity::secure
          : auth::CookieSecurity::plain);

  web::Site site(*templates, catalogue, static_files.version(), &authenticator);
  site.count_unread_with([&groups = (*services)->groups](const accounts::Principal& who) {
    auto unread = groups.unread_notifications(who);
    return unread ? *unread : 0;  // a failing count leaves the badge out, not the page
  });
  web::PageCache page_cache([&epoch] { return epoch.current(); }, 4096);
  http::Metrics metrics;
  Surface surface({config, **services, site, page_cache, authenticator, static_files, metrics});
  http::Router router;
  surface.add_routes(router);
  if (mode == ServeMode::list_routes) {
    for (const auto& route : router.routes())
      fmt::print("{} {}\n", std::string_view(http::bhttp::to_string(route.method)), route.pattern);
    return 0;
  }

  // People get pages; programs (the API and the operational endpoints) get problem+json.
  auto render_error = [&site](const http::Request& r, const http::Problem& problem) {
    bool machine = r.path.starts_with("/api/") || r.path == "/healthz" || r.path == "/readyz" ||
                   r.path == "/metrics" || r.path.empty();
    if (machine) return http::problem_response(r, problem);
    // People sending a form over the limit are uploading a file: say so.
    if (problem.type.status == http::bhttp::status::payload_too_large && problem.detail.empty()) {
      http::Problem upload = problem;
      upload.detail =
          r.path.ends_with("/attachments")
              ? i18n::N_("The file is larger than attachments may be. Make it smaller, or ask the "
                         "administrator to raise the limit (max_attachment_bytes).")
              : i18n::N_(
                    "The file is larger than this server accepts. Split it, or ask the administrator to "
                    "raise the upload limit (max_upload_bytes).");
      return site.error_page(r, upload);
    }
    return site.error_page(r, problem);
  };

  auto access_logger =
      std::make_shared<spdlog::logger>("access", std::make_shared<spdlog::sinks::stdout_sink_mt>());
  access_logger->set_pattern("%v");
  http::Dispatcher dispatcher(router, metrics, access_logger, render_error,
                              http::DispatcherOptions{config.access_log, config.transport, config.trusted_proxies});
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
  // With port 0 the address is known only now.
  if (!config.public_url_configured)
    (*services)->accounts.use_public_url("http://" + config.host + ":" +
                                         std::to_string(server.bound_port()));
  spdlog::info("ClusterPoliSEE {} serving http://{}:{}/ with {} threads on {}", CPS_VERSION,
               config.host, server.bound_port(), config.threads, db.url().redacted);
  MailDelivery mail(db, config, [&monitoring = (*services)->monitoring, &helpdesk_service = (*services)->helpdesk,
                                 &partners = (*services)->partner_search, &events = (*services)->events,
                                 &groups = (*services)->groups, &delphi = (*services)->delphi,
                                 delphi_lead = config.delphi_reminder_lead,
                                 &newsletter = (*services)->newsletter] {
    auto queued = monitoring.send_reminders();
    if (!queued)
      spdlog::warn("monitoring reminders: {} ({})", queued.error().message, queued.error().detail);
    else if (*queued)
      spdlog::info("monitoring reminders: {} e-mails queued", *queued);
    auto helpdesk = helpdesk_service.send_reminders();
    if (!helpdesk)
      spdlog::warn("helpdesk reminders: {} ({})", helpdesk.error().message, helpdesk.error().detail);
    else if (*helpdesk)
      spdlog::info("helpdesk reminders: {} e-mails queued", *helpdesk);
    // Each saved search is checked once a day; the hourly round picks those that are due.
    auto alerts = partners.send_alerts();
    if (!alerts)
      spdlog::warn("partner search alerts: {} ({})", alerts.error().message, alerts.error().detail);
    else if (*alerts)
      spdlog::info("partner search alerts: {} e-mails queued", *alerts);
    // Dietary and accessibility needs are kept only until the event is over.
    auto forgotten = events.forget_needs();
    if (!forgotten)
      spdlog::warn("event needs: {} ({})", forgotten.error().message, forgotten.error().detail);
    else if (*forgotten)
      spdlog::info("event needs: {} registrations emptied after their events", *forgotten);
    // A week and a day before an event, each person with a place is reminded of it once.
    auto reminded = events.send_reminders();
    if (!reminded)
      spdlog::warn("event reminders: {} ({})", reminded.error().message, reminded.error().detail);
    else if (*reminded)
      spdlog::info("event reminders: {} e-mails queued", *reminded);
    // The daily and weekly digests of notifications, for whom they are due.
    auto digests = groups.send_digests();
    if (!digests)
      spdlog::warn("notification digests: {} ({})", digests.error().message, digests.error().detail);
    else if (*digests)
      spdlog::info("notification digests: {} e-mails queued", *digests);
    // Delphi panellists who have not answered a round that closes soon, once per round.
    auto delphi_reminders =
        delphi.send_due_reminders(std::chrono::duration_cast<std::chrono::seconds>(delphi_lead).count());
    if (!delphi_reminders)
      spdlog::warn("Delphi reminders: {} ({})", delphi_reminders.error().message, delphi_reminders.error().detail);
    else if (*delphi_reminders)
      spdlog::info("Delphi reminders: {} e-mails queued", *delphi_reminders);
  });
  server.run();
  return 0;
}

}  // namespace cps::app
