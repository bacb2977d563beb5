#include "storage/complexity_store_sql.hpp"

#include <boost/json.hpp>
#include <charconv>
#include <cmath>
#include <limits>
#include <string_view>

namespace cps::storage {

using namespace cps::statistics;
namespace json = boost::json;
using ll = long long;

namespace {

// Figures are written as one string per vector or matrix (row by row): each number in its
// shortest form that reads back to the same double, "nan" for none. Boost.JSON's own number
// parsing may be off by one unit in the last place, which would change kept results.
std::string figures_text(const double* data, Eigen::Index n) {
  std::string out;
  out.reserve(std::size_t(n) * 20);
  char buf[32];
  for (Eigen::Index i = 0; i < n; ++i) {
    if (i) out += ' ';
    if (std::isnan(data[i])) {
      out += "nan";
      continue;
    }
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, data[i]);
    out.append(buf, end);
  }
  return out;
}

json::string vector_json(const Eigen::VectorXd& v) {
  return json::string(figures_text(v.data(), v.size()));
}

json::string matrix_json(const Eigen::MatrixXd& m) {
  Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rows = m;
  return json::string(figures_text(rows.data(), rows.size()));
}

std::vector<double> read_figures(const json::value& v, std::size_t n) {
  std::string_view text = v.as_string();
  std::vector<double> out;
  out.reserve(n);
  while (!text.empty()) {
    auto space = text.find(' ');
    std::string_view item = text.substr(0, space);
    if (item == "nan") {
      out.push_back(std::numeric_limits<double>::quiet_NaN());
    } else {
      double d = 0;
      auto [end, ec] = std::from_chars(item.data(), item.data() + item.size(), d);
      if (ec != std::errc() || end != item.data() + item.size())
        throw std::invalid_argument("figure");
      out.push_back(d);
    }
    text = space == std::string_view::npos ? std::string_view() : text.substr(space + 1);
  }
  if (out.size() != n) throw std::invalid_argument("figure count");
  return out;
}

Eigen::VectorXd read_vector(const json::value& v, std::size_t n) {
  auto figures = read_figures(v, n);
  return Eigen::Map<Eigen::VectorXd>(figures.data(), Eigen::Index(n));
}

Eigen::MatrixXd read_matrix(const json::value& v, std::size_t rows, std::size_t cols) {
  auto figures = read_figures(v, rows * cols);
  return Eigen::Map<Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
      figures.data(), Eigen::Index(rows), Eigen::Index(cols));
}

std::vector<std::string> read_codes(const json::value& v) {
  std::vector<std::string> out;
  for (const auto& c : v.as_array()) out.emplace_back(c.as_string());
  return out;
}

}  // namespace

std::string complexity_to_json(const RegionalComplexity& c) {
  json::array regions, sectors;
  for (const auto& r : c.regions) regions.emplace_back(r);
  for (const auto& s : c.sectors) sectors.emplace_back(s);
  const auto& x = c.result;
  return json::serialize(json::object{{"regions", regions},
                                      {"sectors", sectors},
                                      {"rca", matrix_json(x.rca)},
                                      {"mcp", matrix_json(x.mcp)},
                                      {"diversity", vector_json(x.diversity)},
                                      {"ubiquity", vector_json(x.ubiquity)},
                                      {"eci", vector_json(x.eci)},
                                      {"pci", vector_json(x.pci)},
                                      {"proximity", matrix_json(x.proximity)},
                                      {"density", matrix_json(x.density)},
                                      {"coi", vector_json(x.coi)},
                                      {"cog", matrix_json(x.cog)}});
}

Result<RegionalComplexity> complexity_from_json(std::string_view text) {
  try {
    json::object o = json::parse(text).as_object();
    RegionalComplexity c;
    c.regions = read_codes(o.at("regions"));
    c.sectors = read_codes(o.at("sectors"));
    const std::size_t n = c.regions.size(), k = c.sectors.size();
    auto& x = c.result;
    x.rca = read_matrix(o.at("rca"), n, k);
    x.mcp = read_matrix(o.at("mcp"), n, k);
    x.diversity = read_vector(o.at("diversity"), n);
    x.ubiquity = read_vector(o.at("ubiquity"), k);
    x.eci = read_vector(o.at("eci"), n);
    x.pci = read_vector(o.at("pci"), k);
    x.proximity = read_matrix(o.at("proximity"), k, k);
    x.density = read_matrix(o.at("density"), n, k);
    x.coi = read_vector(o.at("coi"), n);
    x.cog = read_matrix(o.at("cog"), n, k);
    return c;
  } catch (const std::exception& e) {
    return fail(ErrorKind::internal, "A kept result cannot be read.", {}, e.what());
  }
}

Result<std::optional<RegionalComplexity>> SqlComplexityStore::find(std::int64_t version, int year,
                                                                   int level, Scope scope) {
  const std::string scope_name(to_string(scope));
  auto found = db_.with_session([&](soci::session& s) -> std::optional<std::pair<ll, std::string>> {
    ll computed_at = 0;
    std::string payload;
    soci::indicator ind = soci::i_ok;
    s << "SELECT computed_at, payload FROM complexity_results WHERE version_id = :v AND year = :y "
         "AND level = :l AND scope = :s",
        soci::into(computed_at), soci::into(payload, ind), soci::use(ll(version)), soci::use(year),
        soci::use(level), soci::use(scope_name);
    if (!s.got_data()) return std::nullopt;
    return std::make_pair(computed_at, payload);
  });
  if (!found) return std::unexpected(found.error());
  if (!*found) return std::optional<RegionalComplexity>{};
  auto c = complexity_from_json((*found)->second);
  if (!c) return std::unexpected(c.error());
  c->version = version;
  c->year = year;
  c->level = level;
  c->scope = scope;
  c->computed_at = (*found)->first;
  return std::optional<RegionalComplexity>(std::move(*c));
}

Status SqlComplexityStore::keep(const RegionalComplexity& c) {
  std::string payload = complexity_to_json(c);
  const std::string scope_name(to_string(c.scope));
  return db_.with_session([&](soci::session& s) {
    s << "INSERT INTO complexity_results (version_id, year, level, scope, computed_at, payload) "
         "VALUES (:v, :y, :l, :s, :t, :p) ON CONFLICT (version_id, year, level, scope) DO NOTHING",
        soci::use(ll(c.version)), soci::use(c.year), soci::use(c.level), soci::use(scope_name),
        soci::use(ll(c.computed_at)), soci::use(payload);
  });
}

Status SqlComplexityStore::forget(std::int64_t version, Scope scope) {
  const std::string scope_name(to_string(scope));
  return db_.with_session([&](soci::session& s) {
    s << "DELETE FROM complexity_results WHERE version_id = :v AND scope = :s",
        soci::use(ll(version)), soci::use(scope_name);
  });
}

}  // namespace cps::storage
