// Assessments: the framework's versions — read by anybody, a new version stored by the
// scientific-technical committee, the lead partner and administrators, and the shipped
// default stored as version 1 on a fresh platform.
#include "domain/assessment/assessment_service.hpp"
#include "domain/assessment/assessment_service/internal.hpp"
#include "domain/assessment/framework_file.hpp"

namespace cps::assessment {

using namespace service_parts;
using i18n::N_;

AssessmentService::AssessmentService(AssessmentRepository& repository,
                                     reference::ReferenceService& reference, Directory& directory,
                                     PracticeCatalogue& practices, RegionalData& regional,
                                     Clock clock)
    : repository_(repository),
      reference_(reference),
      directory_(directory),
      practices_(practices),
      regional_(regional),
      clock_(std::move(clock)) {}

Result<std::vector<Framework>> AssessmentService::frameworks() {
  std::vector<Framework> out;
  auto ok = repository_.read([&](AssessmentStore& store) -> Status {
    auto all = store.frameworks();
    if (!all) return std::unexpected(all.error());
    out = std::move(*all);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<Framework> AssessmentService::framework(std::optional<int> version) {
  Framework out;
  auto ok = repository_.read([&](AssessmentStore& store) -> Status {
    if (!version) {
      auto latest = store.latest_framework_version();
      if (!latest) return std::unexpected(latest.error());
      if (!*latest) return not_found();
      version = **latest;
    }
    auto found = store.framework(*version);
    if (!found) return std::unexpected(found.error());
    if (!*found) return not_found();
    out = std::move(**found);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

namespace {

// Stores `framework` as the version after the latest, with its audit line.
Status store_next_version(AssessmentStore& store, const Principal& who, Framework& framework,
                          Seconds now) {
  auto latest = store.latest_framework_version();
  if (!latest) return std::unexpected(latest.error());
  framework.version = latest->value_or(0) + 1;
  framework.author = who.user;
  framework.created_at = now;
  if (auto s = store.insert_framework(framework); !s) return s;
  return store.append_audit(
      audit_line(who, "framework_saved", "framework:" + std::to_string(framework.version),
                 std::to_string(framework.criteria.size()) + " criteria", now));
}

}  // namespace

Result<Framework> AssessmentService::save_framework(const Principal& who, Framework framework) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  if (!accounts::allowed(who, Action::edit_framework)) return std::unexpected(refusal(who));
  auto areas = area_codes(reference_);
  if (!areas) return std::unexpected(areas.error());
  if (auto ok = check_framework(framework, *areas); !ok) return std::unexpected(ok.error());
  Seconds now = now_of(clock_);
  auto ok = repository_.transaction([&](AssessmentStore& store) -> Status {
    return store_next_version(store, who, framework, now);
  });
  if (!ok) return std::unexpected(ok.error());
  return framework;
}

Result<Framework> AssessmentService::ensure_framework(std::string_view default_file) {
  auto latest = framework(std::nullopt);
  if (latest) return latest;
  if (latest.error().kind != ErrorKind::not_found) return latest;
  auto file = read_framework_file(default_file);
  if (!file) return std::unexpected(file.error());
  auto areas = area_codes(reference_);
  if (!areas) return std::unexpected(areas.error());
  if (auto ok = check_framework(*file, *areas); !ok) return std::unexpected(ok.error());
  Principal system;
  system.label = "system";
  Seconds now = now_of(clock_);
  auto ok = repository_.transaction([&](AssessmentStore& store) -> Status {
    auto existing = store.latest_framework_version();
    if (!existing) return std::unexpected(existing.error());
    if (*existing) return {};  // stored by another process in between
    return store_next_version(store, system, *file, now);
  });
  if (!ok) return std::unexpected(ok.error());
  return framework(std::nullopt);
}

}  // namespace cps::assessment
