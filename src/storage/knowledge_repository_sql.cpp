#include "storage/knowledge_repository_sql.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cctype>
#include <deque>
#include <map>
#include <set>

#include "search/fold.hpp"
#include "storage/data_epoch.hpp"

namespace cps::storage {

using namespace cps::knowledge;
namespace json = boost::json;
using ll = long long;

namespace {

// Ids per IN list: far below the parameter limits of both databases.
constexpr std::size_t kChunk = 500;

// A statement assembled at run time: SQL with :pN placeholders and, in the same order, the
// values bound to them. Values never become SQL text.
class Query {
 public:
  Query& sql(std::string_view s) {
    sql_ += s;
    return *this;
  }
  Query& text(std::string v) {
    texts_.push_back(std::move(v));
    return bind(Kind::text, texts_.size() - 1);
  }
  Query& integer(ll v) {
    ints_.push_back(v);
    return bind(Kind::integer, ints_.size() - 1);
  }
  Query& real(double v) {
    reals_.push_back(v);
    return bind(Kind::real, reals_.size() - 1);
  }
  Query& optional_text(const std::optional<std::string>& v) { return v ? text(*v) : sql("NULL"); }
  Query& optional_integer(const std::optional<ll>& v) { return v ? integer(*v) : sql("NULL"); }
  // "(:p1, :p2, …)"; never called with an empty list.
  template <class Range, class Bind>
  Query& list(const Range& values, Bind bind_one) {
    sql("(");
    bool first = true;
    for (const auto& v : values) {
      if (!first) sql(", ");
      first = false;
      bind_one(*this, v);
    }
    return sql(")");
  }
  Query& texts(const std::vector<std::string>& values) {
    return list(values, [](Query& q, const std::string& v) { q.text(v); });
  }

  // The rows; the Query must outlive the rowset, which reads the bound values.
  soci::rowset<soci::row> rows(soci::session& s) { return soci::rowset<soci::row>(prepared(s)); }
  // Runs a statement that returns no rows; returns the number of rows it changed.
  ll execute(soci::session& s) {
    soci::statement st(prepared(s));
    st.execute(true);
    return st.get_affected_rows();
  }

 private:
  enum class Kind { text, integer, real };
  Query& bind(Kind kind, std::size_t index) {
    order_.emplace_back(kind, index);
    return sql(":p" + std::to_string(order_.size()));
  }
  soci::details::prepare_temp_type prepared(soci::session& s) {
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

  std::string sql_;
  // Deques: binding keeps references, so values must not move when more are added.
  std::deque<std::string> texts_;
  std::deque<ll> ints_;
  std::deque<double> reals_;
  std::vector<std::pair<Kind, std::size_t>> order_;
};

std::optional<ll> get_optional_int(const soci::row& row, std::size_t column) {
  if (row.get_indicator(column) == soci::i_null) return std::nullopt;
  return get_int(row, column);
}

double get_double(const soci::row& row, std::size_t column) {
  if (row.get_properties(column).get_data_type() == soci::dt_double) return row.get<double>(column);
  if (row.get_properties(column).get_data_type() == soci::dt_string)
    return std::stod(row.get<std::string>(column));
  return double(get_int(row, column));
}

// A unique violation of `column`; SQLite names "table.column", PostgreSQL the constraint.
bool is_unique_violation(const soci::soci_error& e, std::string_view column) {
  std::string_view what = e.what();
  if (auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&e))
    return pg->sqlstate() == "23505" && what.find(column) != std::string_view::npos;
  if (auto* lite = dynamic_cast<const soci::sqlite3_soci_error*>(&e))
    return (lite->result() & 0xff) == SQLITE_CONSTRAINT &&
           what.find("UNIQUE") != std::string_view::npos &&
           what.find(column) != std::string_view::npos;
  return false;
}

// --- ItemInput as JSON (revisions keep the whole input) ---

json::value optional_number(const std::optional<int>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::array string_array(const std::vector<std::string>& values) {
  json::array out;
  for (const auto& v : values) out.emplace_back(v);
  return out;
}

json::array sources_json(const std::vector<Source>& sources) {
  json::array out;
  for (const auto& s : sources)
    out.push_back(json::object{{"title", s.title},
                               {"url", s.url},
                               {"publisher", s.publisher},
                               {"year", optional_number(s.year)}});
  return out;
}

json::value input_json(const ItemInput& in) {
  json::object o;
  o["slug"] = in.slug;
  o["kind"] = to_string(in.kind);
  o["original_language"] = in.original_language;
  o["areas"] = string_array(in.areas);
  o["countries"] = string_array(in.countries);
  o["regions"] = string_array(in.regions);
  o["timeframe"] = to_string(in.timeframe);
  o["start_year"] = optional_number(in.start_year);
  o["end_year"] = optional_number(in.end_year);
  o["instrument"] = in.instrument ? json::value(to_string(*in.instrument)) : json::value(nullptr);
  o["funding_source"] = in.funding_source;
  if (in.budget)
    o["budget"] = json::object{{"amount", in.budget->amount},
                               {"currency", in.budget->currency},
                               {"eur_rate", in.budget->eur_rate},
                               {"rate_date", in.budget->rate_date}};
  else
    o["budget"] = nullptr;
  o["target_groups"] = string_array(in.target_groups);
  o["contact_organisation"] = in.contact_organisation
                                  ? json::value(in.contact_organisation->value())
                                  : json::value(nullptr);
  o["contact_person"] =
      in.contact_person ? json::value(in.contact_person->value()) : json::value(nullptr);
  o["sources"] = sources_json(in.sources);
  json::array texts;
  for (const auto& t : in.texts)
    texts.push_back(json::object{{"language", t.language},
                                 {"title", t.title},
                                 {"summary", t.summary},
                                 {"body", t.body},
                                 {"results", t.results},
                                 {"lessons", t.lessons},
                                 {"transferability", t.transferability},
                                 {"translation", to_string(t.translation)}});
  o["texts"] = std::move(texts);
  return o;
}

std::string text_of(const json::object& o, std::string_view key) {
  auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->get_string()) : std::string();
}

std::optional<ll> integer_of(const json::object& o, std::string_view key) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  return v->to_number<ll>();
}

double number_of(const json::object& o, std::string_view key) {
  auto* v = o.if_contains(key);
  return v && !v->is_null() ? v->to_number<double>() : 0;
}

std::vector<std::string> strings_of(const json::value* v) {
  std::vector<std::string> out;
  if (v && v->is_array())
    for (const auto& s : v->get_array())
      if (s.is_string()) out.emplace_back(s.get_string());
  return out;
}

std::vector<Source> sources_of(const json::value* v) {
  std::vector<Source> out;
  if (v && v->is_array())
    for (const auto& e : v->get_array()) {
      const auto& o = e.as_object();
      Source s{text_of(o, "title"), text_of(o, "url"), text_of(o, "publisher"), std::nullopt};
      if (auto y = integer_of(o, "year")) s.year = int(*y);
      out.push_back(std::move(s));
    }
  return out;
}

// Throws on a document of the wrong shape (a bug or a damaged row).
ItemInput input_of(const json::value& value) {
  const json::object& o = value.as_object();
  ItemInput in;
  in.slug = text_of(o, "slug");
  in.kind = parse_kind(text_of(o, "kind")).value_or(Kind::good_practice);
  in.original_language = text_of(o, "original_language");
  in.areas = strings_of(o.if_contains("areas"));
  in.countries = strings_of(o.if_contains("countries"));
  in.regions = strings_of(o.if_contains("regions"));
  in.timeframe = parse_timeframe(text_of(o, "timeframe")).value_or(Timeframe::current);
  if (auto y = integer_of(o, "start_year")) in.start_year = int(*y);
  if (auto y = integer_of(o, "end_year")) in.end_year = int(*y);
  in.instrument = parse_instrument(text_of(o, "instrument"));
  in.funding_source = text_of(o, "funding_source");
  if (auto* b = o.if_contains("budget"); b && b->is_object()) {
    const auto& bo = b->get_object();
    in.budget = Budget{number_of(bo, "amount"), text_of(bo, "currency"), number_of(bo, "eur_rate"),
                       text_of(bo, "rate_date")};
  }
  in.target_groups = strings_of(o.if_contains("target_groups"));
  if (auto id = integer_of(o, "contact_organisation"))
    in.contact_organisation = accounts::OrganisationId(*id);
  if (auto id = integer_of(o, "contact_person")) in.contact_person = accounts::UserId(*id);
  in.sources = sources_of(o.if_contains("sources"));
  if (auto* texts = o.if_contains("texts"); texts && texts->is_array())
    for (const auto& e : texts->get_array()) {
      const auto& t = e.as_object();
      in.texts.push_back(
          {text_of(t, "language"), text_of(t, "title"), text_of(t, "summary"), text_of(t, "body"),
           text_of(t, "results"), text_of(t, "lessons"), text_of(t, "transferability"),
           parse_translation(text_of(t, "translation")).value_or(Translation::original)});
    }
  return in;
}

// --- index terms ---

std::vector<std::string> split_terms(std::string_view terms) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < terms.size()) {
    while (i < terms.size() && std::isspace(static_cast<unsigned char>(terms[i]))) ++i;
    std::size_t start = i;
    while (i < terms.size() && !std::isspace(static_cast<unsigned char>(terms[i]))) ++i;
    if (i > start) out.emplace_back(terms.substr(start, i - start));
  }
  return out;
}

std::string join_terms(const std::vector<std::string>& terms) {
  std::string out;
  for (const auto& t : terms) out += (out.empty() ? "" : " ") + t;
  return out;
}

// Records that the item changed: the change counter moves (its row stays locked until the
// transaction ends, so writers number their changes in commit order) and the item is noted
// with the new value.
void note_change(soci::session& s, ll item) {
  ll version = 0;
  s << "UPDATE knowledge_search_version SET version = version + 1 WHERE id = 1 RETURNING version",
      soci::into(version);
  s << "INSERT INTO knowledge_changes (item_id, version) VALUES (:i, :v) "
       "ON CONFLICT (item_id) DO UPDATE SET version = excluded.version",
      soci::use(item), soci::use(version);
}

// --- reading items ---

constexpr const char* kItemColumns =
    "SELECT i.id, i.slug, i.kind, i.original_language, i.timeframe, i.start_year, i.end_year, "
    "i.instrument, "
    "i.funding_source, i.budget_amount, i.budget_currency, i.budget_eur_rate, i.budget_rate_date, "
    "i.target_groups, i.sources, i.contact_organisation_id, i.contact_user_id, i.status, "
    "i.author_id, "
    "i.author_name, i.revision, i.created_at, i.updated_at, i.published_at FROM knowledge_items i";

KnowledgeItem read_item(const soci::row& row) {
  KnowledgeItem item;
  ItemInput& in = item.content;
  item.id = ItemId(get_int(row, 0));
  in.slug = get_text(row, 1);
  in.kind = parse_kind(get_text(row, 2)).value_or(Kind::good_practice);
  in.original_language = get_text(row, 3);
  in.timeframe = parse_timeframe(get_text(row, 4)).value_or(Timeframe::current);
  if (auto y = get_optional_int(row, 5)) in.start_year = int(*y);
  if (auto y = get_optional_int(row, 6)) in.end_year = int(*y);
  if (auto i = get_optional_text(row, 7)) in.instrument = parse_instrument(*i);
  in.funding_source = get_text(row, 8);
  if (row.get_indicator(9) != soci::i_null)
    in.budget =
        Budget{get_double(row, 9), get_text(row, 10), get_double(row, 11), get_text(row, 12)};
  json::value target_groups = json::parse(get_text(row, 13));
  in.target_groups = strings_of(&target_groups);
  json::value sources = json::parse(get_text(row, 14));
  in.sources = sources_of(&sources);
  if (auto o = get_optional_int(row, 15)) in.contact_organisation = accounts::OrganisationId(*o);
  if (auto u = get_optional_int(row, 16)) in.contact_person = accounts::UserId(*u);
  item.status = parse_status(get_text(row, 17)).value_or(ItemStatus::draft);
  if (auto a = get_optional_int(row, 18)) item.author = accounts::UserId(*a);
  item.author_name = get_text(row, 19);
  item.revision = int(get_int(row, 20));
  item.created_at = get_int(row, 21);
  item.updated_at = get_int(row, 22);
  item.published_at = get_optional_int(row, 23);
  return item;
}

template <class Fn>
void for_each_chunk(const std::vector<ll>& ids, Fn fn) {
  for (std::size_t start = 0; start < ids.size(); start += kChunk) {
    std::vector<ll> chunk(ids.begin() + long(start),
                          ids.begin() + long(std::min(ids.size(), start + kChunk)));
    fn(chunk);
  }
}

Query& id_list(Query& q, const std::vector<ll>& ids) {
  return q.list(ids, [](Query& qq, ll id) { qq.integer(id); });
}

// "(SELECT …)" of the ids as one bound value (a JSON array or an array literal): one parameter
// however many ids, where an IN list of parameters costs the database a name lookup for each.
Query& id_set(Query& q, const std::vector<ll>& ids, Dialect dialect) {
  std::string list;
  for (ll id : ids) list += (list.empty() ? "" : ",") + std::to_string(id);
  if (dialect == Dialect::sqlite)
    return q.sql("(SELECT value FROM json_each(").text("[" + list + "]").sql("))");
  return q.sql("(SELECT unnest(CAST(").text("{" + list + "}").sql(" AS BIGINT[])))");
}

// The items of `ids` with their texts and code lists, by id.
std::map<ll, KnowledgeItem> load(soci::session& s, const std::vector<ll>& ids) {
  std::map<ll, KnowledgeItem> out;
  for_each_chunk(ids, [&](const std::vector<ll>& chunk) {
    {
      Query q;
      q.sql(kItemColumns).sql(" WHERE i.id IN ");
      id_list(q, chunk);
      for (const auto& row : q.rows(s)) {
        KnowledgeItem item = read_item(row);
        out.emplace(item.id.value(), std::move(item));
      }
    }
    {
      Query q;
      q.sql(
          "SELECT item_id, language, title, summary, body, results, lessons, transferability, "
          "translation "
          "FROM knowledge_texts WHERE item_id IN ");
      id_list(q, chunk).sql(" ORDER BY item_id, position");
      for (const auto& row : q.rows(s)) {
        auto it = out.find(get_int(row, 0));
        if (it == out.end()) continue;
        it->second.content.texts.push_back(
            {get_text(row, 1), get_text(row, 2), get_text(row, 3), get_text(row, 4),
             get_text(row, 5), get_text(row, 6), get_text(row, 7),
             parse_translation(get_text(row, 8)).value_or(Translation::original)});
      }
    }
    const std::pair<const char*, std::vector<std::string> ItemInput::*> lists[] = {
        {"knowledge_item_areas", &ItemInput::areas},
        {"knowledge_item_countries", &ItemInput::countries},
        {"knowledge_item_regions", &ItemInput::regions}};
    for (const auto& [table, member] : lists) {
      Query q;
      q.sql("SELECT item_id, code FROM ").sql(table).sql(" WHERE item_id IN ");
      id_list(q, chunk).sql(" ORDER BY item_id, position");
      for (const auto& row : q.rows(s)) {
        auto it = out.find(get_int(row, 0));
        if (it != out.end()) (it->second.content.*member).push_back(get_text(row, 1));
      }
    }
  });
  return out;
}

std::vector<KnowledgeItem> in_order(soci::session& s, const std::vector<ll>& ids) {
  auto found = load(s, ids);
  std::vector<KnowledgeItem> out;
  for (ll id : ids)
    if (auto it = found.find(id); it != found.end()) out.push_back(it->second);
  return out;
}

// --- filters ---

// Appends " AND …" conditions on the items aliased `i` for what `f` allows.
void add_filter(Query& q, const ItemFilter& f) {
  if (f.statuses.empty()) {
    q.sql(" AND 1 = 0");
  } else {
    q.sql(" AND i.status IN ").list(f.statuses, [](Query& qq, ItemStatus st) {
      qq.text(std::string(to_string(st)));
    });
  }
  if (!f.all_unpublished) {
    q.sql(" AND (i.status NOT IN ('draft', 'in_review')");
    if (f.unpublished_author) q.sql(" OR i.author_id = ").integer(f.unpublished_author->value());
    if (!f.unpublished_areas.empty()) {
      q.sql(
          " OR EXISTS (SELECT 1 FROM knowledge_item_areas va WHERE va.item_id = i.id AND va.code "
          "IN ");
      q.texts(f.unpublished_areas).sql(")");
    }
    q.sql(")");
  }
  auto exists = [&](const char* table, const char* column, const std::string& value) {
    q.sql(" AND EXISTS (SELECT 1 FROM ")
        .sql(table)
        .sql(" x WHERE x.item_id = i.id AND x.")
        .sql(column)
        .sql(" = ");
    q.text(value).sql(")");
  };
  if (f.area) exists("knowledge_item_areas", "code", *f.area);
  if (f.country) exists("knowledge_item_countries", "code", *f.country);
  if (f.region) exists("knowledge_item_regions", "code", *f.region);
  if (f.language) exists("knowledge_texts", "language", *f.language);
  if (f.kind) q.sql(" AND i.kind = ").text(std::string(to_string(*f.kind)));
  if (f.timeframe) q.sql(" AND i.timeframe = ").text(std::string(to_string(*f.timeframe)));
  if (f.instrument) q.sql(" AND i.instrument = ").text(std::string(to_string(*f.instrument)));
  if (f.status) q.sql(" AND i.status = ").text(std::string(to_string(*f.status)));
  if (f.author) q.sql(" AND i.author_id = ").integer(f.author->value());
}

// --- writing items ---

std::optional<ll> id_of(const auto& id) {
  return id ? std::optional<ll>(id->value()) : std::nullopt;
}

std::string json_text(const json::value& v) {
  return json::serialize(v);
}

// The folded title of the original language, so titles sort alike on both databases.
std::string title_key(const ItemInput& in) {
  for (const auto& t : in.texts)
    if (t.language == in.original_language) return search::fold(t.title);
  return in.texts.empty() ? std::string() : search::fold(in.texts.front().title);
}

// The item's own columns as "column = value" pairs, in one order for INSERT and UPDATE.
void item_values(Query& q, const KnowledgeItem& item, int revision, const char* separator) {
  const ItemInput& in = item.content;
  auto optional_year = [](const std::optional<int>& y) {
    return y ? std::optional<ll>(*y) : std::nullopt;
  };
  q.text(in.slug).sql(separator);
  q.text(std::string(to_string(in.kind))).sql(separator);
  q.text(in.original_language).sql(separator);
  q.text(std::string(to_string(in.timeframe))).sql(separator);
  q.optional_integer(optional_year(in.start_year)).sql(separator);
  q.optional_integer(optional_year(in.end_year)).sql(separator);
  q.optional_text(in.instrument ? std::optional<std::string>(to_string(*in.instrument))
                                : std::nullopt)
      .sql(separator);
  q.text(in.funding_source).sql(separator);
  if (in.budget) {
    q.real(in.budget->amount).sql(separator).text(in.budget->currency).sql(separator);
    q.real(in.budget->eur_rate).sql(separator).text(in.budget->rate_date).sql(separator);
  } else {
    q.sql("NULL")
        .sql(separator)
        .sql("NULL")
        .sql(separator)
        .sql("NULL")
        .sql(separator)
        .sql("NULL")
        .sql(separator);
  }
  q.text(json_text(string_array(in.target_groups))).sql(separator);
  q.text(json_text(sources_json(in.sources))).sql(separator);
  q.optional_integer(id_of(in.contact_organisation)).sql(separator);
  q.optional_integer(id_of(in.contact_person)).sql(separator);
  q.text(std::string(to_string(item.status))).sql(separator);
  q.optional_integer(id_of(item.author)).sql(separator);
  q.text(item.author_name).sql(separator);
  q.text(title_key(in)).sql(separator);
  q.integer(revision).sql(separator);
  q.integer(item.updated_at).sql(separator);
  q.optional_integer(item.published_at);
}

void write_content(soci::session& s, ll id, const ItemInput& in) {
  s << "DELETE FROM knowledge_texts WHERE item_id = :id", soci::use(id);
  int position = 0;
  for (const auto& t : in.texts) {
    std::string translation(to_string(t.translation));
    s << "INSERT INTO knowledge_texts (item_id, language, position, title, summary, body, results, "
         "lessons, "
         "transferability, translation) VALUES (:id, :l, :p, :ti, :su, :bo, :re, :le, :tr, :tn)",
        soci::use(id), soci::use(t.language), soci::use(position), soci::use(t.title),
        soci::use(t.summary), soci::use(t.body), soci::use(t.results), soci::use(t.lessons),
        soci::use(t.transferability), soci::use(translation);
    ++position;
  }
  const std::pair<const char*, const std::vector<std::string>*> lists[] = {
      {"knowledge_item_areas", &in.areas},
      {"knowledge_item_countries", &in.countries},
      {"knowledge_item_regions", &in.regions}};
  for (const auto& [table, codes] : lists) {
    s << std::string("DELETE FROM ") + table + " WHERE item_id = :id", soci::use(id);
    if (codes->empty()) continue;
    std::vector<ll> ids(codes->size(), id);
    std::vector<int> positions(codes->size());
    for (std::size_t i = 0; i < positions.size(); ++i) positions[i] = int(i);
    std::vector<std::string> values = *codes;
    s << std::string("INSERT INTO ") + table + " (item_id, code, position) VALUES (:id, :c, :p)",
        soci::use(ids), soci::use(values), soci::use(positions);
  }
}

void write_revision(soci::session& s, ll id, int number, const KnowledgeItem& item,
                    const std::string& note) {
  std::string content = json_text(input_json(item.content)), status(to_string(item.status));
  ll author = item.author ? item.author->value() : 0, saved_at = item.updated_at;
  soci::indicator author_ind = item.author ? soci::i_ok : soci::i_null;
  s << "INSERT INTO knowledge_revisions (item_id, number, author_id, author_name, saved_at, note, "
       "status, "
       "content) VALUES (:id, :n, :a, :an, :t, :note, :st, :c)",
      soci::use(id), soci::use(number), soci::use(author, author_ind), soci::use(item.author_name),
      soci::use(saved_at), soci::use(note), soci::use(status), soci::use(content);
}

// Which of an item's index rows a save replaces: an item save the texts' fields, an
// attachment change those of field "attachment", deleting the item all of them.
enum class IndexScope { texts, attachments, everything };

const char* scope_condition(IndexScope scope) {
  switch (scope) {
    case IndexScope::texts:
      return " AND field <> 'attachment'";
    case IndexScope::attachments:
      return " AND field = 'attachment'";
    case IndexScope::everything:
      break;
  }
  return "";
}

// Replaces the item's index rows in `scope` and notes the change for search. Rows outside
// the scope stay; with `kept_language`, they move to that language (attachments are indexed
// in the item's original language, which an edit may change).
void write_index(soci::session& s, ll id, const std::vector<IndexedField>& index,
                 IndexScope scope = IndexScope::texts, const std::string& kept_language = {}) {
  const std::string condition = scope_condition(scope);
  if (!kept_language.empty() && scope != IndexScope::everything)
    s << "UPDATE knowledge_index SET language = :l WHERE item_id = :id AND NOT (1 = 1" + condition +
             ")",
        soci::use(kept_language), soci::use(id);
  s << "DELETE FROM knowledge_index WHERE item_id = :id" + condition, soci::use(id);
  std::vector<ll> ids;
  std::vector<std::string> languages, fields, terms;
  for (const auto& f : index) {
    ids.push_back(id);
    languages.push_back(f.language);
    fields.push_back(f.field);
    terms.push_back(join_terms(split_terms(f.terms)));
  }
  if (!ids.empty())
    s << "INSERT INTO knowledge_index (item_id, language, field, terms) VALUES (:id, :l, :f, :t)",
        soci::use(ids), soci::use(languages), soci::use(fields), soci::use(terms);
  note_change(s, id);
}

Attachment read_attachment(const soci::row& row) {
  Attachment a;
  a.id = AttachmentId(get_int(row, 0));
  a.item = ItemId(get_int(row, 1));
  a.sha256 = get_text(row, 2);
  a.file_name = get_text(row, 3);
  a.media_type = get_text(row, 4);
  a.size = get_int(row, 5);
  a.extracted_text = get_text(row, 6);
  if (auto u = get_optional_int(row, 7)) a.uploaded_by = accounts::UserId(*u);
  a.uploaded_at = get_int(row, 8);
  return a;
}

Comment read_comment(const soci::row& row) {
  Comment c;
  c.id = CommentId(get_int(row, 0));
  c.item = ItemId(get_int(row, 1));
  if (auto a = get_optional_int(row, 2)) c.author = accounts::UserId(*a);
  c.author_name = get_text(row, 3);
  c.body = get_text(row, 4);
  c.created_at = get_int(row, 5);
  c.hidden = get_int(row, 6) != 0;
  c.hidden_reason = get_text(row, 7);
  return c;
}

}  // namespace

namespace {

// Stores a new item (revision 1) inside the caller's transaction.
Result<ItemId> insert_item(soci::session& s, const KnowledgeItem& item, const std::string& note,
                           const std::vector<IndexedField>& index) {
  Query q;
  q.sql(
      "INSERT INTO knowledge_items (slug, kind, original_language, timeframe, start_year, "
      "end_year, "
      "instrument, funding_source, budget_amount, budget_currency, budget_eur_rate, "
      "budget_rate_date, "
      "target_groups, sources, contact_organisation_id, contact_user_id, status, author_id, "
      "author_name, "
      "title_key, revision, updated_at, published_at, created_at) VALUES (");
  item_values(q, item, 1, ", ");
  q.sql(", ").integer(item.created_at).sql(") RETURNING id");
  ll id = 0;
  try {
    for (const auto& row : q.rows(s)) id = get_int(row, 0);
  } catch (const soci::soci_error& e) {
    if (is_unique_violation(e, "slug"))
      return fail(ErrorKind::conflict, "Another item has this address.", "slug", e.what());
    throw;
  }
  write_content(s, id, item.content);
  write_revision(s, id, 1, item, note);
  write_index(s, id, index, IndexScope::texts, item.content.original_language);
  return ItemId(id);
}

}  // namespace

Result<ItemId> SqlKnowledgeRepository::create(const KnowledgeItem& item, const std::string& note,
                                              const std::vector<IndexedField>& index) {
  return db_.transaction([&](soci::session& s) -> Result<ItemId> {
    auto id = insert_item(s, item, note, index);
    if (id) DataEpoch::bump(s);
    return id;
  });
}

Result<std::vector<ItemId>> SqlKnowledgeRepository::create_all(const std::vector<KnowledgeItem>& items,
                                                              const std::string& note,
                                                              const std::vector<std::vector<IndexedField>>& index) {
  return db_.transaction([&](soci::session& s) -> Result<std::vector<ItemId>> {
    std::vector<ItemId> out;
    for (std::size_t i = 0; i < items.size(); ++i) {
      auto id = insert_item(s, items[i], note, i < index.size() ? index[i] : std::vector<IndexedField>{});
      if (!id) return std::unexpected(id.error());
      out.push_back(*id);
    }
    if (!out.empty()) DataEpoch::bump(s);
    return out;
  });
}

Result<std::optional<std::string>> SqlKnowledgeRepository::missing_contact(const ItemInput& input) {
  return db_.with_session([&](soci::session& s) -> std::optional<std::string> {
    ll n = 0;
    if (input.contact_organisation) {
      ll id = input.contact_organisation->value();
      s << "SELECT COUNT(*) FROM organisations WHERE id = :id", soci::use(id), soci::into(n);
      if (n == 0) return "contact_organisation";
    }
    if (input.contact_person) {
      ll id = input.contact_person->value();
      s << "SELECT COUNT(*) FROM users WHERE id = :id", soci::use(id), soci::into(n);
      if (n == 0) return "contact_person";
    }
    return std::nullopt;
  });
}

Result<bool> SqlKnowledgeRepository::update(const KnowledgeItem& item, int expected_revision,
                                            const std::string& note,
                                            const std::vector<IndexedField>& index) {
  return db_.transaction([&](soci::session& s) -> Result<bool> {
    // The row lock taken here orders concurrent saves; the loser finds the revision moved on.
    Query q;
    q.sql(
        "UPDATE knowledge_items SET (slug, kind, original_language, timeframe, start_year, "
        "end_year, "
        "instrument, funding_source, budget_amount, budget_currency, budget_eur_rate, "
        "budget_rate_date, "
        "target_groups, sources, contact_organisation_id, contact_user_id, status, author_id, "
        "author_name, "
        "title_key, revision, updated_at, published_at) = (");
    item_values(q, item, expected_revision + 1, ", ");
    q.sql(") WHERE id = ")
        .integer(item.id.value())
        .sql(" AND revision = ")
        .integer(expected_revision);
    ll changed = 0;
    try {
      changed = q.execute(s);
    } catch (const soci::soci_error& e) {
      if (is_unique_violation(e, "slug"))
        return fail(ErrorKind::conflict, "Another item has this address.", "slug", e.what());
      throw;
    }
    if (changed != 1) return false;
    ll id = item.id.value();
    write_content(s, id, item.content);
    write_revision(s, id, expected_revision + 1, item, note);
    write_index(s, id, index, IndexScope::texts, item.content.original_language);
    DataEpoch::bump(s);
    return true;
  });
}

Result<std::optional<KnowledgeItem>> SqlKnowledgeRepository::find(ItemId id) {
  return db_.with_session([&](soci::session& s) {
    auto found = load(s, {id.value()});
    return found.empty() ? std::optional<KnowledgeItem>()
                         : std::optional<KnowledgeItem>(found.begin()->second);
  });
}

Result<std::optional<KnowledgeItem>> SqlKnowledgeRepository::find_by_slug(const std::string& slug) {
  return db_.with_session([&](soci::session& s) {
    std::vector<ll> ids;
    {
      soci::rowset<soci::row> rows =
          (s.prepare << "SELECT id FROM knowledge_items WHERE slug = :s", soci::use(slug));
      for (const auto& row : rows) ids.push_back(get_int(row, 0));
    }
    auto found = in_order(s, ids);
    return found.empty() ? std::optional<KnowledgeItem>()
                         : std::optional<KnowledgeItem>(std::move(found.front()));
  });
}

Result<std::vector<Revision>> SqlKnowledgeRepository::revisions(ItemId id) {
  return db_.with_session([&](soci::session& s) {
    ll v = id.value();
    std::vector<Revision> out;
    soci::rowset<soci::row> rows =
        (s.prepare << "SELECT number, author_id, author_name, saved_at, note, status, content "
                      "FROM knowledge_revisions WHERE item_id = :id ORDER BY number DESC",
         soci::use(v));
    for (const auto& row : rows) {
      Revision r;
      r.number = int(get_int(row, 0));
      if (auto a = get_optional_int(row, 1)) r.author = accounts::UserId(*a);
      r.author_name = get_text(row, 2);
      r.saved_at = get_int(row, 3);
      r.note = get_text(row, 4);
      r.status = parse_status(get_text(row, 5)).value_or(ItemStatus::draft);
      r.content = input_of(json::parse(get_text(row, 6)));
      out.push_back(std::move(r));
    }
    return out;
  });
}

Status SqlKnowledgeRepository::remove(ItemId id) {
  return db_.transaction([&](soci::session& s) -> Status {
    ll v = id.value();
    int found = 0;
    s << "SELECT COUNT(*) FROM knowledge_items WHERE id = :id", soci::use(v), soci::into(found);
    if (found == 0) return fail(ErrorKind::not_found, "This item does not exist.", "id");
    // The index goes first so its statistics and full-text entries leave with it.
    write_index(s, v, {}, IndexScope::everything);
    s << "DELETE FROM knowledge_items WHERE id = :id", soci::use(v);
    DataEpoch::bump(s);
    return {};
  });
}

Result<std::pair<std::vector<KnowledgeItem>, std::size_t>> SqlKnowledgeRepository::list(
    const ItemFilter& filter, std::string_view order, std::size_t limit, std::size_t offset) {
  const char* order_by = nullptr;
  if (order.empty() || order == "date")
    order_by = " ORDER BY i.updated_at DESC, i.id DESC";
  else if (order == "title")
    order_by = " ORDER BY i.title_key, i.id";
  else
    return fail(ErrorKind::invalid, "Choose an order from the list.", "order");
  return db_.with_session([&](soci::session& s) {
    std::size_t total = 0;
    {
      Query q;
      q.sql("SELECT COUNT(*) FROM knowledge_items i WHERE 1 = 1");
      add_filter(q, filter);
      for (const auto& row : q.rows(s)) total = std::size_t(get_int(row, 0));
    }
    std::vector<ll> ids;
    {
      Query q;
      q.sql("SELECT i.id FROM knowledge_items i WHERE 1 = 1");
      add_filter(q, filter);
      q.sql(order_by).sql(" LIMIT ").integer(ll(limit)).sql(" OFFSET ").integer(ll(offset));
      for (const auto& row : q.rows(s)) ids.push_back(get_int(row, 0));
    }
    return std::pair(in_order(s, ids), total);
  });
}

Result<std::int64_t> SqlKnowledgeRepository::search_version() {
  return db_.with_session([&](soci::session& s) {
    ll version = 0;
    s << "SELECT version FROM knowledge_search_version WHERE id = 1", soci::into(version);
    return std::int64_t(version);
  });
}

Result<KnowledgeRepository::SearchChanges> SqlKnowledgeRepository::search_changes(
    std::optional<std::int64_t> since, const std::function<void(SearchEntry&&)>& each) {
  return db_.with_session([&](soci::session& s) {
    SearchChanges out;
    ll version = 0;
    s << "SELECT version FROM knowledge_search_version WHERE id = 1", soci::into(version);
    out.version = version;
    std::vector<ll> ids;
    if (since) {
      ll after = *since;
      soci::rowset<soci::row> rows =
          (s.prepare << "SELECT item_id FROM knowledge_changes WHERE version > :v ORDER BY item_id",
           soci::use(after));
      for (const auto& row : rows) {
        ids.push_back(get_int(row, 0));
        out.changed.push_back(ItemId(ids.back()));
      }
    } else {
      soci::rowset<soci::row> rows = (s.prepare << "SELECT id FROM knowledge_items ORDER BY id");
      for (const auto& row : rows) ids.push_back(get_int(row, 0));
    }
    // In chunks, so that a first load never holds every item's terms at once.
    for_each_chunk(ids, [&](const std::vector<ll>& chunk) {
      std::map<ll, SearchEntry> entries;
      {
        Query q;
        q.sql("SELECT id, status, kind, timeframe, instrument, author_id, updated_at, title_key "
              "FROM knowledge_items WHERE id IN ");
        id_set(q, chunk, db_.dialect());
        for (const auto& row : q.rows(s)) {
          SearchEntry e;
          e.id = ItemId(get_int(row, 0));
          e.status = get_text(row, 1);
          e.kind = get_text(row, 2);
          e.timeframe = get_text(row, 3);
          e.instrument = get_text(row, 4);
          if (auto a = get_optional_int(row, 5)) e.author = accounts::UserId(*a);
          e.updated_at = get_int(row, 6);
          e.title_key = get_text(row, 7);
          entries.emplace(e.id.value(), std::move(e));
        }
      }
      const std::pair<const char*, std::vector<std::string> SearchEntry::*> lists[] = {
          {"SELECT item_id, code FROM knowledge_item_areas", &SearchEntry::areas},
          {"SELECT item_id, code FROM knowledge_item_countries", &SearchEntry::countries},
          {"SELECT item_id, code FROM knowledge_item_regions", &SearchEntry::regions},
          {"SELECT item_id, language FROM knowledge_texts", &SearchEntry::languages}};
      for (const auto& [select, member] : lists) {
        Query q;
        q.sql(select).sql(" WHERE item_id IN ");
        id_set(q, chunk, db_.dialect()).sql(" ORDER BY item_id, position");
        for (const auto& row : q.rows(s))
          if (auto it = entries.find(get_int(row, 0)); it != entries.end()) (it->second.*member).push_back(get_text(row, 1));
      }
      {
        Query q;
        q.sql("SELECT item_id, language, field, terms FROM knowledge_index WHERE item_id IN ");
        id_set(q, chunk, db_.dialect()).sql(" ORDER BY item_id, id");
        for (const auto& row : q.rows(s))
          if (auto it = entries.find(get_int(row, 0)); it != entries.end())
            it->second.fields.push_back({get_text(row, 1), get_text(row, 2), get_text(row, 3)});
      }
      for (auto& [id, entry] : entries) each(std::move(entry));
    });
    return out;
  });
}

Result<std::vector<ItemId>> SqlKnowledgeRepository::item_ids() {
  return db_.with_session([&](soci::session& s) {
    std::vector<ItemId> out;
    soci::rowset<soci::row> rows = (s.prepare << "SELECT id FROM knowledge_items ORDER BY id");
    for (const auto& row : rows) out.push_back(ItemId(get_int(row, 0)));
    return out;
  });
}

Status SqlKnowledgeRepository::replace_index(ItemId id, const std::vector<IndexedField>& index) {
  return db_.transaction([&](soci::session& s) -> Status {
    ll v = id.value(), n = 0;
    s << "SELECT COUNT(*) FROM knowledge_items WHERE id = :id", soci::use(v), soci::into(n);
    if (n == 0) return fail(ErrorKind::not_found, "Not found.");
    write_index(s, v, index, IndexScope::everything);
    return {};
  });
}

Result<std::string> SqlKnowledgeRepository::index_analysis() {
  return db_.with_session([&](soci::session& s) {
    std::string analysis;
    s << "SELECT analysis FROM knowledge_search_version WHERE id = 1", soci::into(analysis);
    return analysis;
  });
}

Status SqlKnowledgeRepository::set_index_analysis(const std::string& analysis) {
  return db_.transaction([&](soci::session& s) {
    s << "UPDATE knowledge_search_version SET analysis = :a WHERE id = 1", soci::use(analysis);
  });
}

Result<std::vector<IndexedItem>> SqlKnowledgeRepository::indexed_fields(const std::vector<ItemId>& ids) {
  return db_.with_session([&](soci::session& s) {
    std::vector<ll> values;
    for (auto id : ids) values.push_back(id.value());
    std::vector<IndexedItem> out;
    for_each_chunk(values, [&](const std::vector<ll>& chunk) {
      Query q;
      q.sql("SELECT item_id, language, field, terms FROM knowledge_index WHERE item_id IN ");
      id_set(q, chunk, db_.dialect()).sql(" ORDER BY item_id, id");
      for (const auto& row : q.rows(s)) {
        ll id = get_int(row, 0);
        if (out.empty() || out.back().id.value() != id) out.push_back({ItemId(id), {}});
        out.back().fields.push_back({get_text(row, 1), get_text(row, 2), get_text(row, 3)});
      }
    });
    return out;
  });
}

Result<FacetCounts> SqlKnowledgeRepository::facets(const ItemFilter& filter) {
  struct Facet {
    const char* name;
    const char* from;  // joined to the items as i
    const char* value;
  };
  static constexpr Facet kFacets[] = {
      {"area", "knowledge_item_areas v JOIN knowledge_items i ON i.id = v.item_id", "v.code"},
      {"kind", "knowledge_items i", "i.kind"},
      {"country", "knowledge_item_countries v JOIN knowledge_items i ON i.id = v.item_id",
       "v.code"},
      {"region", "knowledge_item_regions v JOIN knowledge_items i ON i.id = v.item_id", "v.code"},
      {"timeframe", "knowledge_items i", "i.timeframe"},
      {"instrument", "knowledge_items i", "i.instrument"},
      {"language", "knowledge_texts v JOIN knowledge_items i ON i.id = v.item_id", "v.language"},
      {"status", "knowledge_items i", "i.status"},
  };
  return db_.with_session([&](soci::session& s) {
    FacetCounts out;
    for (const auto& facet : kFacets) {
      auto& counts = out[facet.name];
      Query q;
      q.sql("SELECT ").sql(facet.value).sql(", COUNT(*) FROM ").sql(facet.from);
      q.sql(" WHERE ").sql(facet.value).sql(" IS NOT NULL");
      add_filter(q, filter);
      q.sql(" GROUP BY ").sql(facet.value);
      for (const auto& row : q.rows(s)) counts[get_text(row, 0)] += std::size_t(get_int(row, 1));
    }
    return out;
  });
}

Result<std::vector<KnowledgeItem>> SqlKnowledgeRepository::items(const std::vector<ItemId>& ids) {
  return db_.with_session([&](soci::session& s) {
    std::vector<ll> values;
    for (auto id : ids) values.push_back(id.value());
    return in_order(s, values);
  });
}

Result<CommentId> SqlKnowledgeRepository::add_comment(const Comment& c) {
  return db_.transaction([&](soci::session& s) {
    ll id = 0, item = c.item.value(), at = c.created_at;
    ll author = c.author ? c.author->value() : 0;
    soci::indicator author_ind = c.author ? soci::i_ok : soci::i_null;
    int hidden = c.hidden ? 1 : 0;
    s << "INSERT INTO knowledge_comments (item_id, author_id, author_name, body, created_at, "
         "hidden, "
         "hidden_reason) VALUES (:i, :a, :an, :b, :t, :h, :r) RETURNING id",
        soci::use(item), soci::use(author, author_ind), soci::use(c.author_name), soci::use(c.body),
        soci::use(at), soci::use(hidden), soci::use(c.hidden_reason), soci::into(id);
    DataEpoch::bump(s);
    return CommentId(id);
  });
}

Result<std::vector<Comment>> SqlKnowledgeRepository::comments(ItemId item) {
  return db_.with_session([&](soci::session& s) {
    ll v = item.value();
    std::vector<Comment> out;
    soci::rowset<soci::row> rows =
        (s.prepare << "SELECT id, item_id, author_id, author_name, body, created_at, hidden, "
                      "hidden_reason "
                      "FROM knowledge_comments WHERE item_id = :i ORDER BY created_at, id",
         soci::use(v));
    for (const auto& row : rows) out.push_back(read_comment(row));
    return out;
  });
}

Result<bool> SqlKnowledgeRepository::hide_comment(CommentId id, const std::string& reason) {
  return db_.transaction([&](soci::session& s) {
    ll v = id.value();
    soci::statement st =
        (s.prepare << "UPDATE knowledge_comments SET hidden = 1, hidden_reason = :r WHERE id = :id",
         soci::use(reason), soci::use(v));
    st.execute(true);
    bool hidden = st.get_affected_rows() == 1;
    if (hidden) DataEpoch::bump(s);
    return hidden;
  });
}

Result<AttachmentId> SqlKnowledgeRepository::add_attachment(
    const Attachment& a, const std::vector<IndexedField>& attachment_index) {
  return db_.transaction([&](soci::session& s) -> Result<AttachmentId> {
    ll id = 0, item = a.item.value(), size = a.size, at = a.uploaded_at;
    int found = 0;
    s << "SELECT COUNT(*) FROM knowledge_items WHERE id = :id", soci::use(item), soci::into(found);
    if (found == 0) return fail(ErrorKind::not_found, "This item does not exist.", "id");
    ll by = a.uploaded_by ? a.uploaded_by->value() : 0;
    soci::indicator by_ind = a.uploaded_by ? soci::i_ok : soci::i_null;
    s << "INSERT INTO knowledge_attachments (item_id, sha256, file_name, media_type, size, "
         "extracted_text, "
         "uploaded_by, uploaded_at) VALUES (:i, :h, :n, :m, :s, :x, :b, :t) RETURNING id",
        soci::use(item), soci::use(a.sha256), soci::use(a.file_name), soci::use(a.media_type),
        soci::use(size), soci::use(a.extracted_text), soci::use(by, by_ind), soci::use(at),
        soci::into(id);
    write_index(s, item, attachment_index, IndexScope::attachments);
    DataEpoch::bump(s);
    return AttachmentId(id);
  });
}

Result<std::vector<Attachment>> SqlKnowledgeRepository::attachments(ItemId item) {
  return db_.with_session([&](soci::session& s) {
    ll v = item.value();
    std::vector<Attachment> out;
    soci::rowset<soci::row> rows = (s.prepare << "SELECT id, item_id, sha256, file_name, "
                                                 "media_type, size, extracted_text, uploaded_by, "
                                                 "uploaded_at FROM knowledge_attachments WHERE "
                                                 "item_id = :i ORDER BY uploaded_at, id",
                                    soci::use(v));
    for (const auto& row : rows) out.push_back(read_attachment(row));
    return out;
  });
}

Result<bool> SqlKnowledgeRepository::content_in_use(const std::string& sha256) {
  return db_.with_session([&](soci::session& s) {
    ll n = 0;
    s << "SELECT COUNT(*) FROM knowledge_attachments WHERE sha256 = :d", soci::use(sha256), soci::into(n);
    return n > 0;
  });
}

Result<bool> SqlKnowledgeRepository::remove_attachment(
    ItemId item, AttachmentId id, const std::vector<IndexedField>& attachment_index) {
  return db_.transaction([&](soci::session& s) -> Result<bool> {
    ll i = item.value(), a = id.value();
    soci::statement st =
        (s.prepare << "DELETE FROM knowledge_attachments WHERE id = :a AND item_id = :i",
         soci::use(a), soci::use(i));
    st.execute(true);
    if (st.get_affected_rows() != 1) return false;
    write_index(s, i, attachment_index, IndexScope::attachments);
    DataEpoch::bump(s);
    return true;
  });
}

}  // namespace cps::storage
