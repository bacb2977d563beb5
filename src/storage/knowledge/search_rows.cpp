// What search keeps in the database: each field's index terms per item and language, the
// change log (a counter and the items it moved for) that tells servers what to reload, facets.
#include "storage/knowledge/parts.hpp"

#include <cctype>

namespace cps::storage {

namespace {

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

}  // namespace

namespace knowledge_sql {

void write_index(soci::session& s, ll id, const std::vector<IndexedField>& index, IndexScope scope,
                 const std::string& kept_language) {
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

}  // namespace knowledge_sql

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
        SqlQuery q;
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
          {"SELECT item_id, code FROM knowledge_item_sectors", &SearchEntry::sectors},
          {"SELECT item_id, language FROM knowledge_texts", &SearchEntry::languages}};
      for (const auto& [select, member] : lists) {
        SqlQuery q;
        q.sql(select).sql(" WHERE item_id IN ");
        id_set(q, chunk, db_.dialect()).sql(" ORDER BY item_id, position");
        for (const auto& row : q.rows(s))
          if (auto it = entries.find(get_int(row, 0)); it != entries.end()) (it->second.*member).push_back(get_text(row, 1));
      }
      {
        SqlQuery q;
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
      SqlQuery q;
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
      {"sector", "knowledge_item_sectors v JOIN knowledge_items i ON i.id = v.item_id", "v.code"},
      {"timeframe", "knowledge_items i", "i.timeframe"},
      {"instrument", "knowledge_items i", "i.instrument"},
      {"language", "knowledge_texts v JOIN knowledge_items i ON i.id = v.item_id", "v.language"},
      {"status", "knowledge_items i", "i.status"},
  };
  return db_.with_session([&](soci::session& s) {
    FacetCounts out;
    for (const auto& facet : kFacets) {
      auto& counts = out[facet.name];
      SqlQuery q;
      q.sql("SELECT ").sql(facet.value).sql(", COUNT(*) FROM ").sql(facet.from);
      q.sql(" WHERE ").sql(facet.value).sql(" IS NOT NULL");
      add_filter(q, filter);
      q.sql(" GROUP BY ").sql(facet.value);
      for (const auto& row : q.rows(s)) counts[get_text(row, 0)] += std::size_t(get_int(row, 1));
    }
    return out;
  });
}

}  // namespace cps::storage
