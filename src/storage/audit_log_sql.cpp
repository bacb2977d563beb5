// The audit log's one insert (see audit_log_sql.hpp).
#include "storage/audit_log_sql.hpp"

namespace cps::storage {

void append_audit(soci::session& s, const accounts::AuditRecord& r) {
  long long at = r.at;
  long long actor = r.actor ? r.actor->value() : 0;
  soci::indicator actor_ind = r.actor ? soci::i_ok : soci::i_null;
  s << "INSERT INTO audit_log (at, actor_id, actor, action, target, detail, client) "
       "VALUES (:at, :actor_id, :actor, :action, :target, :detail, :client)",
      soci::use(at), soci::use(actor, actor_ind), soci::use(r.actor_label), soci::use(r.action),
      soci::use(r.target), soci::use(r.detail), soci::use(r.client);
}

}  // namespace cps::storage
