// The monitoring commands: the work plan file out and in through the service, the rates
// table in (see monitoring_command.hpp).
#include "app/monitoring_command.hpp"

#include <fmt/format.h>

#include <fstream>
#include <map>
#include <sstream>

#include "app/application.hpp"
#include "core/text.hpp"
#include "domain/monitoring/work_plan_file.hpp"
#include "export/csv_records.hpp"

namespace cps::app {

namespace {

constexpr std::string_view kExport = "monitoring workplan export";
constexpr std::string_view kImport = "monitoring workplan import";
constexpr std::string_view kRates = "monitoring rates import";

Result<std::string> read_file(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) return fail(ErrorKind::invalid, "The file cannot be read.", "file", file);
  return text.str();
}

int export_work_plan(Services& services, const MonitoringCommand& command) {
  const accounts::Principal who = accounts::AccountService::command_line();
  auto plan = services.monitoring.work_plan(who);
  if (!plan) return report_input_failure(kExport, plan.error());
  // The targets as stored (the service's indicators carry them with figures computed).
  std::vector<monitoring::IndicatorTarget> stored;
  auto targets = services.monitoring_repository.read([&](monitoring::MonitoringStore& store) -> Status {
    auto found = store.targets();
    if (!found) return std::unexpected(found.error());
    stored = std::move(*found);
    return {};
  });
  if (!targets) return report_input_failure(kExport, targets.error());
  std::string text = monitoring::write_work_plan_file(plan->periods, plan->activities, stored);
  if (command.file.empty() || command.file == "-") {
    fmt::print("{}\n", text);
    return 0;
  }
  std::ofstream out(command.file, std::ios::binary | std::ios::trunc);
  out << text << '\n';
  out.close();
  if (!out)
    return report_input_failure(kExport, Error{ErrorKind::invalid, "The file cannot be written.", "file", command.file});
  fmt::print(stderr, "{} periods, {} activities and {} targets written to {}\n", plan->periods.size(),
             plan->activities.size(), stored.size(), command.file);
  return 0;
}

// Periods first (activities are checked against them), then each activity — changed when
// its code is known, added otherwise — then the targets. The whole file is read and checked
// before anything is stored.
int import_work_plan(Services& services, const MonitoringCommand& command) {
  const accounts::Principal who = accounts::AccountService::command_line();
  auto text = read_file(command.file);
  if (!text) return report_input_failure(kImport, text.error());
  auto file = monitoring::read_work_plan_file(*text);
  if (!file) return report_input_failure(kImport, file.error());
  for (std::size_t i = 0; i < file->activities.size(); ++i)
    if (auto checked = monitoring::check_activity(file->activities[i], file->periods); !checked) {
      Error e = checked.error();
      e.field = "activities." + std::to_string(i) + (e.field.empty() ? "" : "." + e.field);
      return report_input_failure(kImport, e);
    }

  // Responsible partners by their names (case aside, as the default work plan is loaded);
  // unknown ones are left out and reported.
  auto partners = services.monitoring_platform.partners();
  if (!partners) return report_input_failure(kImport, partners.error());
  std::map<std::string, accounts::OrganisationId> by_name;
  for (const auto& p : *partners) by_name.emplace(text::to_lower_ascii(p.name), p.id);
  std::size_t unknown = 0;
  for (std::size_t i = 0; i < file->activities.size(); ++i) {
    if (i >= file->responsible_names.size()) break;
    for (const auto& name : file->responsible_names[i]) {
      if (auto it = by_name.find(text::to_lower_ascii(name)); it != by_name.end()) {
        file->activities[i].responsible.push_back(it->second);
      } else {
        ++unknown;
        fmt::print(stderr, "activity {}: no partner organisation is named \"{}\"; left out\n",
                   file->activities[i].code, name);
      }
    }
  }

  if (!file->periods.empty())
    if (auto saved = services.monitoring.save_periods(who, file->periods); !saved)
      return report_input_failure(kImport, saved.error());
  auto current = services.monitoring.work_plan(who);
  if (!current) return report_input_failure(kImport, current.error());
  std::map<std::string, monitoring::ActivityId> by_code;
  for (const auto& a : current->activities) by_code.emplace(a.code, a.id);
  std::size_t added = 0, changed = 0;
  for (auto& input : file->activities) {
    std::optional<monitoring::ActivityId> id;
    if (auto it = by_code.find(input.code); it != by_code.end()) id = it->second;
    std::string code = input.code;
    auto saved = services.monitoring.save_activity(who, id, std::move(input));
    if (!saved) {
      Error e = saved.error();
      e.detail = "activity " + code + (e.detail.empty() ? "" : ": " + e.detail);
      return report_input_failure(kImport, e);
    }
    ++(id ? changed : added);
  }
  if (!file->targets.empty())
    if (auto saved = services.monitoring.save_targets(who, file->targets); !saved)
      return report_input_failure(kImport, saved.error());
  fmt::print("{} periods, {} activities added, {} changed, {} targets stored{}\n", file->periods.size(), added,
             changed, file->targets.size(),
             unknown ? fmt::format(" ({} unknown responsible partners left out)", unknown) : "");
  return 0;
}

int import_rates(Services& services, const MonitoringCommand& command) {
  std::ifstream in(command.file, std::ios::binary);
  if (!in)
    return report_input_failure(kRates, Error{ErrorKind::invalid, "The file cannot be read.", "file", command.file});
  exports::CsvRecords records(in);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> cells;
  for (;;) {
    auto read = records.next(cells);
    if (read == exports::CsvRecords::Read::end) break;
    if (read == exports::CsvRecords::Read::bad_quotes)
      return report_input_failure(kRates, Error{ErrorKind::invalid, "The file is not valid CSV.", "file",
                                                 command.file + ", line " + std::to_string(records.line())});
    // Blank lines (a trailing newline in a spreadsheet's export) are no rates.
    if (cells.size() == 1 && cells[0].empty()) continue;
    rows.push_back(cells);
  }
  auto rates = monitoring::read_rates_table(rows);
  if (!rates) return report_input_failure(kRates, rates.error());
  auto saved = services.monitoring.save_rates(accounts::AccountService::command_line(), std::move(*rates));
  if (!saved) return report_input_failure(kRates, saved.error());
  fmt::print("{} exchange rates stored\n", saved->size());
  return 0;
}

}  // namespace

int run_monitoring_command(const Config& config, const MonitoringCommand& command) {
  auto services = open_services(config);
  if (!services) return report_input_failure("monitoring", services.error());
  switch (command.kind) {
    case MonitoringCommand::Kind::export_work_plan:
      return export_work_plan(**services, command);
    case MonitoringCommand::Kind::import_work_plan:
      return import_work_plan(**services, command);
    case MonitoringCommand::Kind::import_rates:
      return import_rates(**services, command);
  }
  return 1;
}

}  // namespace cps::app
