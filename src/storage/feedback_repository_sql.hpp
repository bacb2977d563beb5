// Feedback and curations in either database: one judgment per person and subject, a region's
// tallies, every judgment for the export, and coordinators' curations of recommendations.
#pragma once

#include "domain/feedback/feedback_repository.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class FeedbackRepositorySql final : public feedback::FeedbackRepository {
 public:
  explicit FeedbackRepositorySql(Database& db) : db_(db) {}

  // A successful transaction also moves the data epoch: curations change what pages show.
  Status transaction(const std::function<Status(feedback::FeedbackStore&)>& work) override;
  Status read(const std::function<Status(feedback::FeedbackStore&)>& work) override;

 private:
  Database& db_;
};

}  // namespace cps::storage
