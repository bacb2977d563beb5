// A statement assembled at run time, for queries whose conditions depend on the request (a
// search's optional filters, an IN list of ids): SQL text with :pN placeholders and, in the
// same order, the values bound to them — values never become SQL text. A statement whose
// text is fixed is clearer written out with soci::use directly.
#pragma once

#include <soci/soci.h>

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cps::storage {

class SqlQuery {
 public:
  using ll = long long;

  SqlQuery& sql(std::string_view s) {
    sql_ += s;
    return *this;
  }
  SqlQuery& text(std::string v);
  SqlQuery& integer(ll v);
  SqlQuery& real(double v);
  SqlQuery& optional_text(const std::optional<std::string>& v) { return v ? text(*v) : sql("NULL"); }
  SqlQuery& optional_integer(const std::optional<ll>& v) { return v ? integer(*v) : sql("NULL"); }
  // "(:p1, :p2, …)", each value bound by bind_one(query, value); never called with an empty list.
  template <class Range, class Bind>
  SqlQuery& list(const Range& values, Bind bind_one) {
    sql("(");
    bool first = true;
    for (const auto& v : values) {
      if (!first) sql(", ");
      first = false;
      bind_one(*this, v);
    }
    return sql(")");
  }
  SqlQuery& texts(const std::vector<std::string>& values);
  SqlQuery& integers(const std::vector<ll>& values);

  // The rows; the query must outlive the rowset, which reads the bound values.
  soci::rowset<soci::row> rows(soci::session& s) { return soci::rowset<soci::row>(prepared(s)); }
  // Runs a statement that returns no rows; returns the number of rows it changed.
  ll execute(soci::session& s);

 private:
  enum class Kind { text, integer, real };
  SqlQuery& bind(Kind kind, std::size_t index);
  soci::details::prepare_temp_type prepared(soci::session& s);

  std::string sql_;
  // Deques: binding keeps references, so values must not move when more are added.
  std::deque<std::string> texts_;
  std::deque<ll> ints_;
  std::deque<double> reals_;
  std::vector<std::pair<Kind, std::size_t>> order_;
};

}  // namespace cps::storage
