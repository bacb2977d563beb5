// Machine translations of knowledge items' titles and summaries: one row per item and
// language, replaced when made again. They touch neither revisions nor index rows.
#include "storage/audit_log_sql.hpp"
#include "storage/knowledge/parts.hpp"

namespace cps::storage {

Result<std::vector<MachineTranslation>> SqlKnowledgeRepository::machine_translations(ItemId item) {
  return db_.with_session([&](soci::session& s) {
    ll v = item.value();
    std::vector<MachineTranslation> out;
    soci::rowset<soci::row> rows =
        (s.prepare << "SELECT language, title, summary, source_language, source_title, source_summary, "
                      "revision, engine, requested_by, made_at FROM knowledge_machine_translations "
                      "WHERE item_id = :i ORDER BY language",
         soci::use(v));
    for (const auto& row : rows) {
      MachineTranslation t;
      t.item = item;
      t.text.language = get_text(row, 0);
      t.text.title = get_text(row, 1);
      t.text.summary = get_text(row, 2);
      t.text.translation = Translation::machine;
      t.source_language = get_text(row, 3);
      t.source_title = get_text(row, 4);
      t.source_summary = get_text(row, 5);
      t.revision = int(get_int(row, 6));
      t.engine = get_text(row, 7);
      if (auto by = get_optional_int(row, 8)) t.requested_by = accounts::UserId(*by);
      t.made_at = get_int(row, 9);
      out.push_back(std::move(t));
    }
    return out;
  });
}

Status SqlKnowledgeRepository::save_machine_translation(const MachineTranslation& t,
                                                        const accounts::AuditRecord& audit) {
  return db_.transaction([&](soci::session& s) -> Status {
    ll item = t.item.value(), at = t.made_at;
    int found = 0, revision = t.revision;
    s << "SELECT COUNT(*) FROM knowledge_items WHERE id = :id", soci::use(item), soci::into(found);
    if (found == 0) return fail(ErrorKind::not_found, "This item does not exist.", "id");
    ll by = t.requested_by ? t.requested_by->value() : 0;
    soci::indicator by_ind = t.requested_by ? soci::i_ok : soci::i_null;
    s << "DELETE FROM knowledge_machine_translations WHERE item_id = :i AND language = :l", soci::use(item),
        soci::use(t.text.language);
    s << "INSERT INTO knowledge_machine_translations (item_id, language, title, summary, source_language, "
         "source_title, source_summary, revision, engine, requested_by, made_at) "
         "VALUES (:i, :l, :ti, :su, :sl, :st, :ss, :r, :e, :b, :t)",
        soci::use(item), soci::use(t.text.language), soci::use(t.text.title), soci::use(t.text.summary),
        soci::use(t.source_language), soci::use(t.source_title), soci::use(t.source_summary), soci::use(revision),
        soci::use(t.engine), soci::use(by, by_ind), soci::use(at);
    append_audit(s, audit);
    // The item's page shows it: cached pages of every server are dropped.
    DataEpoch::bump(s);
    return {};
  });
}

}  // namespace cps::storage
