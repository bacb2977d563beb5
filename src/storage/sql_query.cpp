// A statement assembled at run time with its bound values (see sql_query.hpp).
#include "storage/sql_query.hpp"

namespace cps::storage {

SqlQuery& SqlQuery::text(std::string v) {
  texts_.push_back(std::move(v));
  return bind(Kind::text, texts_.size() - 1);
}

SqlQuery& SqlQuery::integer(ll v) {
  ints_.push_back(v);
  return bind(Kind::integer, ints_.size() - 1);
}

SqlQuery& SqlQuery::real(double v) {
  reals_.push_back(v);
  return bind(Kind::real, reals_.size() - 1);
}

SqlQuery& SqlQuery::texts(const std::vector<std::string>& values) {
  return list(values, [](SqlQuery& q, const std::string& v) { q.text(v); });
}

SqlQuery& SqlQuery::integers(const std::vector<ll>& values) {
  return list(values, [](SqlQuery& q, ll v) { q.integer(v); });
}

SqlQuery::ll SqlQuery::execute(soci::session& s) {
  soci::statement st(prepared(s));
  st.execute(true);
  return st.get_affected_rows();
}

SqlQuery& SqlQuery::bind(Kind kind, std::size_t index) {
  order_.emplace_back(kind, index);
  return sql(":p" + std::to_string(order_.size()));
}

soci::details::prepare_temp_type SqlQuery::prepared(soci::session& s) {
  soci::details::prepare_temp_type p = (s.prepare << sql_);
  for (auto [kind, i] : order_) {
    if (kind == Kind::text)
      p, soci::use(texts_[i]);
    else if (kind == Kind::integer)
      p, soci::use(ints_[i]);
    else
      p, soci::use(reals_[i]);
  }
  return p;
}

}  // namespace cps::storage
