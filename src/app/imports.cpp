#include "app/imports.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <memory>

#include "app/application.hpp"
#include "app/progress.hpp"

namespace cps::app {

using namespace cps::statistics;

Result<ImportReport> import_file(Services& services, const ImportCommand& command,
                                 std::vector<Issue>& issues) {
  if (command.format != "eurostat-tsv")
    return fail(ErrorKind::invalid, "This file format is not supported yet; use eurostat-tsv.",
                "format");
  std::error_code ec;
  auto size = std::filesystem::file_size(command.file, ec);
  std::ifstream in(command.file, std::ios::binary);
  if (ec || !in) return fail(ErrorKind::invalid, "The file cannot be read.", "file", command.file);
  ImportRequest request;
  request.dataset = Dataset{0, command.code, command.title, command.unit, command.source,
                            command.licence, 0, 0};
  request.file_name = std::filesystem::path(command.file).filename().string();
  request.sector_dimension = command.sector_dimension;
  for (const auto& s : command.select) {
    auto eq = s.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == s.size())
      return fail(ErrorKind::invalid, "Give each selection as dimension=value, e.g. age=Y_GE15.",
                  "select");
    request.select[s.substr(0, eq)] = s.substr(eq + 1);
  }
  request.invalid_rows = command.valid_rows_only ? InvalidRows::skip : InvalidRows::refuse_file;
  std::unique_ptr<ProgressBar> bar;
  std::string step;
  auto progress = [&](std::size_t done, std::size_t total, const char* what) {
    if (step != what) {
      if (bar) bar->finish();
      step = what;
      const char* label = step == "read" ? "Reading" : step == "check" ? "Checking" : "Storing";
      bar = std::make_unique<ProgressBar>(fmt::format("{} {}", label, request.file_name), total);
    }
    bar->update(done);
  };
  auto report = services.statistics.import_eurostat_tsv(accounts::AccountService::command_line(), in, size,
                                                        request, issues, progress);
  if (bar) bar->finish();
  return report;
}

int run_import_command(const Config& config, const ImportCommand& command) {
  auto db = open_database(config);
  if (!db) return report_input_failure("import", db.error());
  auto migrated = migrate_with_progress(**db, config);
  if (!migrated) return report_input_failure("import", migrated.error());
  auto services = Services::build(**db, config);
  if (!services) return report_input_failure("import", services.error());
  std::vector<Issue> issues;
  auto report = import_file(**services, command, issues);
  for (const auto& i : issues)
    fmt::print(stderr, "{}:{}:{}: {}{}\n", command.file, i.line, i.column, i.message,
               i.text.empty() ? "" : " [" + i.text + "]");
  if (!report) return report_input_failure("import", report.error());
  const auto& v = report->version;
  fmt::print("{}: version {} with {} observations, {}–{}; {} rows outside the programme area, "
             "{} not selected, {} left out for problems\n",
             command.code, v.number, v.rows, v.first_year, v.last_year, report->outside_area,
             report->not_selected, issues.size());
  return 0;
}

}  // namespace cps::app
