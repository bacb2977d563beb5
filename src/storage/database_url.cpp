#include "storage/database_url.hpp"

#include "storage/libpq_parameters.hpp"

#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>

namespace cps::storage {

namespace {

// libpq keyword values are quoted so that spaces and quotes in them cannot inject keywords.
std::string quote_libpq(std::string_view v) {
  std::string out = "'";
  for (char c : v) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  out += '\'';
  return out;
}

using Parameters = std::vector<std::pair<std::string, std::string>>;

// `parameters`, when given, receives the libpq keywords and their values as well.
Result<DatabaseUrl> parse_postgresql(std::string_view url, Parameters* parameters = nullptr) {
  Parameters ignored;
  Parameters& out_parameters = parameters ? *parameters : ignored;
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed) return fail(ErrorKind::invalid, "The database URL is not a valid URL.", "database");
  const boost::urls::url_view& u = *parsed;
  DatabaseUrl out;
  out.dialect = Dialect::postgresql;
  std::string host = u.host_address();
  if (host.empty()) host = "127.0.0.1";
  std::string port = u.has_port() ? std::string(u.port()) : "5432";
  if (u.has_port() && (u.port_number() == 0))
    return fail(ErrorKind::invalid, "The database port is not a number between 1 and 65535.",
                "database");
  std::string dbname = u.path();
  if (!dbname.empty() && dbname.front() == '/') dbname.erase(0, 1);
  if (dbname.empty() || dbname.find('/') != std::string::npos)
    return fail(ErrorKind::invalid, "The PostgreSQL URL must name one database.", "database");
  out.connect =
      "host=" + quote_libpq(host) + " port=" + quote_libpq(port) + " dbname=" + quote_libpq(dbname);
  out_parameters = {{"host", host}, {"port", port}, {"dbname", dbname}};
  std::string redacted = "postgresql://";
  if (u.has_userinfo()) {
    std::string user = u.user();
    out.connect += " user=" + quote_libpq(user);
    out_parameters.emplace_back("user", user);
    redacted += user;
    if (u.has_password()) {
      out.connect += " password=" + quote_libpq(std::string(u.password()));
      out_parameters.emplace_back("password", std::string(u.password()));
      redacted += ":***";
    }
    redacted += "@";
  }
  redacted += host + ":" + port + "/" + dbname;
  for (auto param : u.params()) {
    if (param.key == "sslmode" || param.key == "connect_timeout" ||
        param.key == "application_name") {
      out.connect += " " + std::string(param.key) + "=" + quote_libpq(param.value);
      out_parameters.emplace_back(std::string(param.key), std::string(param.value));
    } else {
      return fail(ErrorKind::invalid,
                  "The PostgreSQL URL has a parameter this program does not know.", "database",
                  std::string(param.key));
    }
  }
  out.redacted = redacted;
  return out;
}

}  // namespace

Result<DatabaseUrl> parse_database_url(std::string_view url) {
  constexpr std::string_view sqlite_prefix = "sqlite://";
  if (url == "sqlite::memory:") {
    return DatabaseUrl{Dialect::sqlite, "db=:memory: timeout=5", std::string(url), ":memory:"};
  }
  if (url.starts_with(sqlite_prefix)) {
    std::string path(url.substr(sqlite_prefix.size()));
    if (path.empty()) return fail(ErrorKind::invalid, "The SQLite URL names no file.", "database");
    if (path.find('\0') != std::string::npos || path.find('?') != std::string::npos)
      return fail(ErrorKind::invalid, "The SQLite URL has characters a file name cannot have.",
                  "database");
    // SOCI's sqlite3 backend reads "db=" up to white space unless the value is quoted.
    std::string quoted = "\"" + path + "\"";
    return DatabaseUrl{Dialect::sqlite, "db=" + quoted + " timeout=5", std::string(url), path};
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://"))
    return parse_postgresql(url);
  return fail(ErrorKind::invalid, "The database URL must start with sqlite:// or postgresql://.",
              "database");
}

Result<Parameters> libpq_parameters(std::string_view url) {
  if (!url.starts_with("postgresql://") && !url.starts_with("postgres://"))
    return fail(ErrorKind::invalid, "The database URL must start with postgresql://.", "database");
  Parameters parameters;
  auto parsed = parse_postgresql(url, &parameters);
  if (!parsed) return std::unexpected(parsed.error());
  return parameters;
}

}  // namespace cps::storage
