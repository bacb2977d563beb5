#include "storage/database_copy.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "files/tar_archive.hpp"
#include "storage/table_copy/connection.hpp"

namespace cps::storage {

namespace fs = std::filesystem;
using table_copy::Connection;
using table_copy::Table;

Result<std::set<std::string>> tables_filled_by_migrations(const fs::path& root, Dialect dialect) {
  static const std::regex insert(R"(INSERT\s+INTO\s+"?([A-Za-z_][A-Za-z0-9_]*))", std::regex::icase);
  std::set<std::string> out{"schema_migrations"};
  std::error_code ec;
  for (const char* folder : {"common", dialect == Dialect::sqlite ? "sqlite" : "postgres"}) {
    if (!fs::is_directory(root / folder, ec)) continue;
    for (const auto& entry : fs::directory_iterator(root / folder)) {
      if (entry.path().extension() != ".sql") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      std::string sql = text.str();
      for (std::sregex_iterator m(sql.begin(), sql.end(), insert), end; m != end; ++m) out.insert((*m)[1].str());
    }
  }
  return out;
}

Result<int> latest_migration_version(const fs::path& root, Dialect dialect) {
  static const std::regex name(R"(^(\d{4})_[a-z0-9_]+\.sql$)");
  int latest = 0;
  std::error_code ec;
  for (const char* folder : {"common", dialect == Dialect::sqlite ? "sqlite" : "postgres"}) {
    if (!fs::is_directory(root / folder, ec)) continue;
    for (const auto& entry : fs::directory_iterator(root / folder)) {
      std::smatch m;
      std::string file = entry.path().filename().string();
      if (std::regex_match(file, m, name)) latest = std::max(latest, std::stoi(m[1].str()));
    }
  }
  if (latest == 0) return fail(ErrorKind::internal, "The migrations folder is missing.", {}, root.string());
  return latest;
}

Result<InstallationState> inspect_installation(const DatabaseUrl& url, const fs::path& migrations_root) {
  InstallationState state;
  std::error_code ec;
  if (url.dialect == Dialect::sqlite && !fs::exists(url.sqlite_path, ec)) return state;
  state.exists = true;
  auto filled = tables_filled_by_migrations(migrations_root, url.dialect);
  if (!filled) return std::unexpected(filled.error());
  auto db = Connection::open(url, Connection::Missing::refuse);
  if (!db) return std::unexpected(db.error());
  auto tables = (*db)->tables();
  if (!tables) return std::unexpected(tables.error());
  // One snapshot for every count (and PostgreSQL's cursors need a transaction); never committed.
  if (auto ok = (*db)->begin_reading(); !ok) return std::unexpected(ok.error());
  for (const auto& table : *tables) {
    if (table.name == "schema_migrations") {
      auto rows = (*db)->rows(table);
      if (!rows) return std::unexpected(rows.error());
      std::size_t version = 0;
      for (std::size_t i = 0; i < table.columns.size(); ++i)
        if (table.columns[i].name == "version") version = i;
      while (true) {
        auto row = (*rows)->next();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        if (!(**row)[version].null) state.schema_version = std::max(state.schema_version, std::stoi((**row)[version].text));
      }
      continue;
    }
    if (filled->contains(table.name) || !state.table_with_data.empty()) continue;
    auto count = (*db)->count(table);
    if (!count) return std::unexpected(count.error());
    if (*count > 0) {
      state.table_with_data = table.name;
      state.rows = *count;
    }
  }
  (void)(*db)->execute("ROLLBACK");
  return state;
}

namespace {

std::unexpected<Error> schemas_differ(std::string detail) {
  return fail(ErrorKind::conflict, "The two databases' schemas differ; migrate both to this program's version first.",
              "database", std::move(detail));
}

// Tables ordered so that each comes after those its foreign keys point at.
Result<std::vector<const Table*>> in_dependency_order(const std::vector<Table>& tables) {
  std::map<std::string, const Table*> by_name;
  for (const auto& t : tables) by_name[t.name] = &t;
  std::vector<const Table*> out;
  std::set<std::string> placed;
  while (out.size() < tables.size()) {
    bool progress = false;
    for (const auto& [name, table] : by_name) {
      if (placed.contains(name)) continue;
      bool ready = std::all_of(table->references.begin(), table->references.end(), [&](const std::string& r) {
        return placed.contains(r) || !by_name.contains(r);
      });
      if (!ready) continue;
      out.push_back(table);
      placed.insert(name);
      progress = true;
    }
    if (!progress) return fail(ErrorKind::internal, "The tables' foreign keys form a cycle.", "database");
  }
  return out;
}

// The source's table with the target's columns in the target's order, when both have the
// same columns of the same kinds.
Result<Table> matching(const Table& target, const std::vector<Table>& source_tables) {
  auto found = std::find_if(source_tables.begin(), source_tables.end(),
                            [&](const Table& t) { return t.name == target.name; });
  if (found == source_tables.end()) return schemas_differ("table " + target.name + " is only in the target");
  if (found->columns.size() != target.columns.size())
    return schemas_differ("table " + target.name + " has other columns in the source");
  Table out = target;
  for (const auto& column : target.columns) {
    auto same = std::find_if(found->columns.begin(), found->columns.end(),
                             [&](const auto& c) { return c.name == column.name; });
    if (same == found->columns.end() || same->type != column.type)
      return schemas_differ("column " + target.name + "." + column.name);
  }
  return out;
}

std::string describe_row(const Table& table, const table_copy::Row& row) {
  std::string key;
  for (auto position : table.key) {
    key += (key.empty() ? "" : ", ") + table.columns[position].name + "=" +
           (row[position].null ? "NULL" : row[position].text.substr(0, 80));
    if (key.size() > 200) break;
  }
  return key;
}

// Reads both tables in key order side by side: the same number of rows, each the same.
Result<std::string> compare(Connection& source, Connection& target, const Table& table, const Table& source_table,
                            std::int64_t expected) {
  auto left = source.rows(source_table);
  if (!left) return std::unexpected(left.error());
  auto right = target.rows(table);
  if (!right) return std::unexpected(right.error());
  files::Sha256 hash;
  std::string a, b;
  std::int64_t n = 0;
  while (true) {
    auto x = (*left)->next();
    if (!x) return std::unexpected(x.error());
    auto y = (*right)->next();
    if (!y) return std::unexpected(y.error());
    if (!*x || !*y) {
      if (*x || *y || n != expected)
        return fail(ErrorKind::internal, "The copy does not match its source; nothing was kept.", "database",
                    table.name + ": " + std::to_string(n) + " rows compared, " + std::to_string(expected) + " copied");
      break;
    }
    a.clear();
    b.clear();
    table_copy::append_canonical(a, **x);
    table_copy::append_canonical(b, **y);
    if (a != b)
      return fail(ErrorKind::internal, "The copy does not match its source; nothing was kept.", "database",
                  table.name + ": the row " + describe_row(table, **x) + " differs");
    hash.update(a);
    ++n;
  }
  return hash.hex();
}

}  // namespace

Result<std::vector<TableCopied>> copy_database(const DatabaseUrl& from, const DatabaseUrl& to,
                                               const CopyProgress& progress, const std::optional<ExtraRow>& extra) {
  auto source = Connection::open(from, Connection::Missing::refuse);
  if (!source) return std::unexpected(source.error());
  auto target = Connection::open(to, Connection::Missing::refuse);
  if (!target) return std::unexpected(target.error());
  auto source_tables = (*source)->tables();
  if (!source_tables) return std::unexpected(source_tables.error());
  auto target_tables = (*target)->tables();
  if (!target_tables) return std::unexpected(target_tables.error());
  for (const auto& t : *source_tables)
    if (std::none_of(target_tables->begin(), target_tables->end(), [&](const Table& u) { return u.name == t.name; }))
      return schemas_differ("table " + t.name + " is only in the source");
  std::vector<Table> sources;
  for (const auto& t : *target_tables) {
    auto m = matching(t, *source_tables);
    if (!m) return std::unexpected(m.error());
    sources.push_back(std::move(*m));
  }
  auto order = in_dependency_order(*target_tables);
  if (!order) return std::unexpected(order.error());
  auto source_of = [&](const Table& t) -> const Table& {
    return sources[std::size_t(&t - target_tables->data())];
  };

  if (auto ok = (*source)->begin_reading(); !ok) return std::unexpected(ok.error());
  if (auto ok = (*target)->begin_writing(); !ok) return std::unexpected(ok.error());
  auto copy = [&]() -> Result<std::vector<TableCopied>> {
    // What migrations put into the new schema makes way for the source's own rows.
    for (auto it = order->rbegin(); it != order->rend(); ++it)
      if (auto ok = (*target)->execute("DELETE FROM " + table_copy::quote_name((*it)->name)); !ok)
        return std::unexpected(ok.error());
    std::vector<TableCopied> report;
    for (const Table* table : *order) {
      auto total = (*source)->count(source_of(*table));
      if (!total) return std::unexpected(total.error());
      auto rows = (*source)->rows(source_of(*table));
      if (!rows) return std::unexpected(rows.error());
      auto writer = (*target)->writer(*table);
      if (!writer) return std::unexpected(writer.error());
      std::int64_t n = 0;
      while (true) {
        auto row = (*rows)->next();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        if (auto ok = (*writer)->add(**row); !ok) {
          Error e = ok.error();
          e.detail = table->name + ", row " + describe_row(*table, **row) + ": " + e.detail;
          return std::unexpected(e);
        }
        if (++n % 10000 == 0 && progress.copied) progress.copied(table->name, n, *total);
      }
      if (auto ok = (*writer)->finish(); !ok) return std::unexpected(ok.error());
      if (progress.copied) progress.copied(table->name, n, *total);
      if (auto ok = (*target)->follow_counters(*table); !ok) return std::unexpected(ok.error());
      report.push_back({table->name, n, {}});
    }
    for (auto& entry : report) {
      const Table& table = **std::find_if(order->begin(), order->end(),
                                          [&](const Table* t) { return t->name == entry.table; });
      auto checksum = compare(**source, **target, table, source_of(table), entry.rows);
      if (!checksum) return std::unexpected(checksum.error());
      entry.checksum = *checksum;
      if (progress.verified) progress.verified(entry.table, entry.rows);
    }
    if (extra) {
      auto table = std::find_if(target_tables->begin(), target_tables->end(),
                                [&](const Table& t) { return t.name == extra->table; });
      if (table == target_tables->end()) return schemas_differ("no table " + extra->table);
      Table some = *table;
      some.columns.clear();
      table_copy::Row row;
      for (const auto& [column, value] : extra->values) {
        auto c = std::find_if(table->columns.begin(), table->columns.end(),
                              [&](const auto& col) { return col.name == column; });
        if (c == table->columns.end()) return schemas_differ("no column " + extra->table + "." + column);
        some.columns.push_back(*c);
        row.push_back({!value.has_value(), value.value_or("")});
      }
      auto writer = (*target)->writer(some);
      if (!writer) return std::unexpected(writer.error());
      if (auto ok = (*writer)->add(row); !ok) return std::unexpected(ok.error());
      if (auto ok = (*writer)->finish(); !ok) return std::unexpected(ok.error());
    }
    return report;
  };
  auto report = copy();
  if (!report) {
    (void)(*target)->execute("ROLLBACK");
    (void)(*source)->execute("ROLLBACK");
    return report;
  }
  if (auto ok = (*target)->execute("COMMIT"); !ok) {
    (void)(*source)->execute("ROLLBACK");
    Error e = ok.error();
    e.message = "The copy could not be committed; the target keeps nothing of it.";
    return std::unexpected(e);
  }
  (void)(*source)->execute("ROLLBACK");
  return report;
}

}  // namespace cps::storage
