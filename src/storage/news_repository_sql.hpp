// News posts in either database; every change written in the transaction of the service's
// step, together with its audit line.
#pragma once

#include "domain/news/news_repository.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class NewsRepositorySql final : public news::NewsRepository {
 public:
  explicit NewsRepositorySql(Database& db) : db_(db) {}

  // A successful transaction also moves the data epoch, since news show on cached pages.
  Status transaction(const std::function<Status(news::NewsStore&)>& work) override;
  Status read(const std::function<Status(news::NewsStore&)>& work) override;

 private:
  Database& db_;
};

}  // namespace cps::storage
