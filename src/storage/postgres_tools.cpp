#include "storage/postgres_tools.hpp"

#include "storage/libpq_parameters.hpp"

#include <fcntl.h>
#include <libpq-fe.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <vector>

extern char** environ;

namespace cps::storage {

namespace fs = std::filesystem;

namespace {

struct Outcome {
  int exit_code = -1;
  std::string output;  // standard output and standard error together
};

// A private folder removed with everything in it when the object goes.
struct ScratchFolder {
  fs::path path;
  ScratchFolder() {
    std::string pattern = (fs::temp_directory_path() / "clusterpolisee-pg-XXXXXX").string();
    if (char* made = ::mkdtemp(pattern.data())) path = made;
  }
  ~ScratchFolder() {
    std::error_code ec;
    if (!path.empty()) fs::remove_all(path, ec);
  }
};

// Runs `program` with `args` (no shell), its environment the current one without libpq's
// connection variables, plus `environment`. Output goes to a file in `scratch`.
Result<Outcome> run(const fs::path& program, const std::vector<std::string>& args,
                    const std::map<std::string, std::string>& environment, const fs::path& scratch) {
  std::vector<std::string> env_text;
  for (char** e = environ; e && *e; ++e) {
    std::string_view entry(*e);
    auto key = entry.substr(0, entry.find('='));
    static const char* kReplaced[] = {"PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD",
                                      "PGPASSFILE", "PGSERVICE", "PGSSLMODE", "PGCONNECT_TIMEOUT", "PGAPPNAME"};
    bool replaced = false;
    for (const char* r : kReplaced) replaced |= key == r;
    if (!replaced) env_text.emplace_back(entry);
  }
  for (const auto& [k, v] : environment) env_text.push_back(k + "=" + v);
  std::vector<char*> envp;
  for (auto& e : env_text) envp.push_back(e.data());
  envp.push_back(nullptr);
  std::vector<std::string> argv_text{program.string()};
  argv_text.insert(argv_text.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_text) argv.push_back(a.data());
  argv.push_back(nullptr);

  fs::path output = scratch / "output";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, output.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0)
    return fail(ErrorKind::unavailable, "A PostgreSQL program cannot be started.", "database",
                program.string() + ": " + std::strerror(rc));
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  Outcome out;
  out.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  std::ifstream in(output, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  out.output = text.str();
  return out;
}

// libpq's variables for the URL; the password, when there is one, in a password file of
// mode 0600 in `scratch` (libpq ignores a file others may read).
Result<std::map<std::string, std::string>> connection_environment(
    const std::vector<std::pair<std::string, std::string>>& parameters, const fs::path& scratch) {
  static const std::map<std::string, std::string> kVariables{
      {"host", "PGHOST"}, {"port", "PGPORT"}, {"dbname", "PGDATABASE"}, {"user", "PGUSER"},
      {"sslmode", "PGSSLMODE"}, {"connect_timeout", "PGCONNECT_TIMEOUT"}, {"application_name", "PGAPPNAME"}};
  std::map<std::string, std::string> env;
  for (const auto& [key, value] : parameters) {
    if (key == "password") {
      fs::path file = scratch / "pgpass";
      std::string escaped;
      for (char c : value) {
        if (c == ':' || c == '\\') escaped += '\\';
        escaped += c;
      }
      int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
      std::string line = "*:*:*:*:" + escaped + "\n";
      bool written = fd >= 0 && ::write(fd, line.data(), line.size()) == ssize_t(line.size());
      if (fd >= 0) ::close(fd);
      if (!written) return fail(ErrorKind::unavailable, "A PostgreSQL password file cannot be written.", "database");
      env["PGPASSFILE"] = file.string();
    } else if (auto v = kVariables.find(key); v != kVariables.end()) {
      env[v->second] = value;
    }
  }
  return env;
}

Result<PostgresTool> version_of(const fs::path& program) {
  ScratchFolder scratch;
  if (scratch.path.empty()) return fail(ErrorKind::unavailable, "No temporary folder can be made.");
  auto out = run(program, {"--version"}, {}, scratch.path);
  if (!out) return std::unexpected(out.error());
  static const std::regex pattern(R"(\(PostgreSQL\) (\d+)(\.\d+)?)");
  std::smatch m;
  if (out->exit_code != 0 || !std::regex_search(out->output, m, pattern))
    return fail(ErrorKind::unavailable, "A PostgreSQL program does not tell its version.", "database",
                program.string());
  return PostgresTool{program, std::stoi(m[1].str()), m[1].str() + m[2].str()};
}

std::string last_lines(const std::string& text) {
  std::string t = text;
  while (!t.empty() && (t.back() == '\n' || t.back() == ' ')) t.pop_back();
  if (t.size() > 2000) t = "…" + t.substr(t.size() - 2000);
  return t;
}

}  // namespace

Result<int> postgres_server_major(const DatabaseUrl& url) {
  PGconn* conn = PQconnectdb(url.connect.c_str());
  struct Close {
    PGconn* c;
    ~Close() { PQfinish(c); }
  } close{conn};
  if (!conn || PQstatus(conn) != CONNECTION_OK)
    return fail(ErrorKind::unavailable, "The database cannot be reached.", "database",
                conn ? PQerrorMessage(conn) : "out of memory");
  return PQserverVersion(conn) / 10000;
}

Result<PostgresTool> find_postgres_tool(std::string_view name, int server_major) {
  std::vector<fs::path> candidates;
  std::error_code ec;
  // Debian keeps every installed major version side by side; the newest first.
  std::vector<std::pair<int, fs::path>> versioned;
  for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", ec)) {
    auto program = entry.path() / "bin" / std::string(name);
    int major = std::atoi(entry.path().filename().c_str());
    if (major > 0 && fs::exists(program, ec)) versioned.emplace_back(major, program);
  }
  std::sort(versioned.rbegin(), versioned.rend());
  for (auto& [major, program] : versioned) candidates.push_back(program);
  if (const char* path = std::getenv("PATH")) {
    std::stringstream dirs(path);
    for (std::string dir; std::getline(dirs, dir, ':');)
      if (!dir.empty() && ::access((fs::path(dir) / std::string(name)).c_str(), X_OK) == 0)
        candidates.push_back(fs::path(dir) / std::string(name));
  }
  std::string found;
  for (const auto& program : candidates) {
    auto tool = version_of(program);
    if (!tool) continue;
    if (tool->major >= server_major) return *tool;
    found += (found.empty() ? "" : ", ") + program.string() + " " + tool->version;
  }
  return fail(ErrorKind::unavailable,
              found.empty() ? "The PostgreSQL client programs are not installed (package postgresql-client)."
                            : "The PostgreSQL client programs are older than the server; install those of its "
                              "version or newer.",
              "database",
              std::string(name) + " " + std::to_string(server_major) + " or newer needed" +
                  (found.empty() ? "" : "; found " + found));
}

Status pg_dump_to(const PostgresTool& tool, std::string_view url, const fs::path& file) {
  ScratchFolder scratch;
  if (scratch.path.empty()) return fail(ErrorKind::unavailable, "No temporary folder can be made.");
  auto parameters = libpq_parameters(url);
  if (!parameters) return std::unexpected(parameters.error());
  auto env = connection_environment(*parameters, scratch.path);
  if (!env) return std::unexpected(env.error());
  auto out = run(tool.program, {"--format=custom", "--no-password", "--file=" + file.string()}, *env, scratch.path);
  if (!out) return std::unexpected(out.error());
  if (out->exit_code != 0)
    return fail(ErrorKind::unavailable, "pg_dump failed.", "database", last_lines(out->output));
  return {};
}

Status pg_restore_from(const PostgresTool& tool, std::string_view url, const fs::path& file) {
  ScratchFolder scratch;
  if (scratch.path.empty()) return fail(ErrorKind::unavailable, "No temporary folder can be made.");
  auto parameters = libpq_parameters(url);
  if (!parameters) return std::unexpected(parameters.error());
  auto env = connection_environment(*parameters, scratch.path);
  if (!env) return std::unexpected(env.error());
  // --dbname is a connection string naming only the database (quoted, so that no name can
  // pass for another keyword); the rest comes from the environment.
  std::string dbname;
  for (const auto& [key, value] : *parameters)
    if (key == "dbname") dbname = value;
  std::string quoted = "'";
  for (char c : dbname) {
    if (c == '\'' || c == '\\') quoted += '\\';
    quoted += c;
  }
  quoted += "'";
  auto out = run(tool.program,
                 {"--no-password", "--single-transaction", "--exit-on-error", "--no-owner", "--no-privileges",
                  "--dbname=dbname=" + quoted, file.string()},
                 *env, scratch.path);
  if (!out) return std::unexpected(out.error());
  if (out->exit_code != 0)
    return fail(ErrorKind::unavailable, "pg_restore failed; nothing of the backup was restored.", "database",
                last_lines(out->output));
  return {};
}

}  // namespace cps::storage
