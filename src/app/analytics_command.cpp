#include "app/analytics_command.hpp"

#include <fmt/format.h>

#include <fstream>
#include <memory>

#include "app/application.hpp"
#include "app/progress.hpp"

namespace cps::app {

Result<statistics::RecomputeReport> recompute_with_progress(
    Services& services, std::span<const statistics::Scope> scopes) {
  std::unique_ptr<ProgressBar> bar;
  auto report = services.statistics.recompute(
      accounts::AccountService::command_line(),
      [&](std::size_t done, std::size_t total, const char*) {
        if (!bar) bar = std::make_unique<ProgressBar>("Computing economic complexity", total);
        bar->update(done);
      },
      scopes);
  if (bar) bar->finish();
  return report;
}

int run_recompute_command(const Config& config, const std::string& scope) {
  std::vector<statistics::Scope> scopes(std::begin(statistics::kEveryScope),
                                        std::end(statistics::kEveryScope));
  if (!scope.empty()) {
    auto one = statistics::parse_scope(scope);
    if (!one)
      return report_input_failure(
          "analytics recompute",
          Error{ErrorKind::invalid, "Choose the scope programme or europe.", "scope", scope});
    scopes = {*one};
  }
  auto services = open_services(config);
  if (!services) return report_input_failure("analytics recompute", services.error());
  auto report = recompute_with_progress(**services, scopes);
  if (!report) return report_input_failure("analytics recompute", report.error());
  for (const auto& l : report->left_out)
    fmt::print(stderr, "not computed: {} {} NUTS {} ({}): {}\n", l.dataset, l.year, l.level,
               statistics::to_string(l.scope), l.reason);
  fmt::print(
      "{} results computed and kept; {} left out (too few regions or a degenerate network)\n",
      report->computed, report->left_out.size());
  return 0;
}

namespace {

std::string csv_cell(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

int run_categories_command(const Config& config, const CategoriesCommand& command) {
  auto services = open_services(config);
  if (!services) return report_input_failure("sectors categories", services.error());
  auto& categories = (*services)->cluster_categories;
  if (command.kind == CategoriesCommand::Kind::list) {
    auto rows = categories.categories();
    if (!rows) return report_input_failure("sectors categories", rows.error());
    fmt::print("nace_division,section,category\n");
    for (const auto& r : *rows)
      fmt::print("{},{},{}\n", r.division, r.section, csv_cell(r.category));
    return 0;
  }
  std::ifstream in(command.file, std::ios::binary);
  if (!in)
    return report_input_failure(
        "sectors categories",
        Error{ErrorKind::invalid, "The file cannot be read.", "file", command.file});
  std::vector<readers::Issue> issues;
  auto loaded = categories.load(accounts::AccountService::command_line(), in, issues);
  for (const auto& i : issues)
    fmt::print(stderr, "{}:{}:{}: {}{}\n", command.file, i.line, i.column, i.message,
               i.text.empty() ? "" : " [" + i.text + "]");
  if (!loaded) return report_input_failure("sectors categories", loaded.error());
  fmt::print("{} NACE divisions with a cluster category\n", *loaded);
  return 0;
}

Result<std::size_t> load_shipped_categories(Services& services, const Config& config) {
  auto present = services.cluster_categories.categories();
  if (!present) return std::unexpected(present.error());
  if (!present->empty()) return 0;
  std::ifstream in(config.resources_dir / "reference" / "nace-cluster-categories.csv",
                   std::ios::binary);
  if (!in)
    return fail(ErrorKind::internal, "A file the program ships is missing.", {},
                "nace-cluster-categories.csv");
  std::vector<readers::Issue> issues;
  return services.cluster_categories.load(accounts::AccountService::command_line(), in, issues);
}

}  // namespace cps::app
