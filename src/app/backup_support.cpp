#include "app/backup_support.hpp"

#include <fmt/format.h>
#include <stdlib.h>

#include <cerrno>
#include <cstring>
#include <ctime>

#include "app/application.hpp"
#include "domain/accounts/account_service.hpp"
#include "i18n/catalogue.hpp"
#include "storage/audit_log_sql.hpp"
#include "storage/database.hpp"

namespace cps::app {

namespace fs = std::filesystem;

ScratchFolder::ScratchFolder(const fs::path& parent, const std::string& prefix) {
  std::string pattern = (parent / (prefix + "-XXXXXX")).string();
  if (char* made = ::mkdtemp(pattern.data())) {
    path_ = made;
  } else {
    error_ = Error{ErrorKind::unavailable, "No temporary folder can be made here.", "file",
                   parent.string() + ": " + std::strerror(errno)};
  }
}

ScratchFolder::~ScratchFolder() {
  std::error_code ec;
  if (!path_.empty()) fs::remove_all(path_, ec);
}

std::string utc_timestamp() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

Status require_empty(const storage::InstallationState& state, std::string_view verb) {
  if (state.table_with_data.empty()) return {};
  auto refused = fail_with(
      ErrorKind::conflict,
      i18n::N_("The target database already holds data; {command} only fills an empty installation (a new database or data directory)."),
      {{"command", std::string(verb)}}, "database");
  refused.error().detail = fmt::format("table {} has {} row(s)", state.table_with_data, state.rows);
  return refused;
}

Status migrate_and_audit(const Config& config, const storage::DatabaseUrl& url, const std::string& action,
                         const std::string& detail) {
  auto db = storage::Database::open(url, 1);
  if (!db) return std::unexpected(db.error());
  if (auto migrated = migrate_with_progress(**db, config); !migrated) return std::unexpected(migrated.error());
  accounts::AuditRecord record;
  record.actor_label = accounts::AccountService::command_line().label;
  record.action = action;
  record.detail = detail;
  record.at = accounts::system_clock_seconds();
  return (*db)->transaction([&](soci::session& s) { storage::append_audit(s, record); });
}

storage::ExtraRow audit_row(const std::string& action, const std::string& detail) {
  return storage::ExtraRow{"audit_log",
                           {{"at", std::to_string(accounts::system_clock_seconds())},
                            {"actor_id", std::nullopt},
                            {"actor", accounts::AccountService::command_line().label},
                            {"action", action},
                            {"target", ""},
                            {"detail", detail},
                            {"client", ""}}};
}

Status drop_schema(const storage::DatabaseUrl& url) {
  auto db = storage::Database::open(url, 1);
  if (!db) return std::unexpected(db.error());
  return (*db)->transaction([](soci::session& s) {
    s << "DROP SCHEMA public CASCADE";
    s << "CREATE SCHEMA public";
  });
}

}  // namespace cps::app
