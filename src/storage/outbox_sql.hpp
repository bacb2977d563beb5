// The outbox table in either database.
#pragma once

#include "mail/outbox.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class SqlOutbox final : public mail::OutboxStore {
 public:
  explicit SqlOutbox(Database& db) : db_(db) {}
  Result<std::vector<mail::Mail>> claim_due(mail::Seconds now, mail::Seconds lease_until,
                                            std::size_t limit) override;
  Status mark_sent(std::int64_t id, mail::Seconds now) override;
  Status mark_failed(std::int64_t id, const std::string& error, mail::Seconds retry_at) override;

  // The newest mail's id (0 for an empty outbox), and dropping the unsent mails queued after
  // one: the demo loads its steps through the services, whose mails would go to its
  // fictional people, so it keeps none of them.
  Result<std::int64_t> last_id();
  Result<std::size_t> drop_unsent_after(std::int64_t id);

 private:
  Database& db_;
};

}  // namespace cps::storage
