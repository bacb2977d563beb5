// The SQLite side of table_copy::Connection, on the C API.
#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>

#include "storage/table_copy/connection.hpp"
#include "storage/table_copy/connections.hpp"

namespace cps::storage::table_copy {

namespace {

std::unexpected<Error> failed(sqlite3* db, const std::string& what) {
  return fail(ErrorKind::unavailable, "The SQLite database cannot be read or written.", "database",
              what + ": " + sqlite3_errmsg(db));
}

struct Statement {
  sqlite3_stmt* s = nullptr;
  ~Statement() { sqlite3_finalize(s); }
};

ColumnType type_of(std::string declared) {
  for (auto& c : declared) c = char(std::toupper(static_cast<unsigned char>(c)));
  // SQLite's own affinity rules, in their order.
  if (declared.find("INT") != std::string::npos) return ColumnType::integer;
  if (declared.find("CHAR") != std::string::npos || declared.find("CLOB") != std::string::npos ||
      declared.find("TEXT") != std::string::npos)
    return ColumnType::text;
  if (declared.find("REAL") != std::string::npos || declared.find("FLOA") != std::string::npos ||
      declared.find("DOUB") != std::string::npos)
    return ColumnType::real;
  return ColumnType::text;
}

std::string text_of(sqlite3_stmt* s, int i) {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
  return p ? std::string(p, std::size_t(sqlite3_column_bytes(s, i))) : std::string();
}

class SqliteCursor : public RowCursor {
 public:
  SqliteCursor(sqlite3* db, const Table& table) : db_(db), table_(table) {}
  Status prepare() {
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < table_.columns.size(); ++i)
      sql += (i ? ", " : "") + quote_name(table_.columns[i].name);
    sql += " FROM " + quote_name(table_.name) + " ORDER BY ";
    for (std::size_t i = 0; i < table_.key.size(); ++i)
      sql += (i ? ", " : "") + quote_name(table_.columns[table_.key[i]].name);
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement_.s, nullptr) != SQLITE_OK) return failed(db_, sql);
    row_.resize(table_.columns.size());
    return {};
  }
  Result<const Row*> next() override {
    int rc = sqlite3_step(statement_.s);
    if (rc == SQLITE_DONE) return nullptr;
    if (rc != SQLITE_ROW) return failed(db_, "reading " + table_.name);
    for (std::size_t i = 0; i < row_.size(); ++i) {
      int c = int(i);
      int stored = sqlite3_column_type(statement_.s, c);
      Cell& cell = row_[i];
      cell.null = stored == SQLITE_NULL;
      if (cell.null) {
        cell.text.clear();
        continue;
      }
      switch (table_.columns[i].type) {
        case ColumnType::integer:
          cell.text = stored == SQLITE_INTEGER ? std::to_string(sqlite3_column_int64(statement_.s, c))
                                               : text_of(statement_.s, c);
          break;
        case ColumnType::real:
          cell.text = stored == SQLITE_INTEGER || stored == SQLITE_FLOAT
                          ? fmt::format("{}", sqlite3_column_double(statement_.s, c))
                          : text_of(statement_.s, c);
          break;
        case ColumnType::text:
          cell.text = text_of(statement_.s, c);
          break;
      }
    }
    return &row_;
  }

 private:
  sqlite3* db_;
  const Table& table_;
  Statement statement_;
  Row row_;
};

class SqliteWriter : public RowWriter {
 public:
  SqliteWriter(sqlite3* db, const Table& table) : db_(db), table_(table) {}
  Status prepare() {
    std::string sql = "INSERT INTO " + quote_name(table_.name) + " (";
    std::string values;
    for (std::size_t i = 0; i < table_.columns.size(); ++i) {
      sql += (i ? ", " : "") + quote_name(table_.columns[i].name);
      values += i ? ", ?" : "?";
    }
    sql += ") VALUES (" + values + ")";
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement_.s, nullptr) != SQLITE_OK) return failed(db_, sql);
    return {};
  }
  Status add(const Row& row) override {
    sqlite3_reset(statement_.s);
    for (std::size_t i = 0; i < row.size(); ++i) {
      int p = int(i) + 1;
      const Cell& cell = row[i];
      int rc = SQLITE_OK;
      if (cell.null) {
        rc = sqlite3_bind_null(statement_.s, p);
      } else if (table_.columns[i].type == ColumnType::integer) {
        std::size_t used = 0;
        long long v = 0;
        try {
          v = std::stoll(cell.text, &used);
        } catch (const std::exception&) {
          used = 0;
        }
        if (used != cell.text.size() || cell.text.empty())
          return fail(ErrorKind::unprocessable, "A value does not fit its column.", "database",
                      table_.name + "." + table_.columns[i].name + ": " + cell.text);
        rc = sqlite3_bind_int64(statement_.s, p, v);
      } else if (table_.columns[i].type == ColumnType::real) {
        rc = sqlite3_bind_double(statement_.s, p, std::strtod(cell.text.c_str(), nullptr));
      } else {
        rc = sqlite3_bind_text(statement_.s, p, cell.text.data(), int(cell.text.size()), SQLITE_TRANSIENT);
      }
      if (rc != SQLITE_OK) return failed(db_, "writing " + table_.name);
    }
    if (sqlite3_step(statement_.s) != SQLITE_DONE) return failed(db_, "writing " + table_.name);
    return {};
  }
  Status finish() override { return {}; }

 private:
  sqlite3* db_;
  const Table& table_;
  Statement statement_;
};

class SqliteConnection : public Connection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  ~SqliteConnection() override { sqlite3_close_v2(db_); }
  Dialect dialect() const override { return Dialect::sqlite; }

  Result<std::vector<Table>> tables() override {
    std::vector<Table> out;
    {
      Statement names;
      const char* sql =
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
          "ORDER BY name";
      if (sqlite3_prepare_v2(db_, sql, -1, &names.s, nullptr) != SQLITE_OK) return failed(db_, sql);
      while (sqlite3_step(names.s) == SQLITE_ROW) {
        Table table;
        table.name = text_of(names.s, 0);
        out.push_back(std::move(table));
      }
    }
    for (auto& table : out) {
      // table_xinfo also lists generated columns (hidden 2 or 3), which are left out.
      Statement columns;
      std::string sql = "PRAGMA table_xinfo(" + quote_name(table.name) + ")";
      if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &columns.s, nullptr) != SQLITE_OK) return failed(db_, sql);
      std::vector<std::pair<int, std::size_t>> key;
      while (sqlite3_step(columns.s) == SQLITE_ROW) {
        if (sqlite3_column_int(columns.s, 6) != 0) continue;
        int pk = sqlite3_column_int(columns.s, 5);
        if (pk > 0) key.emplace_back(pk, table.columns.size());
        table.columns.push_back({text_of(columns.s, 1), type_of(text_of(columns.s, 2))});
      }
      std::sort(key.begin(), key.end());
      for (auto& [order, position] : key) table.key.push_back(position);
      if (table.key.empty())
        for (std::size_t i = 0; i < table.columns.size(); ++i) table.key.push_back(i);
      Statement keys;
      sql = "PRAGMA foreign_key_list(" + quote_name(table.name) + ")";
      if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &keys.s, nullptr) != SQLITE_OK) return failed(db_, sql);
      while (sqlite3_step(keys.s) == SQLITE_ROW) {
        std::string target = text_of(keys.s, 2);
        if (target != table.name &&
            std::find(table.references.begin(), table.references.end(), target) == table.references.end())
          table.references.push_back(target);
      }
    }
    return out;
  }

  Status execute(const std::string& sql) override {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      std::string text = message ? message : "";
      sqlite3_free(message);
      return fail(ErrorKind::unavailable, "The SQLite database cannot be read or written.", "database",
                  sql + ": " + text);
    }
    return {};
  }

  Result<std::int64_t> count(const Table& table) override {
    Statement s;
    std::string sql = "SELECT count(*) FROM " + quote_name(table.name);
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &s.s, nullptr) != SQLITE_OK || sqlite3_step(s.s) != SQLITE_ROW)
      return failed(db_, sql);
    return sqlite3_column_int64(s.s, 0);
  }

  Result<std::unique_ptr<RowCursor>> rows(const Table& table) override {
    auto cursor = std::make_unique<SqliteCursor>(db_, table);
    if (auto ok = cursor->prepare(); !ok) return std::unexpected(ok.error());
    return cursor;
  }

  Result<std::unique_ptr<RowWriter>> writer(const Table& table) override {
    auto writer = std::make_unique<SqliteWriter>(db_, table);
    if (auto ok = writer->prepare(); !ok) return std::unexpected(ok.error());
    return writer;
  }

  Status follow_counters(const Table&) override { return {}; }

  Status begin_reading() override {
    // A deferred transaction's first read fixes the snapshot (WAL) for every later one.
    if (auto ok = execute("BEGIN"); !ok) return ok;
    return execute("SELECT count(*) FROM sqlite_master");
  }
  Status begin_writing() override {
    if (auto ok = execute("PRAGMA foreign_keys = ON"); !ok) return ok;
    if (auto ok = execute("BEGIN IMMEDIATE"); !ok) return ok;
    // A row may point at one of its own table that comes later in key order.
    return execute("PRAGMA defer_foreign_keys = ON");
  }

 private:
  sqlite3* db_;
};

}  // namespace

Result<std::unique_ptr<Connection>> open_sqlite(const DatabaseUrl& url, Missing missing) {
  std::error_code ec;
  if (missing == Missing::refuse && !std::filesystem::is_regular_file(url.sqlite_path, ec))
    return fail(ErrorKind::not_found, "There is no SQLite database at this path.", "database", url.redacted);
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | (missing == Missing::create ? SQLITE_OPEN_CREATE : 0);
  int rc = sqlite3_open_v2(url.sqlite_path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close_v2(db);
    return fail(ErrorKind::unavailable, "The database cannot be reached.", "database", message);
  }
  sqlite3_busy_timeout(db, 5000);
  return std::make_unique<SqliteConnection>(db);
}

}  // namespace cps::storage::table_copy
