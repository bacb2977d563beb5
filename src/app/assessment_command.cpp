#include "app/assessment_command.hpp"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "app/application.hpp"
#include "domain/assessment/framework_file.hpp"

namespace cps::app {

namespace {

int export_framework(Services& services, const FrameworkCommand& command) {
  auto framework = services.assessments.framework(command.version);
  if (!framework) return report_input_failure("assessment framework export", framework.error());
  std::string text = assessment::framework_file(*framework);
  if (command.file.empty() || command.file == "-") {
    fmt::print("{}\n", text);
    return 0;
  }
  std::ofstream out(command.file, std::ios::binary | std::ios::trunc);
  out << text << '\n';
  out.close();
  if (!out)
    return report_input_failure("assessment framework export",
                                Error{ErrorKind::invalid, "The file cannot be written.", "file", command.file});
  fmt::print(stderr, "framework version {} ({} criteria) written to {}\n", framework->version,
             framework->criteria.size(), command.file);
  return 0;
}

int import_framework(Services& services, const FrameworkCommand& command) {
  std::ifstream in(command.file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in)
    return report_input_failure("assessment framework import",
                                Error{ErrorKind::invalid, "The file cannot be read.", "file", command.file});
  auto framework = assessment::read_framework_file(text.str());
  if (!framework) return report_input_failure("assessment framework import", framework.error());
  auto saved = services.assessments.save_framework(accounts::AccountService::command_line(), std::move(*framework));
  if (!saved) return report_input_failure("assessment framework import", saved.error());
  fmt::print("framework version {} stored ({} criteria)\n", saved->version, saved->criteria.size());
  return 0;
}

}  // namespace

int run_framework_command(const Config& config, const FrameworkCommand& command) {
  auto services = open_services(config);
  if (!services) return report_input_failure("assessment framework", services.error());
  return command.kind == FrameworkCommand::Kind::export_file ? export_framework(**services, command)
                                                            : import_framework(**services, command);
}

}  // namespace cps::app
