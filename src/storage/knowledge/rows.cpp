// Reading the knowledge tables: an item's row and what it holds in other tables, the
// conditions of a filter, comments' and attachments' rows (see parts.hpp).
#include "storage/knowledge/parts.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <stdexcept>

#include "domain/knowledge/item_input.hpp"

namespace cps::storage::knowledge_sql {

namespace {

// Stored JSON was written by input_json or sources_json; a document that does not read back
// is a bug or a damaged row, so it throws.
[[noreturn]] void damaged(const Error& e) {
  throw std::runtime_error("a stored knowledge item does not read back: " + e.field + ": " + e.message);
}

}  // namespace

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

json::array string_array(const std::vector<std::string>& values) {
  json::array out;
  for (const auto& v : values) out.emplace_back(v);
  return out;
}

std::vector<std::string> strings_of(const json::value& v) {
  std::vector<std::string> out;
  if (v.is_array())
    for (const auto& s : v.get_array())
      if (s.is_string()) out.emplace_back(s.get_string());
  return out;
}

ItemInput input_of(const json::value& value) {
  auto in = read_input(value.as_object());
  if (!in) damaged(in.error());
  return std::move(*in);
}

std::vector<Source> sources_of(const json::value& value) {
  auto sources = read_sources(value);
  if (!sources) damaged(sources.error());
  return std::move(*sources);
}

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
  in.target_groups = strings_of(json::parse(get_text(row, 13)));
  in.sources = sources_of(json::parse(get_text(row, 14)));
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

SqlQuery& id_list(SqlQuery& q, const std::vector<ll>& ids) { return q.integers(ids); }

// "(SELECT …)" of the ids as one bound value (a JSON array or an array literal): one parameter
// however many ids, where an IN list of parameters costs the database a name lookup for each.
SqlQuery& id_set(SqlQuery& q, const std::vector<ll>& ids, Dialect dialect) {
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
      SqlQuery q;
      q.sql(kItemColumns).sql(" WHERE i.id IN ");
      id_list(q, chunk);
      for (const auto& row : q.rows(s)) {
        KnowledgeItem item = read_item(row);
        out.emplace(item.id.value(), std::move(item));
      }
    }
    {
      SqlQuery q;
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
        {"knowledge_item_regions", &ItemInput::regions},
        {"knowledge_item_sectors", &ItemInput::sectors}};
    for (const auto& [table, member] : lists) {
      SqlQuery q;
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

// Appends " AND …" conditions on the items aliased `i` for what `f` allows.
void add_filter(SqlQuery& q, const ItemFilter& f) {
  if (f.statuses.empty()) {
    q.sql(" AND 1 = 0");
  } else {
    q.sql(" AND i.status IN ").list(f.statuses, [](SqlQuery& qq, ItemStatus st) {
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
  if (f.sector) exists("knowledge_item_sectors", "code", *f.sector);
  if (f.language) exists("knowledge_texts", "language", *f.language);
  if (f.kind) q.sql(" AND i.kind = ").text(std::string(to_string(*f.kind)));
  if (f.timeframe) q.sql(" AND i.timeframe = ").text(std::string(to_string(*f.timeframe)));
  if (f.instrument) q.sql(" AND i.instrument = ").text(std::string(to_string(*f.instrument)));
  if (f.status) q.sql(" AND i.status = ").text(std::string(to_string(*f.status)));
  if (f.author) q.sql(" AND i.author_id = ").integer(f.author->value());
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

}  // namespace cps::storage::knowledge_sql
