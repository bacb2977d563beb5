// Newsletter subscribers, links, consent log and issues in either database; every change
// written in the transaction of the service's step, with its mails and its audit line.
#pragma once

#include "domain/newsletter/newsletter_repository.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class NewsletterRepositorySql final : public newsletter::NewsletterRepository {
 public:
  explicit NewsletterRepositorySql(Database& db) : db_(db) {}

  // A successful transaction also moves the data epoch, since the archive is a cached page.
  Status transaction(const std::function<Status(newsletter::NewsletterStore&)>& work) override;
  Status read(const std::function<Status(newsletter::NewsletterStore&)>& work) override;

 private:
  Database& db_;
};

}  // namespace cps::storage
