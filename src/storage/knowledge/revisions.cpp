// Revisions: every save of an item keeps its whole input (in knowledge::input_json's shape)
// with who saved it, when and why.
#include "storage/knowledge/parts.hpp"

#include "domain/knowledge/item_input.hpp"

namespace cps::storage {

namespace knowledge_sql {

void write_revision(soci::session& s, ll id, int number, const KnowledgeItem& item,
                    const std::string& note) {
  std::string content = json::serialize(input_json(item.content)), status(to_string(item.status));
  ll author = item.author ? item.author->value() : 0, saved_at = item.updated_at;
  soci::indicator author_ind = item.author ? soci::i_ok : soci::i_null;
  s << "INSERT INTO knowledge_revisions (item_id, number, author_id, author_name, saved_at, note, "
       "status, "
       "content) VALUES (:id, :n, :a, :an, :t, :note, :st, :c)",
      soci::use(id), soci::use(number), soci::use(author, author_ind), soci::use(item.author_name),
      soci::use(saved_at), soci::use(note), soci::use(status), soci::use(content);
}

}  // namespace knowledge_sql

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

}  // namespace cps::storage
