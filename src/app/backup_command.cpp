// Backup and restore of a whole installation; copy-database is in copy_command.cpp.
#include "app/backup_command.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <regex>

#include "app/application.hpp"
#include "app/backup_archive.hpp"
#include "app/backup_support.hpp"
#include "app/progress.hpp"
#include "files/tar_archive.hpp"
#include "storage/database_copy.hpp"
#include "storage/migrations.hpp"
#include "storage/postgres_tools.hpp"
#include "storage/sqlite_snapshot.hpp"

namespace cps::app {

namespace fs = std::filesystem;

namespace {

// Every uploaded file of the data directory, with its size and SHA-256.
Result<std::vector<std::pair<BackupMember, fs::path>>> uploaded_files(const fs::path& data_dir) {
  static const std::regex digest("^[0-9a-f]{64}$");
  std::vector<std::pair<BackupMember, fs::path>> out;
  std::error_code ec;
  for (const auto& folder : content_folders()) {
    fs::path root = data_dir / folder;
    if (!fs::is_directory(root, ec)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(root, ec)) {
      // Only stored contents: <xx>/<sha256>, not the temporary or released copies beside them.
      std::string name = entry.path().filename().string();
      std::string parent = entry.path().parent_path().filename().string();
      if (!entry.is_regular_file() || !std::regex_match(name, digest) || parent != name.substr(0, 2)) continue;
      auto size = fs::file_size(entry.path(), ec);
      if (ec) continue;  // released since it was listed
      out.push_back({BackupMember{"files/" + folder + "/" + parent + "/" + name, size, {}}, entry.path()});
    }
    if (ec) return fail(ErrorKind::unavailable, "The uploaded files cannot be listed.", "data_dir", ec.message());
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first.name < b.first.name; });
  return out;
}

Status sync_file(const fs::path& file) {
  int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    if (fd >= 0) ::close(fd);
    return fail(ErrorKind::unavailable, "The backup file cannot be written.", "file", file.string());
  }
  ::close(fd);
  return {};
}

// The database as a file in `folder`: a SQLite snapshot or a pg_dump archive. Fills the
// manifest's schema and server versions.
Result<fs::path> dump_database(const Config& config, const storage::DatabaseUrl& url, const fs::path& folder,
                               Manifest& manifest) {
  fs::path dump = folder / database_member(url.dialect);
  const fs::path migrations = config.resources_dir / "migrations";
  if (url.dialect == storage::Dialect::sqlite) {
    std::unique_ptr<ProgressBar> bar;
    auto copied = storage::sqlite_snapshot(url.sqlite_path, dump, [&](int done, int total) {
      if (!bar) bar = std::make_unique<ProgressBar>("Copying the database (pages)", std::size_t(total));
      bar->update(std::size_t(done));
    });
    if (bar && copied) bar->finish();
    if (!copied) return std::unexpected(copied.error());
    auto snapshot = storage::parse_database_url("sqlite://" + dump.string());
    if (!snapshot) return std::unexpected(snapshot.error());
    auto state = storage::inspect_installation(*snapshot, migrations);
    if (!state) return std::unexpected(state.error());
    manifest.schema_version = state->schema_version;
  } else {
    auto major = storage::postgres_server_major(url);
    if (!major) return std::unexpected(major.error());
    auto tool = storage::find_postgres_tool("pg_dump", *major);
    if (!tool) return std::unexpected(tool.error());
    auto before = storage::inspect_installation(url, migrations);
    if (!before) return std::unexpected(before.error());
    fmt::print(stderr, "Dumping the database with {} {}\n", tool->program.string(), tool->version);
    if (auto ok = storage::pg_dump_to(*tool, config.database_url, dump); !ok) return std::unexpected(ok.error());
    auto after = storage::inspect_installation(url, migrations);
    if (!after) return std::unexpected(after.error());
    // The dump holds one schema version; a migration while it ran would leave which unknown.
    if (after->schema_version != before->schema_version)
      return fail(ErrorKind::conflict, "The database was migrated while it was backed up; run the backup again.",
                  "database");
    manifest.schema_version = after->schema_version;
    manifest.server_version = std::to_string(*major);
  }
  if (manifest.schema_version == 0)
    return fail(ErrorKind::not_found, "The database holds no installation to back up.", "database", url.redacted);
  return dump;
}

}  // namespace

int run_backup(const Config& config, const fs::path& file_argument) {
  const auto started = std::chrono::steady_clock::now();
  auto url = storage::parse_database_url(config.database_url);
  if (!url) return report_input_failure("backup", url.error());
  const fs::path file = fs::absolute(file_argument).lexically_normal();
  std::error_code ec;
  if (!fs::is_directory(file.parent_path(), ec))
    return report_input_failure("backup", Error{ErrorKind::invalid, "The folder for the backup file does not exist.",
                                                "file", file.parent_path().string()});
  if (fs::is_directory(file, ec))
    return report_input_failure("backup", Error{ErrorKind::invalid, "The backup file names a folder.", "file",
                                                file.string()});
  // Everything is made beside the file and renamed into place at the end: the file is whole,
  // or not there.
  ScratchFolder scratch(file.parent_path(), "." + file.filename().string() + ".partial");
  if (!scratch) return report_input_failure("backup", scratch.error());

  Manifest manifest;
  manifest.program_version = CPS_VERSION;
  manifest.database = url->dialect;
  manifest.created_at = utc_timestamp();
  // Every stored file hard-linked before the database is copied: one whose last attachment is
  // removed meanwhile (and which the snapshot still names) stays there to be copied. Without
  // a folder of our own in the data directory (none yet, or read-only) the live files are read.
  std::map<std::string, fs::path> held;
  std::optional<ScratchFolder> holding;
  std::error_code ec_data;
  if (fs::is_directory(config.data_dir, ec_data)) {
    holding.emplace(config.data_dir, ".backup-files");
    auto before = *holding ? uploaded_files(config.data_dir) : Result<std::vector<std::pair<BackupMember, fs::path>>>{};
    if (before)
      for (const auto& [member, path] : *before) {
        fs::path link = holding->path() / std::to_string(held.size());
        std::error_code ec_link;
        fs::create_hard_link(path, link, ec_link);
        if (!ec_link) held[member.name] = link;
      }
  }
  auto dump = dump_database(config, *url, scratch.path(), manifest);
  if (!dump) return report_input_failure("backup", dump.error());
  auto dump_sha = files::sha256_of_file(*dump);
  if (!dump_sha) return report_input_failure("backup", dump_sha.error());
  manifest.dump = {database_member(url->dialect), fs::file_size(*dump), *dump_sha};

  auto uploaded = uploaded_files(config.data_dir);
  if (!uploaded) return report_input_failure("backup", uploaded.error());
  for (auto& [member, path] : *uploaded)
    if (auto h = held.find(member.name); h != held.end()) {
      path = h->second;
      held.erase(h);
    }
  // Released since the snapshot began: still copied from the link, the snapshot may name them.
  for (const auto& [name, link] : held) {
    std::error_code ec_size;
    uploaded->push_back({BackupMember{name, fs::file_size(link, ec_size), {}}, link});
  }
  std::sort(uploaded->begin(), uploaded->end(), [](const auto& a, const auto& b) { return a.first.name < b.first.name; });
  std::vector<fs::path> sources;
  {
    // Bars only for files that are there: an installation without uploads shows none.
    std::optional<ProgressBar> bar;
    if (!uploaded->empty()) bar.emplace("Reading the uploaded files", uploaded->size());
    std::size_t i = 0;
    for (auto& [member, path] : *uploaded) {
      auto sha = files::sha256_of_file(path);
      if (!sha) continue;  // released since it was listed: no item holds it any more
      member.sha256 = *sha;
      manifest.files.push_back(member);
      sources.push_back(path);
      bar->update(++i);
    }
    if (bar) bar->finish();
  }

  const fs::path partial = scratch.path() / "backup.tar";
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    files::TarWriter tar(out);
    if (auto ok = tar.add_bytes(kManifestMember, manifest_json(manifest)); !ok)
      return report_input_failure("backup", ok.error());
    auto written = tar.add_file(manifest.dump.name, *dump);
    if (!written) return report_input_failure("backup", written.error());
    if (*written != manifest.dump.sha256)
      return report_input_failure("backup", Error{ErrorKind::unavailable, "The database copy changed while it was written.", "file"});
    std::optional<ProgressBar> bar;
    if (!manifest.files.empty()) bar.emplace("Writing the uploaded files", manifest.files.size());
    for (std::size_t i = 0; i < manifest.files.size(); ++i) {
      auto sha = tar.add_file(manifest.files[i].name, sources[i]);
      if (!sha) return report_input_failure("backup", sha.error());
      if (*sha != manifest.files[i].sha256)
        return report_input_failure("backup", Error{ErrorKind::unavailable, "An uploaded file changed while it was copied.",
                                                    "file", sources[i].string()});
      bar->update(i + 1);
    }
    if (bar) bar->finish();
    if (auto ok = tar.finish(); !ok) return report_input_failure("backup", ok.error());
    out.close();
    if (!out)
      return report_input_failure("backup", Error{ErrorKind::unavailable, "The backup file cannot be written.", "file"});
  }
  if (auto ok = sync_file(partial); !ok) return report_input_failure("backup", ok.error());
  fs::rename(partial, file, ec);
  if (ec)
    return report_input_failure("backup", Error{ErrorKind::unavailable, "The backup file cannot be written.", "file",
                                                 ec.message()});
  (void)sync_file(file.parent_path());
  std::uint64_t file_bytes = 0;
  for (const auto& f : manifest.files) file_bytes += f.size;
  fmt::print("Backup written: {} ({} bytes) in {:.1f} s\n", file.string(), fs::file_size(file, ec),
             seconds_since(started));
  fmt::print("  {} database, schema version {}, {} bytes\n",
             url->dialect == storage::Dialect::sqlite ? "SQLite" : "PostgreSQL", manifest.schema_version,
             manifest.dump.size);
  fmt::print("  {} uploaded file(s), {} bytes\n", manifest.files.size(), file_bytes);
  return 0;
}

namespace {

// The backup unpacked into `staging`, every member checked against the manifest. Fails with
// kind invalid when anything is missing, extra, of another size or checksum, and with what
// `accept` says of the manifest before anything else is read.
Result<Manifest> unpack(const fs::path& file, const fs::path& staging,
                        const std::function<Status(const Manifest&)>& accept) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return fail(ErrorKind::not_found, "There is no backup file at this path.", "file", file.string());
  files::TarReader tar(in);
  auto first = tar.next();
  if (!first) return std::unexpected(first.error());
  if (!*first || (*first)->name != kManifestMember)
    return fail(ErrorKind::invalid, "The backup file is damaged or is not a backup of this program.", "file",
                "it does not start with manifest.json");
  auto text = tar.read(64u << 20);
  if (!text) return std::unexpected(text.error());
  auto manifest = read_manifest(*text);
  if (!manifest) return std::unexpected(manifest.error());
  if (auto ok = accept(*manifest); !ok) return std::unexpected(ok.error());
  std::map<std::string, const BackupMember*> expected{{manifest->dump.name, &manifest->dump}};
  for (const auto& f : manifest->files) expected[f.name] = &f;
  ProgressBar bar("Reading the backup", expected.size());
  std::size_t done = 0;
  while (true) {
    auto member = tar.next();
    if (!member) return std::unexpected(member.error());
    if (!*member) break;
    auto it = expected.find((*member)->name);
    if (it == expected.end() || (*member)->size != it->second->size)
      return fail(ErrorKind::invalid, "The backup file is damaged or is not a backup of this program.", "file",
                  "unexpected member " + (*member)->name.substr(0, 120));
    // Names were checked against the manifest's patterns: nothing lands outside `staging`.
    fs::path to = staging / (*member)->name;
    std::error_code ec;
    fs::create_directories(to.parent_path(), ec);
    auto sha = tar.extract(to);
    if (!sha) return std::unexpected(sha.error());
    if (*sha != it->second->sha256)
      return fail(ErrorKind::invalid, "The backup file is damaged: a checksum does not match.", "file",
                  (*member)->name);
    expected.erase(it);
    bar.update(++done);
  }
  bar.finish();
  if (!expected.empty())
    return fail(ErrorKind::invalid, "The backup file is damaged: members are missing.", "file",
                std::to_string(expected.size()) + " missing, e.g. " + expected.begin()->first);
  return manifest;
}

// Moves the unpacked files into the data directory; returns those it put there (a content
// already stored stays as it was). `undo` removes them again.
struct PlacedFiles {
  std::vector<fs::path> placed;
  void undo() {
    std::error_code ec;
    for (const auto& p : placed) fs::remove(p, ec);
    placed.clear();
  }
};

Status place_files(const Manifest& manifest, const fs::path& staging, const fs::path& data_dir, PlacedFiles& out) {
  for (const auto& f : manifest.files) {
    fs::path relative = fs::path(f.name).lexically_relative("files");
    fs::path to = data_dir / relative;
    std::error_code ec;
    if (fs::exists(to, ec)) continue;
    fs::create_directories(to.parent_path(), ec);
    fs::rename(staging / f.name, to, ec);
    if (ec) {
      out.undo();
      return fail(ErrorKind::unavailable, "The uploaded files cannot be put in place.", "data_dir", ec.message());
    }
    out.placed.push_back(to);
  }
  return {};
}

}  // namespace

int run_restore(const Config& config, const fs::path& file_argument) {
  const auto started = std::chrono::steady_clock::now();
  auto url = storage::parse_database_url(config.database_url);
  if (!url) return report_input_failure("restore", url.error());
  const fs::path file = fs::absolute(file_argument).lexically_normal();
  const fs::path migrations = config.resources_dir / "migrations";
  auto program_schema = storage::latest_migration_version(migrations, url->dialect);
  if (!program_schema) return report_input_failure("restore", program_schema.error());

  auto target = storage::inspect_installation(*url, migrations);
  if (!target) return report_input_failure("restore", target.error());
  if (auto empty = require_empty(*target, "restore"); !empty) return report_input_failure("restore", empty.error());

  std::error_code ec;
  fs::create_directories(config.data_dir, ec);
  ScratchFolder staging(config.data_dir, ".restore");
  if (!staging) return report_input_failure("restore", staging.error());
  // The kind of database and the versions are checked before the members are unpacked.
  auto manifest = unpack(file, staging.path(), [&](const Manifest& m) -> Status {
    if (m.database != url->dialect)
      return fail(ErrorKind::conflict,
                  m.database == storage::Dialect::sqlite
                      ? "The backup holds a SQLite database: restore it onto SQLite, then use copy-database."
                      : "The backup holds a PostgreSQL database: restore it onto PostgreSQL, then use copy-database.",
                  "database");
    if (m.schema_version > *program_schema)
      return fail(ErrorKind::conflict, "The backup was made by a newer version of this program.", "file",
                  fmt::format("backup schema {}, this program knows up to {}", m.schema_version, *program_schema));
    return {};
  });
  if (!manifest) return report_input_failure("restore", manifest.error());

  const fs::path dump = staging.path() / manifest->dump.name;
  const std::string audit_detail =
      fmt::format("from {} (made {} by version {}, schema {})", file.filename().string(), manifest->created_at,
                  manifest->program_version, manifest->schema_version);
  PlacedFiles placed;
  if (url->dialect == storage::Dialect::sqlite) {
    // Migrated and audited while still staged; then copied into the target in one transaction.
    auto staged = storage::parse_database_url("sqlite://" + dump.string());
    if (!staged) return report_input_failure("restore", staged.error());
    if (auto ok = migrate_and_audit(config, *staged, "database.restored", audit_detail); !ok)
      return report_input_failure("restore", ok.error());
    if (auto ok = place_files(*manifest, staging.path(), config.data_dir, placed); !ok)
      return report_input_failure("restore", ok.error());
    if (auto ok = storage::sqlite_replace(url->sqlite_path, dump); !ok) {
      placed.undo();
      return report_input_failure("restore", ok.error());
    }
  } else {
    auto major = storage::postgres_server_major(*url);
    if (!major) return report_input_failure("restore", major.error());
    auto tool = storage::find_postgres_tool("pg_restore", *major);
    if (!tool) return report_input_failure("restore", tool.error());
    // A new installation's schema (no data of its own, checked above) makes way for the dump's.
    if (target->schema_version > 0)
      if (auto ok = drop_schema(*url); !ok) return report_input_failure("restore", ok.error());
    if (auto ok = place_files(*manifest, staging.path(), config.data_dir, placed); !ok)
      return report_input_failure("restore", ok.error());
    fmt::print(stderr, "Restoring the database with {} {}\n", tool->program.string(), tool->version);
    if (auto ok = storage::pg_restore_from(*tool, config.database_url, dump); !ok) {
      placed.undo();
      return report_input_failure("restore", ok.error());
    }
    if (auto ok = migrate_and_audit(config, *url, "database.restored", audit_detail); !ok)
      return report_input_failure("restore", ok.error());
  }
  fmt::print("Restored {} into {} in {:.1f} s\n", file.string(), url->redacted, seconds_since(started));
  fmt::print("  schema version {}{}, {} uploaded file(s) ({} new in {})\n", manifest->schema_version,
             manifest->schema_version < *program_schema ? fmt::format(", migrated to {}", *program_schema) : "",
             manifest->files.size(), placed.placed.size(), config.data_dir.string());
  return 0;
}

}  // namespace cps::app
