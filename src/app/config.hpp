// The program's settings, from (highest first) command-line flags, CLUSTERPOLISEE_*
// environment variables, a TOML file given with --config, and defaults.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "http/dispatcher.hpp"

namespace cps::app {

enum class MigrateOnStart { yes, no };
// What makes the knowledge base's machine translations: the installed Apertium (offered only
// for the directions its installed pairs cover), or nothing.
enum class MachineTranslationEngine { apertium, off };

struct Config {
  std::string host = "127.0.0.1";
  uint16_t port = 8080;
  std::string database_url;  // resolved: never empty after load
  std::filesystem::path data_dir;
  std::filesystem::path resources_dir;
  int threads = 2;
  int db_pool = 4;
  std::string log_level = "info";
  http::AccessLog access_log = http::AccessLog::on;
  MigrateOnStart migrate_on_start = MigrateOnStart::yes;
  http::DispatcherOptions::Transport transport = http::DispatcherOptions::Transport::plain;
  http::TrustedProxies trusted_proxies;  // whose X-Forwarded-For is believed behind a proxy
  std::chrono::milliseconds cache_refresh{1000};
  std::size_t header_limit = 16 * 1024;
  std::chrono::seconds header_timeout{10};
  std::size_t max_upload_bytes = 50u << 20;  // dataset uploads (page and API)
  std::size_t max_attachment_bytes = 20u << 20;  // files attached to knowledge items
  MachineTranslationEngine machine_translation = MachineTranslationEngine::apertium;
  // Accounts and mail.
  std::string public_url;  // resolved: http://<listen>/ when not set
  bool public_url_configured = false;
  bool self_registration = false;
  std::chrono::minutes session_idle{60};
  std::chrono::hours session_absolute{12};
  std::string smtp_url;  // empty: mail goes to mail_log
  std::string mail_from = "ClusterPoliSEE <no-reply@clusterpolisee.invalid>";
  std::filesystem::path mail_log;  // resolved: <data_dir>/mail.log when not set
  std::chrono::seconds mail_interval{5};
  std::chrono::seconds mail_retry{60};
  // Delphi panellists who have not answered an open round are reminded once, this long before
  // its announced close (0: no automatic reminders).
  std::chrono::hours delphi_reminder_lead{48};
  // Search: installed dictionaries and WordNet, read at start (empty: not used; a folder that
  // is not there leaves the search without that source, which the log says).
  std::filesystem::path dictionaries_dir = "/usr/share/dictd";
  std::filesystem::path wordnet_dir = "/usr/share/wordnet";
};

struct SettingSpec {
  const char* key;  // TOML key; flag --key-with-dashes; variable CLUSTERPOLISEE_KEY
  const char* help;
  const char* default_value;  // "" when computed
};

const std::vector<SettingSpec>& setting_specs();
std::string flag_name(const SettingSpec& spec);
std::string environment_name(const SettingSpec& spec);

// Settings given as text, by key, from each source.
struct SettingSources {
  std::map<std::string, std::string> flags;
  std::optional<std::filesystem::path> config_file;
  // Reads CLUSTERPOLISEE_* variables; replaceable in tests.
  std::map<std::string, std::string> environment;
};

std::map<std::string, std::string> read_environment();

// Resolves every setting and checks it. Errors have kind invalid and name the setting in
// `field` and `message`, for a one-line message and exit code 2.
Result<Config> load_config(const SettingSources& sources);

}  // namespace cps::app
