// One plain connection to either database for whole-table work (copying, checking, counting):
// the schema as the catalogue describes it, rows read in key order as canonical text, and
// rows written in bulk. Private to storage/database_copy and storage/installation.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "storage/database_url.hpp"

namespace cps::storage::table_copy {

// How a value is written canonically: integers in decimal, reals in their shortest exact
// decimal form, text as it is.
enum class ColumnType { integer, real, text };

struct Column {
  std::string name;
  ColumnType type = ColumnType::text;
};

struct Table {
  std::string name;
  std::vector<Column> columns;        // without generated columns
  std::vector<std::size_t> key;       // positions in `columns` of the primary key; all when none
  std::vector<std::string> references;  // tables its foreign keys point at (itself excepted)
  std::vector<std::string> counters;  // identity columns whose sequence follows the rows (PostgreSQL)
};

struct Cell {
  bool null = false;
  std::string text;
};
using Row = std::vector<Cell>;

// A table's rows in key order (text in byte order on both databases).
class RowCursor {
 public:
  virtual ~RowCursor() = default;
  // The next row, or nullptr after the last one.
  virtual Result<const Row*> next() = 0;
};

class RowWriter {
 public:
  virtual ~RowWriter() = default;
  virtual Status add(const Row& row) = 0;
  virtual Status finish() = 0;
};

class Connection {
 public:
  // Opens a connection of its own to the database of `url`; a SQLite file that is not there is
  // made (Missing::create) or refused with not_found (Missing::refuse).
  enum class Missing { create, refuse };
  static Result<std::unique_ptr<Connection>> open(const DatabaseUrl& url, Missing missing);
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;
  // Every table of the schema (the database's own bookkeeping tables left out), by name.
  virtual Result<std::vector<Table>> tables() = 0;
  // A statement without parameters or results (BEGIN, COMMIT, DELETE FROM "t" …).
  virtual Status execute(const std::string& sql) = 0;
  virtual Result<std::int64_t> count(const Table& table) = 0;
  virtual Result<std::unique_ptr<RowCursor>> rows(const Table& table) = 0;
  virtual Result<std::unique_ptr<RowWriter>> writer(const Table& table) = 0;
  // Sets the table's identity counters past its largest value (PostgreSQL; nothing on SQLite,
  // which takes the next id from the rows).
  virtual Status follow_counters(const Table& table) = 0;
  // Starts the one transaction of a copy: a consistent snapshot to read from, or the writer's
  // transaction, whose foreign keys are checked at commit where the database allows it.
  virtual Status begin_reading() = 0;
  virtual Status begin_writing() = 0;
};

// "name" with its quotes doubled: for names read from the catalogue, never from input.
std::string quote_name(const std::string& name);

// A row as one line of text: cells separated by tabs, NULL as \N, backslash, tab, newline
// and carriage return escaped. PostgreSQL's COPY reads exactly this; the checksums hash it.
void append_canonical(std::string& line, const Row& row);

}  // namespace cps::storage::table_copy
