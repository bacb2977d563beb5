// The PostgreSQL side of table_copy::Connection, on libpq: rows read through a cursor in
// batches, written through COPY.
#include <fmt/format.h>
#include <libpq-fe.h>

#include <algorithm>
#include <cstdlib>

#include "storage/table_copy/connection.hpp"
#include "storage/table_copy/connections.hpp"

namespace cps::storage::table_copy {

namespace {

struct Answer {
  PGresult* r = nullptr;
  explicit Answer(PGresult* result) : r(result) {}
  Answer(Answer&& o) noexcept : r(o.r) { o.r = nullptr; }
  Answer& operator=(Answer&& o) noexcept {
    std::swap(r, o.r);
    return *this;
  }
  ~Answer() { PQclear(r); }
};

std::unexpected<Error> failed(PGconn* conn, const std::string& what) {
  return fail(ErrorKind::unavailable, "The PostgreSQL database cannot be read or written.", "database",
              what + ": " + PQerrorMessage(conn));
}

Result<Answer> query(PGconn* conn, const std::string& sql, const std::vector<std::string>& params = {}) {
  std::vector<const char*> values;
  for (const auto& p : params) values.push_back(p.c_str());
  Answer a(PQexecParams(conn, sql.c_str(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0));
  auto status = PQresultStatus(a.r);
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) return failed(conn, sql);
  return a;
}

ColumnType type_of(const std::string& type) {
  if (type == "int2" || type == "int4" || type == "int8") return ColumnType::integer;
  if (type == "float4" || type == "float8" || type == "numeric") return ColumnType::real;
  return ColumnType::text;
}

std::string value(const Answer& a, int row, int column) {
  return std::string(PQgetvalue(a.r, row, column), std::size_t(PQgetlength(a.r, row, column)));
}

class PostgresCursor : public RowCursor {
 public:
  PostgresCursor(PGconn* conn, const Table& table, std::string name)
      : conn_(conn), table_(table), name_(std::move(name)) {}
  ~PostgresCursor() override {
    if (open_) PQclear(PQexec(conn_, ("CLOSE " + name_).c_str()));
  }
  Status declare() {
    std::string sql = "DECLARE " + name_ + " NO SCROLL CURSOR FOR SELECT ";
    for (std::size_t i = 0; i < table_.columns.size(); ++i)
      sql += (i ? ", " : "") + quote_name(table_.columns[i].name);
    sql += " FROM " + quote_name(table_.name) + " ORDER BY ";
    // Byte order for text, as SQLite's BINARY collation compares it.
    for (std::size_t i = 0; i < table_.key.size(); ++i) {
      const Column& c = table_.columns[table_.key[i]];
      sql += (i ? ", " : "") + quote_name(c.name) + (c.type == ColumnType::text ? " COLLATE \"C\"" : "");
    }
    auto done = query(conn_, sql);
    if (!done) return std::unexpected(done.error());
    open_ = true;
    row_.resize(table_.columns.size());
    return {};
  }
  Result<const Row*> next() override {
    if (position_ >= rows_) {
      if (finished_) return nullptr;
      auto batch = query(conn_, "FETCH 2000 FROM " + name_);
      if (!batch) return std::unexpected(batch.error());
      batch_ = std::move(*batch);
      rows_ = PQntuples(batch_.r);
      position_ = 0;
      if (rows_ == 0) {
        finished_ = true;
        return nullptr;
      }
    }
    for (std::size_t i = 0; i < row_.size(); ++i) {
      int c = int(i);
      Cell& cell = row_[i];
      cell.null = PQgetisnull(batch_.r, position_, c);
      if (cell.null) {
        cell.text.clear();
      } else if (table_.columns[i].type == ColumnType::real) {
        cell.text = fmt::format("{}", std::strtod(PQgetvalue(batch_.r, position_, c), nullptr));
      } else {
        cell.text = value(batch_, position_, c);
      }
    }
    ++position_;
    return &row_;
  }

 private:
  PGconn* conn_;
  const Table& table_;
  std::string name_;
  bool open_ = false, finished_ = false;
  Answer batch_{nullptr};
  int rows_ = 0, position_ = 0;
  Row row_;
};

class PostgresWriter : public RowWriter {
 public:
  PostgresWriter(PGconn* conn, const Table& table) : conn_(conn), table_(table) {}
  Status start() {
    std::string sql = "COPY " + quote_name(table_.name) + " (";
    for (std::size_t i = 0; i < table_.columns.size(); ++i)
      sql += (i ? ", " : "") + quote_name(table_.columns[i].name);
    sql += ") FROM STDIN";
    Answer a(PQexec(conn_, sql.c_str()));
    if (PQresultStatus(a.r) != PGRES_COPY_IN) return failed(conn_, sql);
    return {};
  }
  Status add(const Row& row) override {
    append_canonical(buffer_, row);
    if (buffer_.size() >= (1u << 18)) return flush();
    return {};
  }
  Status finish() override {
    if (auto ok = flush(); !ok) return ok;
    if (PQputCopyEnd(conn_, nullptr) != 1) return failed(conn_, "COPY " + table_.name);
    bool good = true;
    std::string message;
    while (PGresult* r = PQgetResult(conn_)) {
      if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        good = false;
        message = PQresultErrorMessage(r);
      }
      PQclear(r);
    }
    if (!good)
      return fail(ErrorKind::unavailable, "The PostgreSQL database cannot be read or written.", "database",
                  "COPY " + table_.name + ": " + message);
    return {};
  }

 private:
  Status flush() {
    if (!buffer_.empty() && PQputCopyData(conn_, buffer_.data(), int(buffer_.size())) != 1)
      return failed(conn_, "COPY " + table_.name);
    buffer_.clear();
    return {};
  }
  PGconn* conn_;
  const Table& table_;
  std::string buffer_;
};

class PostgresConnection : public Connection {
 public:
  explicit PostgresConnection(PGconn* conn) : conn_(conn) {}
  ~PostgresConnection() override { PQfinish(conn_); }
  Dialect dialect() const override { return Dialect::postgresql; }

  Result<std::vector<Table>> tables() override {
    auto names = query(conn_,
                       "SELECT c.oid::text, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname");
    if (!names) return std::unexpected(names.error());
    std::vector<Table> out;
    for (int i = 0; i < PQntuples(names->r); ++i) {
      std::string oid = value(*names, i, 0);
      Table table;
      table.name = value(*names, i, 1);
      auto columns = query(conn_,
                           "SELECT a.attname, t.typname, a.attgenerated <> '', "
                           "a.attidentity <> '' OR COALESCE(pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%', false) "
                           "FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
                           "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                           "WHERE a.attrelid = $1::oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
                           {oid});
      if (!columns) return std::unexpected(columns.error());
      for (int c = 0; c < PQntuples(columns->r); ++c) {
        if (value(*columns, c, 2) == "t") continue;
        table.columns.push_back({value(*columns, c, 0), type_of(value(*columns, c, 1))});
        if (value(*columns, c, 3) == "t") table.counters.push_back(value(*columns, c, 0));
      }
      auto key = query(conn_,
                       "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                       "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = $1::oid AND i.indisprimary "
                       "ORDER BY array_position(i.indkey::int2[], a.attnum)",
                       {oid});
      if (!key) return std::unexpected(key.error());
      for (int k = 0; k < PQntuples(key->r); ++k) {
        std::string name = value(*key, k, 0);
        for (std::size_t c = 0; c < table.columns.size(); ++c)
          if (table.columns[c].name == name) table.key.push_back(c);
      }
      if (table.key.empty())
        for (std::size_t c = 0; c < table.columns.size(); ++c) table.key.push_back(c);
      auto references = query(conn_,
                              "SELECT DISTINCT f.relname FROM pg_constraint co JOIN pg_class f ON f.oid = co.confrelid "
                              "WHERE co.conrelid = $1::oid AND co.contype = 'f' ORDER BY 1",
                              {oid});
      if (!references) return std::unexpected(references.error());
      for (int r = 0; r < PQntuples(references->r); ++r)
        if (value(*references, r, 0) != table.name) table.references.push_back(value(*references, r, 0));
      out.push_back(std::move(table));
    }
    return out;
  }

  Status execute(const std::string& sql) override {
    auto done = query(conn_, sql);
    if (!done) return std::unexpected(done.error());
    return {};
  }

  Result<std::int64_t> count(const Table& table) override {
    auto a = query(conn_, "SELECT count(*) FROM " + quote_name(table.name));
    if (!a) return std::unexpected(a.error());
    return std::stoll(value(*a, 0, 0));
  }

  Result<std::unique_ptr<RowCursor>> rows(const Table& table) override {
    auto cursor = std::make_unique<PostgresCursor>(conn_, table, "cps_rows_" + std::to_string(++cursors_));
    if (auto ok = cursor->declare(); !ok) return std::unexpected(ok.error());
    return cursor;
  }

  Result<std::unique_ptr<RowWriter>> writer(const Table& table) override {
    auto writer = std::make_unique<PostgresWriter>(conn_, table);
    if (auto ok = writer->start(); !ok) return std::unexpected(ok.error());
    return writer;
  }

  Status follow_counters(const Table& table) override {
    for (const auto& column : table.counters) {
      // pg_get_serial_sequence reads its first argument as SQL (quoted), the second literally.
      auto done = query(conn_,
                        "SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(MAX(" + quote_name(column) +
                            "), 0) + 1, false) FROM " + quote_name(table.name),
                        {quote_name(table.name), column});
      if (!done) return std::unexpected(done.error());
    }
    return {};
  }

  Status begin_reading() override { return execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); }
  Status begin_writing() override { return execute("BEGIN"); }

 private:
  PGconn* conn_;
  int cursors_ = 0;
};

}  // namespace

Result<std::unique_ptr<Connection>> open_postgres(const DatabaseUrl& url) {
  PGconn* conn = PQconnectdb(url.connect.c_str());
  if (!conn || PQstatus(conn) != CONNECTION_OK) {
    std::string message = conn ? PQerrorMessage(conn) : "out of memory";
    PQfinish(conn);
    return fail(ErrorKind::unavailable, "The database cannot be reached.", "database", message);
  }
  PQclear(PQexec(conn, "SET client_encoding = 'UTF8'"));
  return std::make_unique<PostgresConnection>(conn);
}

}  // namespace cps::storage::table_copy
