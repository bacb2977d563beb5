#include "app/analytics_command.hpp"

#include <fmt/format.h>

#include <memory>

#include "app/application.hpp"
#include "app/progress.hpp"

namespace cps::app {

Result<statistics::RecomputeReport> recompute_with_progress(Services& services) {
  std::unique_ptr<ProgressBar> bar;
  auto report = services.statistics.recompute(
      accounts::AccountService::command_line(),
      [&](std::size_t done, std::size_t total, const char*) {
        if (!bar) bar = std::make_unique<ProgressBar>("Computing economic complexity", total);
        bar->update(done);
      });
  if (bar) bar->finish();
  return report;
}

int run_recompute_command(const Config& config) {
  auto db = open_database(config);
  if (!db) return report_input_failure("analytics recompute", db.error());
  auto migrated = migrate_with_progress(**db, config);
  if (!migrated) return report_input_failure("analytics recompute", migrated.error());
  auto services = Services::build(**db, config);
  if (!services) return report_input_failure("analytics recompute", services.error());
  auto report = recompute_with_progress(**services);
  if (!report) return report_input_failure("analytics recompute", report.error());
  for (const auto& l : report->left_out)
    fmt::print(stderr, "not computed: {} {} NUTS {}: {}\n", l.dataset, l.year, l.level, l.reason);
  fmt::print(
      "{} results computed and kept; {} left out (too few regions or a degenerate network)\n",
      report->computed, report->left_out.size());
  return 0;
}

}  // namespace cps::app
