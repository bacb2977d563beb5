// Comments on knowledge items: adding, listing and hiding them.
#include "storage/audit_log_sql.hpp"
#include "storage/knowledge/parts.hpp"

namespace cps::storage {

Result<CommentId> SqlKnowledgeRepository::add_comment(const Comment& c,
                                                      const accounts::AuditRecord& audit) {
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
    append_audit(s, audit);
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

Result<bool> SqlKnowledgeRepository::hide_comment(CommentId id, const std::string& reason,
                                                 const accounts::AuditRecord& audit) {
  return db_.transaction([&](soci::session& s) {
    ll v = id.value();
    soci::statement st =
        (s.prepare << "UPDATE knowledge_comments SET hidden = 1, hidden_reason = :r WHERE id = :id",
         soci::use(reason), soci::use(v));
    st.execute(true);
    bool hidden = st.get_affected_rows() == 1;
    if (hidden) {
      append_audit(s, audit);
      DataEpoch::bump(s);
    }
    return hidden;
  });
}

}  // namespace cps::storage
