#include "app/config.hpp"

#include <toml++/toml.h>
#include <unistd.h>

#include <charconv>

#include "storage/database_url.hpp"

extern char** environ;

namespace cps::app {

namespace fs = std::filesystem;

const std::vector<SettingSpec>& setting_specs() {
  static const std::vector<SettingSpec> specs{
      {"listen", "address and port to listen on (host:port)", "127.0.0.1:8080"},
      {"database", "database URL: sqlite:///path or postgresql://user:password@host:port/name", ""},
      {"data_dir", "folder for the SQLite database and uploaded files", "./data"},
      {"resources", "folder with templates, migrations, translations and static files", ""},
      {"threads", "worker threads serving requests", "2"},
      {"db_pool", "database connections kept open", ""},
      {"log_level", "trace, debug, info, warn, error or off", "info"},
      {"access_log", "write one JSON line per request to standard output: on or off", "on"},
      {"migrate_on_start", "apply pending database migrations when serving: yes or no", "yes"},
      {"behind_tls_proxy", "a TLS proxy terminates HTTPS in front of this server: yes or no", "no"},
      {"trusted_proxies",
       "behind a proxy: addresses and networks whose X-Forwarded-For is believed (comma-separated)",
       "127.0.0.1, ::1"},
      {"cache_refresh_ms", "how often (ms) to check whether another server changed data", "1000"},
      {"header_limit", "largest request head in bytes", "16384"},
      {"header_timeout", "seconds a client has to send a whole request head", "10"},
      {"max_upload_bytes", "largest file an administrator may upload (datasets), in bytes",
       "52428800"},
      {"max_attachment_bytes", "largest file attached to a knowledge item, in bytes", "20971520"},
      {"machine_translation",
       "machine translation of knowledge items' titles and summaries: apertium (where its pairs are installed) or off",
       "apertium"},
      {"public_url", "address people use to reach the site, for links in e-mails", ""},
      {"self_registration", "let stakeholders create their own accounts: on or off", "off"},
      {"session_idle_minutes", "sign out after this many minutes without a request", "60"},
      {"session_hours", "sign out after this many hours in any case", "12"},
      {"smtp_url", "mail server: smtp://user:password@host:port (empty: write mail to mail_log)",
       ""},
      {"mail_from", "sender of e-mails", "ClusterPoliSEE <no-reply@clusterpolisee.invalid>"},
      {"mail_log", "file for e-mails when no mail server is set (default <data_dir>/mail.log)", ""},
      {"mail_interval", "seconds between looks at the outbox", "5"},
      {"dictionaries_dir", "folder of installed dictd bilingual dictionaries (FreeDict) for the search; empty: none",
       "/usr/share/dictd"},
      {"wordnet_dir", "folder of the installed WordNet database for English search; empty: none", "/usr/share/wordnet"},
      {"mail_retry", "seconds before the first new try of a refused e-mail (then doubling)", "60"},
      {"delphi_reminder_hours",
       "hours before a Delphi round's announced close at which those who have not answered are reminded once (0: never)",
       "48"},
  };
  return specs;
}

std::string flag_name(const SettingSpec& spec) {
  std::string name = "--" + std::string(spec.key);
  for (char& c : name)
    if (c == '_') c = '-';
  return name;
}

std::string environment_name(const SettingSpec& spec) {
  std::string name = "CLUSTERPOLISEE_";
  for (const char* p = spec.key; *p; ++p)
    name += char(std::toupper(static_cast<unsigned char>(*p)));
  return name;
}

std::map<std::string, std::string> read_environment() {
  std::map<std::string, std::string> out;
  for (char** e = environ; e && *e; ++e) {
    std::string_view entry(*e);
    if (!entry.starts_with("CLUSTERPOLISEE_")) continue;
    auto eq = entry.find('=');
    if (eq == std::string_view::npos) continue;
    out.emplace(std::string(entry.substr(0, eq)), std::string(entry.substr(eq + 1)));
  }
  return out;
}

namespace {

std::unexpected<Error> bad(const std::string& key, const std::string& what) {
  return fail(ErrorKind::invalid, "setting '" + key + "': " + what, key);
}

Result<long> parse_number(const std::string& key, const std::string& text, long min, long max) {
  long value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || value < min || value > max)
    return bad(key, "expected a whole number from " + std::to_string(min) + " to " +
                        std::to_string(max) + ", got '" + text + "'");
  return value;
}

Result<bool> parse_switch(const std::string& key, const std::string& text, const char* yes,
                          const char* no) {
  if (text == yes || text == "true") return true;
  if (text == no || text == "false") return false;
  return bad(key, std::string("expected ") + yes + " or " + no + ", got '" + text + "'");
}

fs::path executable_dir() {
  std::error_code ec;
  auto exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::current_path() : exe.parent_path();
}

fs::path default_resources() {
  fs::path beside = executable_dir() / "share" / "clusterpolisee";
  if (fs::exists(beside / "templates")) return beside;
  return executable_dir().parent_path() / "share" / "clusterpolisee";
}

Result<std::map<std::string, std::string>> read_toml(const fs::path& file) {
  std::map<std::string, std::string> out;
  toml::table table;
  try {
    table = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    return fail(ErrorKind::invalid,
                "setting 'config': " + file.string() + " is not valid TOML (" +
                    std::string(e.description()) + ")",
                "config");
  }
  for (auto&& [key, node] : table) {
    std::string k(key.str());
    bool known = false;
    for (const auto& spec : setting_specs()) known |= (k == spec.key);
    if (!known) return bad(k, "unknown setting in " + file.string());
    if (auto s = node.value<std::string>(); s && node.is_string()) {
      out[k] = *s;
    } else if (auto i = node.value<int64_t>(); i && node.is_integer()) {
      out[k] = std::to_string(*i);
    } else if (auto b = node.value<bool>(); b && node.is_boolean()) {
      out[k] = *b ? "true" : "false";
    } else {
      return bad(k, "must be a string, a whole number or true/false");
    }
  }
  return out;
}

}  // namespace

Result<Config> load_config(const SettingSources& sources) {
  std::map<std::string, std::string> from_file;
  if (sources.config_file) {
    std::error_code ec;
    if (!fs::is_regular_file(*sources.config_file, ec))
      return fail(ErrorKind::invalid,
                  "setting 'config': no such file " + sources.config_file->string(), "config");
    auto parsed = read_toml(*sources.config_file);
    if (!parsed) return std::unexpected(parsed.error());
    from_file = std::move(*parsed);
  }
  for (const auto& [name, value] : sources.environment) {
    bool known = false;
    for (const auto& spec : setting_specs()) known |= (name == environment_name(spec));
    if (!known)
      return fail(ErrorKind::invalid, "setting '" + name + "': unknown environment variable", name);
  }
  std::map<std::string, std::string> v;
  for (const auto& spec : setting_specs()) {
    std::string key = spec.key;
    if (auto f = sources.flags.find(key); f != sources.flags.end()) {
      v[key] = f->second;
    } else if (auto e = sources.environment.find(environment_name(spec));
               e != sources.environment.end()) {
      v[key] = e->second;
    } else if (auto t = from_file.find(key); t != from_file.end()) {
      v[key] = t->second;
    } else {
      v[key] = spec.default_value;
    }
  }

  Config c;
  const std::string& listen = v["listen"];
  auto colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0)
    return bad("listen", "expected host:port, got '" + listen + "'");
  c.host = listen.substr(0, colon);
  if (c.host.size() > 2 && c.host.front() == '[' && c.host.back() == ']')
    c.host = c.host.substr(1, c.host.size() - 2);
  auto port = parse_number("listen", listen.substr(colon + 1), 0, 65535);
  if (!port)
    return bad("listen", "the port must be a number from 0 to 65535, got '" + listen + "'");
  c.port = uint16_t(*port);

  if (v["data_dir"].empty()) return bad("data_dir", "must not be empty");
  c.data_dir = fs::absolute(v["data_dir"]).lexically_normal();
  c.database_url = v["database"].empty() ? "sqlite://" + (c.data_dir / "clusterpolisee.db").string()
                                         : v["database"];
  if (auto url = storage::parse_database_url(c.database_url); !url)
    return bad("database", url.error().message);

  c.resources_dir = v["resources"].empty() ? default_resources() : fs::path(v["resources"]);
  std::error_code ec;
  if (!fs::is_directory(c.resources_dir / "templates", ec) ||
      !fs::is_directory(c.resources_dir / "migrations", ec))
    return bad("resources", "no templates and migrations in " + c.resources_dir.string());

  c.dictionaries_dir = v["dictionaries_dir"];
  c.wordnet_dir = v["wordnet_dir"];

  auto threads = parse_number("threads", v["threads"], 1, 256);
  if (!threads) return std::unexpected(threads.error());
  c.threads = int(*threads);
  if (v["db_pool"].empty()) {
    c.db_pool = c.threads + 2;
  } else {
    auto pool = parse_number("db_pool", v["db_pool"], 1, 512);
    if (!pool) return std::unexpected(pool.error());
    c.db_pool = int(*pool);
  }
  static const char* levels[] = {"trace", "debug", "info", "warn", "error", "off"};
  if (std::find(std::begin(levels), std::end(levels), v["log_level"]) == std::end(levels))
    return bad("log_level",
               "expected trace, debug, info, warn, error or off, got '" + v["log_level"] + "'");
  c.log_level = v["log_level"];
  auto access = parse_switch("access_log", v["access_log"], "on", "off");
  if (!access) return std::unexpected(access.error());
  c.access_log = *access ? http::AccessLog::on : http::AccessLog::off;
  auto migrate = parse_switch("migrate_on_start", v["migrate_on_start"], "yes", "no");
  if (!migrate) return std::unexpected(migrate.error());
  c.migrate_on_start = *migrate ? MigrateOnStart::yes : MigrateOnStart::no;
  auto tls = parse_switch("behind_tls_proxy", v["behind_tls_proxy"], "yes", "no");
  if (!tls) return std::unexpected(tls.error());
  c.transport = *tls ? http::DispatcherOptions::Transport::behind_tls_proxy
                     : http::DispatcherOptions::Transport::plain;
  auto proxies = http::TrustedProxies::parse(v["trusted_proxies"]);
  if (!proxies) return bad("trusted_proxies", proxies.error().message);
  c.trusted_proxies = std::move(*proxies);
  auto refresh = parse_number("cache_refresh_ms", v["cache_refresh_ms"], 0, 600000);
  if (!refresh) return std::unexpected(refresh.error());
  c.cache_refresh = std::chrono::milliseconds(*refresh);
  auto header_limit = parse_number("header_limit", v["header_limit"], 1024, 1 << 20);
  if (!header_limit) return std::unexpected(header_limit.error());
  c.header_limit = std::size_t(*header_limit);
  auto header_timeout = parse_number("header_timeout", v["header_timeout"], 1, 600);
  if (!header_timeout) return std::unexpected(header_timeout.error());
  c.header_timeout = std::chrono::seconds(*header_timeout);
  auto upload = parse_number("max_upload_bytes", v["max_upload_bytes"], 1024, 1LL << 31);
  if (!upload) return std::unexpected(upload.error());
  c.max_upload_bytes = std::size_t(*upload);
  auto attachment =
      parse_number("max_attachment_bytes", v["max_attachment_bytes"], 1024, 1LL << 30);
  if (!attachment) return std::unexpected(attachment.error());
  c.max_attachment_bytes = std::size_t(*attachment);
  auto machine = parse_switch("machine_translation", v["machine_translation"], "apertium", "off");
  if (!machine) return std::unexpected(machine.error());
  c.machine_translation = *machine ? MachineTranslationEngine::apertium : MachineTranslationEngine::off;

  c.public_url = v["public_url"];
  c.public_url_configured = !c.public_url.empty();
  if (c.public_url.empty()) {
    c.public_url = "http://" +
                   (c.host.find(':') != std::string::npos ? "[" + c.host + "]" : c.host) + ":" +
                   std::to_string(c.port);
  } else if (!(c.public_url.starts_with("http://") || c.public_url.starts_with("https://")) ||
             c.public_url.find_first_of(" \t\r\n\"<>") != std::string::npos) {
    return bad("public_url",
               "expected an address starting with http:// or https://, got '" + c.public_url + "'");
  }
  auto registration = parse_switch("self_registration", v["self_registration"], "on", "off");
  if (!registration) return std::unexpected(registration.error());
  c.self_registration = *registration;
  auto idle = parse_number("session_idle_minutes", v["session_idle_minutes"], 1, 7 * 24 * 60);
  if (!idle) return std::unexpected(idle.error());
  c.session_idle = std::chrono::minutes(*idle);
  auto hours = parse_number("session_hours", v["session_hours"], 1, 24 * 30);
  if (!hours) return std::unexpected(hours.error());
  c.session_absolute = std::chrono::hours(*hours);
  auto reminder = parse_number("delphi_reminder_hours", v["delphi_reminder_hours"], 0, 24 * 30);
  if (!reminder) return std::unexpected(reminder.error());
  c.delphi_reminder_lead = std::chrono::hours(*reminder);
  c.smtp_url = v["smtp_url"];
  if (!c.smtp_url.empty() && !c.smtp_url.starts_with("smtp://") &&
      !c.smtp_url.starts_with("smtps://"))
    // The value may hold a password: the message does not repeat it.
    return bad("smtp_url", "expected an address starting with smtp:// or smtps://");
  c.mail_from = v["mail_from"];
  if (c.mail_from.find('@') == std::string::npos ||
      c.mail_from.find_first_of("\r\n") != std::string::npos)
    return bad("mail_from", "expected an e-mail address, got '" + c.mail_from + "'");
  c.mail_log = v["mail_log"].empty() ? c.data_dir / "mail.log" : fs::path(v["mail_log"]);
  auto interval = parse_number("mail_interval", v["mail_interval"], 1, 3600);
  if (!interval) return std::unexpected(interval.error());
  c.mail_interval = std::chrono::seconds(*interval);
  auto retry = parse_number("mail_retry", v["mail_retry"], 1, 86400);
  if (!retry) return std::unexpected(retry.error());
  c.mail_retry = std::chrono::seconds(*retry);
  return c;
}

}  // namespace cps::app
