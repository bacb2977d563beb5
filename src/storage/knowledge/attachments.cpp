// Files attached to knowledge items: their rows (the bytes live in the content store) and
// the index rows of their extracted text.
#include "storage/audit_log_sql.hpp"
#include "storage/knowledge/parts.hpp"

namespace cps::storage {

Result<AttachmentId> SqlKnowledgeRepository::add_attachment(
    const Attachment& a, const std::vector<IndexedField>& attachment_index,
    const accounts::AuditRecord& audit) {
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
    append_audit(s, audit);
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
    ItemId item, AttachmentId id, const std::vector<IndexedField>& attachment_index,
    const accounts::AuditRecord& audit) {
  return db_.transaction([&](soci::session& s) -> Result<bool> {
    ll i = item.value(), a = id.value();
    soci::statement st =
        (s.prepare << "DELETE FROM knowledge_attachments WHERE id = :a AND item_id = :i",
         soci::use(a), soci::use(i));
    st.execute(true);
    if (st.get_affected_rows() != 1) return false;
    write_index(s, i, attachment_index, IndexScope::attachments);
    append_audit(s, audit);
    DataEpoch::bump(s);
    return true;
  });
}

}  // namespace cps::storage
