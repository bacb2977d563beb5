#include "app/backup_archive.hpp"

#include <boost/json.hpp>

#include <regex>

namespace cps::app {

namespace json = boost::json;

const std::vector<std::string>& content_folders() {
  static const std::vector<std::string> folders{"attachments", "monitoring-files"};
  return folders;
}

std::string database_member(storage::Dialect dialect) {
  return dialect == storage::Dialect::sqlite ? "database.sqlite" : "database.pgdump";
}

namespace {

json::object member_json(const BackupMember& m) {
  return {{"name", m.name}, {"size", m.size}, {"sha256", m.sha256}};
}

std::unexpected<Error> bad_manifest(std::string detail) {
  return fail(ErrorKind::invalid, "The backup file is damaged or is not a backup of this program.", "file",
              "manifest.json: " + std::move(detail));
}

Result<BackupMember> read_member(const json::value& v) {
  static const std::regex digest("^[0-9a-f]{64}$");
  const auto* o = v.if_object();
  if (!o) return bad_manifest("an entry is not an object");
  const auto* name = o->if_contains("name");
  const auto* size = o->if_contains("size");
  const auto* sha = o->if_contains("sha256");
  if (!name || !name->is_string() || !size || !(size->is_uint64() || size->is_int64()) || !sha || !sha->is_string())
    return bad_manifest("an entry lacks its name, size or sha256");
  BackupMember m{std::string(name->get_string()),
                 size->is_uint64() ? size->get_uint64() : std::uint64_t(std::max<std::int64_t>(0, size->get_int64())),
                 std::string(sha->get_string())};
  if (!std::regex_match(m.sha256, digest)) return bad_manifest("a checksum is not a SHA-256");
  return m;
}

}  // namespace

std::string manifest_json(const Manifest& m) {
  json::array files;
  for (const auto& f : m.files) files.push_back(member_json(f));
  json::object o{{"format", "clusterpolisee-backup"},
                 {"format_version", m.format_version},
                 {"program_version", m.program_version},
                 {"schema_version", m.schema_version},
                 {"database", m.database == storage::Dialect::sqlite ? "sqlite" : "postgresql"},
                 {"created_at", m.created_at},
                 {"database_dump", member_json(m.dump)},
                 {"files", std::move(files)}};
  if (!m.server_version.empty()) o["postgresql_server_version"] = m.server_version;
  return json::serialize(o) + "\n";
}

Result<Manifest> read_manifest(std::string_view text) {
  json::error_code ec;
  auto v = json::parse(text, ec);
  if (ec || !v.is_object()) return bad_manifest("not a JSON object");
  const auto& o = v.get_object();
  const auto* format = o.if_contains("format");
  if (!format || !format->is_string() || format->get_string() != "clusterpolisee-backup")
    return bad_manifest("not a ClusterPoliSEE backup");
  Manifest m;
  const auto* version = o.if_contains("format_version");
  if (!version || !version->is_int64()) return bad_manifest("no format_version");
  m.format_version = int(version->get_int64());
  if (m.format_version > kBackupFormatVersion)
    return fail(ErrorKind::conflict, "The backup was made by a newer version of this program.", "file",
                "backup format " + std::to_string(m.format_version) + ", this program reads up to " +
                    std::to_string(kBackupFormatVersion));
  const auto* schema = o.if_contains("schema_version");
  if (!schema || !schema->is_int64() || schema->get_int64() < 1) return bad_manifest("no schema_version");
  m.schema_version = int(schema->get_int64());
  const auto* database = o.if_contains("database");
  if (!database || !database->is_string() ||
      (database->get_string() != "sqlite" && database->get_string() != "postgresql"))
    return bad_manifest("no database kind");
  m.database = database->get_string() == "sqlite" ? storage::Dialect::sqlite : storage::Dialect::postgresql;
  if (const auto* p = o.if_contains("program_version"); p && p->is_string()) m.program_version = p->get_string();
  if (const auto* c = o.if_contains("created_at"); c && c->is_string()) m.created_at = c->get_string();
  if (const auto* s = o.if_contains("postgresql_server_version"); s && s->is_string())
    m.server_version = s->get_string();
  const auto* dump = o.if_contains("database_dump");
  if (!dump) return bad_manifest("no database_dump");
  auto d = read_member(*dump);
  if (!d) return std::unexpected(d.error());
  if (d->name != database_member(m.database)) return bad_manifest("the database member has another name");
  m.dump = *d;
  const auto* files = o.if_contains("files");
  if (!files || !files->is_array()) return bad_manifest("no list of files");
  std::string folders;
  for (const auto& f : content_folders()) folders += (folders.empty() ? "" : "|") + f;
  const std::regex file_name("^files/(" + folders + ")/([0-9a-f]{2})/([0-9a-f]{64})$");
  for (const auto& entry : files->get_array()) {
    auto f = read_member(entry);
    if (!f) return std::unexpected(f.error());
    std::smatch match;
    if (!std::regex_match(f->name, match, file_name) || match[2].str() != match[3].str().substr(0, 2))
      return bad_manifest("a file has a name no backup gives: " + f->name.substr(0, 120));
    m.files.push_back(*f);
  }
  return m;
}

}  // namespace cps::app
