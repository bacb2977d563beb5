#include "app/imports.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <memory>

#include "app/application.hpp"
#include "app/analytics_command.hpp"
#include "app/progress.hpp"
#include "core/text.hpp"

namespace cps::app {

using namespace cps::statistics;

Result<ImportReport> import_file(Services& services, const ImportCommand& command,
                                 std::vector<Issue>& issues) {
  std::error_code ec;
  auto size = std::filesystem::file_size(command.file, ec);
  std::ifstream in(command.file, std::ios::binary);
  if (ec || !in) return fail(ErrorKind::invalid, "The file cannot be read.", "file", command.file);
  std::string first(4096, '\0');
  in.read(first.data(), std::streamsize(first.size()));
  first.resize(std::size_t(in.gcount()));
  in.clear();
  in.seekg(0);
  auto format = choose_format(command.format, command.file, first);
  if (!format) return std::unexpected(format.error());
  ImportRequest request;
  request.dataset =
      Dataset{0, command.code, command.title, command.unit, command.source, command.licence, 0, 0};
  request.file_name = std::filesystem::path(command.file).filename().string();
  request.sector_dimension = command.sector_dimension;
  auto select = parse_selections(command.select);
  if (!select) return std::unexpected(select.error());
  request.select = std::move(*select);
  request.invalid_rows = command.invalid_rows;
  request.negative_values = command.negative_values;
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
  auto report = services.statistics.import_dataset(accounts::AccountService::command_line(),
                                                   *format, in, size, request, issues, progress);
  if (bar) bar->finish();
  return report;
}

int run_import_command(const Config& config, const ImportCommand& command) {
  auto services = open_services(config);
  if (!services) return report_input_failure("import", services.error());
  std::vector<Issue> issues;
  auto report = import_file(**services, command, issues);
  for (const auto& i : issues)
    fmt::print(stderr, "{}:{}:{}: {}{}\n", command.file, i.line, i.column, i.message,
               i.text.empty() ? "" : " [" + i.text + "]");
  if (!report) {
    // A failure about the file as a whole names its place too ("line 1"), as a compiler would.
    Error e = report.error();
    if (e.field.starts_with("line ")) {
      fmt::print(stderr, "{}:{}:1: {}\n", command.file, e.field.substr(5), e.message);
    }
    return report_input_failure("import", e);
  }
  // The new version's complexity results, kept now rather than on a first visit.
  if (auto computed = recompute_with_progress(**services); !computed)
    return report_input_failure("import", computed.error());
  const auto& v = report->version;
  fmt::print(
      "{}: version {} with {} observations, {}–{}; {} rows outside the programme area ({} of "
      "them kept as European reference data), {} not selected, {} left out for problems\n",
      command.code, v.number, v.rows, v.first_year, v.last_year,
      report->outside_area + report->reference, report->reference, report->not_selected,
      issues.size());
  return 0;
}

int run_code_change_command(const Config& config, const CodeChangeCommand& command) {
  auto services = open_services(config);
  if (!services) return report_input_failure("regions", services.error());
  auto& statistics = (*services)->statistics;
  auto who = accounts::AccountService::command_line();
  switch (command.kind) {
    case CodeChangeCommand::Kind::list: {
      auto changes = statistics.code_changes(who);
      if (!changes) return report_input_failure("regions", changes.error());
      for (const auto& c : *changes)
        fmt::print("{:<6} {:<6} {:<10} {}\n", c.old_code, c.new_code.value_or("split"), c.vintage,
                   c.note);
      return 0;
    }
    case CodeChangeCommand::Kind::add: {
      RegionCodeChange change{command.old_code, std::nullopt, command.vintage, command.note};
      if (command.successor == CodeChangeCommand::Successor::one_region) {
        if (command.new_code.empty())
          return report_input_failure(
              "regions",
              Error{ErrorKind::invalid,
                    "Give the new code, or --split for a region that was split.", "new_code"});
        change.new_code = command.new_code;
      } else if (!command.new_code.empty()) {
        return report_input_failure(
            "regions",
            Error{ErrorKind::invalid, "A split region has no single new code.", "new_code"});
      }
      if (auto ok = statistics.add_code_change(who, change); !ok)
        return report_input_failure("regions", ok.error());
      fmt::print("{} → {}\n", text::to_upper_ascii(text::trim(command.old_code)),
                 change.new_code ? text::to_upper_ascii(text::trim(*change.new_code)) : "split");
      return 0;
    }
    case CodeChangeCommand::Kind::remove: {
      if (auto ok = statistics.remove_code_change(who, command.old_code); !ok)
        return report_input_failure("regions", ok.error());
      fmt::print("{} removed\n", text::to_upper_ascii(text::trim(command.old_code)));
      return 0;
    }
  }
  return 2;
}

}  // namespace cps::app
