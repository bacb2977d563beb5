// Knowledge items in the database: saving (with their texts, code lists, first revision and
// index rows in one transaction), finding, listing and removing them.
#include "storage/audit_log_sql.hpp"
#include "storage/knowledge/parts.hpp"

#include "domain/knowledge/item_input.hpp"
#include "retrieval/fold.hpp"

namespace cps::storage {

namespace {

std::optional<ll> id_of(const auto& id) { return id ? std::optional<ll>(id->value()) : std::nullopt; }

std::string json_text(const json::value& v) {
  return json::serialize(v);
}

// The folded title of the original language, so titles sort alike on both databases.
std::string title_key(const ItemInput& in) {
  for (const auto& t : in.texts)
    if (t.language == in.original_language) return retrieval::fold(t.title);
  return in.texts.empty() ? std::string() : retrieval::fold(in.texts.front().title);
}

// The item's own columns as "column = value" pairs, in one order for INSERT and UPDATE.
void item_values(SqlQuery& q, const KnowledgeItem& item, int revision, const char* separator) {
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
      {"knowledge_item_regions", &in.regions},
      {"knowledge_item_sectors", &in.sectors}};
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

// The audit line of a change that made an item: the new item's id as target unless one is given.
accounts::AuditRecord audit_of_new(accounts::AuditRecord audit, ItemId id) {
  if (audit.target.empty()) audit.target = "knowledge:" + std::to_string(id.value());
  return audit;
}

// Stores a new item (revision 1) inside the caller's transaction.
Result<ItemId> insert_item(soci::session& s, const KnowledgeItem& item, const std::string& note,
                           const std::vector<IndexedField>& index) {
  SqlQuery q;
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
                                              const std::vector<IndexedField>& index,
                                              const accounts::AuditRecord& audit) {
  return db_.transaction([&](soci::session& s) -> Result<ItemId> {
    auto id = insert_item(s, item, note, index);
    if (!id) return id;
    append_audit(s, audit_of_new(audit, *id));
    DataEpoch::bump(s);
    return id;
  });
}

Result<std::vector<ItemId>> SqlKnowledgeRepository::create_all(const std::vector<KnowledgeItem>& items,
                                                              const std::string& note,
                                                              const std::vector<std::vector<IndexedField>>& index,
                                                              const accounts::AuditRecord& audit) {
  return db_.transaction([&](soci::session& s) -> Result<std::vector<ItemId>> {
    std::vector<ItemId> out;
    for (std::size_t i = 0; i < items.size(); ++i) {
      auto id = insert_item(s, items[i], note, i < index.size() ? index[i] : std::vector<IndexedField>{});
      if (!id) return std::unexpected(id.error());
      append_audit(s, audit_of_new(audit, *id));
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

Result<std::vector<Sector>> SqlKnowledgeRepository::sectors() {
  return db_.with_session([&](soci::session& s) {
    std::vector<Sector> out;
    soci::rowset<soci::row> rows =
        s.prepare << "SELECT nace_division, section, category FROM cluster_categories ORDER BY nace_division";
    for (const auto& row : rows) {
      std::string section = get_text(row, 1);
      out.push_back({get_text(row, 0), section.empty() ? '?' : section[0], get_text(row, 2)});
    }
    return out;
  });
}

Result<bool> SqlKnowledgeRepository::update(const KnowledgeItem& item, int expected_revision,
                                            const std::string& note,
                                            const std::vector<IndexedField>& index,
                                            const accounts::AuditRecord& audit) {
  return db_.transaction([&](soci::session& s) -> Result<bool> {
    // The row lock taken here orders concurrent saves; the loser finds the revision moved on.
    SqlQuery q;
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
    append_audit(s, audit);
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

Status SqlKnowledgeRepository::remove(ItemId id, const accounts::AuditRecord& audit) {
  return db_.transaction([&](soci::session& s) -> Status {
    ll v = id.value();
    int found = 0;
    s << "SELECT COUNT(*) FROM knowledge_items WHERE id = :id", soci::use(v), soci::into(found);
    if (found == 0) return fail(ErrorKind::not_found, "This item does not exist.", "id");
    // The index goes first so its statistics and full-text entries leave with it.
    write_index(s, v, {}, IndexScope::everything);
    s << "DELETE FROM knowledge_items WHERE id = :id", soci::use(v);
    append_audit(s, audit);
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
      SqlQuery q;
      q.sql("SELECT COUNT(*) FROM knowledge_items i WHERE 1 = 1");
      add_filter(q, filter);
      for (const auto& row : q.rows(s)) total = std::size_t(get_int(row, 0));
    }
    std::vector<ll> ids;
    {
      SqlQuery q;
      q.sql("SELECT i.id FROM knowledge_items i WHERE 1 = 1");
      add_filter(q, filter);
      q.sql(order_by).sql(" LIMIT ").integer(ll(limit)).sql(" OFFSET ").integer(ll(offset));
      for (const auto& row : q.rows(s)) ids.push_back(get_int(row, 0));
    }
    return std::pair(in_order(s, ids), total);
  });
}

Result<std::vector<KnowledgeItem>> SqlKnowledgeRepository::items(const std::vector<ItemId>& ids) {
  return db_.with_session([&](soci::session& s) {
    std::vector<ll> values;
    for (auto id : ids) values.push_back(id.value());
    return in_order(s, values);
  });
}

}  // namespace cps::storage
