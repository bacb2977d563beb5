// The audit log's one insert, shared by every repository whose changes are audited (accounts,
// assessments), so that a change and its audit line are written in the same transaction.
#pragma once

#include <soci/soci.h>

#include "domain/accounts/accounts.hpp"

namespace cps::storage {

void append_audit(soci::session& s, const accounts::AuditRecord& record);

}  // namespace cps::storage
