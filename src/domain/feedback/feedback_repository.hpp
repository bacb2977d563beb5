// What feedback and curation need from storage: small operations on one open transaction,
// composed by the service so that a change and its audit line are written together.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "core/error.hpp"
#include "domain/feedback/feedback.hpp"

namespace cps::feedback {

class FeedbackStore {
 public:
  virtual ~FeedbackStore() = default;
  // Inserts the judgment, or replaces the one the same user gave on the same subject and key.
  virtual Status save_judgment(const Judgment& judgment) = 0;
  virtual Result<std::optional<Judgment>> judgment(Subject subject, const std::string& key, accounts::UserId user) = 0;
  virtual Result<Tally> tally(Subject subject, const std::string& key) = 0;
  // The tallies of every recommendation for the region that has feedback.
  virtual Result<std::vector<FeedbackTally>> tallies(const RegionCode& region) = 0;
  // Every judgment (user names filled), or the user's, oldest first.
  virtual Result<std::vector<Judgment>> judgments(std::optional<accounts::UserId> user) = 0;
  // Inserts or replaces the curation of its key; the curator is a user id.
  virtual Status save_curation(const Curation& curation, accounts::UserId curator) = 0;
  virtual Status delete_curation(const RecommendationKey& key) = 0;
  // The region's curations, curators' names filled; every region's when nullopt.
  virtual Result<std::vector<Curation>> curations(const std::optional<RegionCode>& region) = 0;
  virtual Status append_audit(const accounts::AuditRecord& record) = 0;
};

class FeedbackRepository {
 public:
  virtual ~FeedbackRepository() = default;
  virtual Status transaction(const std::function<Status(FeedbackStore&)>& work) = 0;
  virtual Status read(const std::function<Status(FeedbackStore&)>& work) = 0;
};

// What the rules need to know of the rest of the platform: that a region is one the platform
// knows and that a recommended item is a published knowledge item.
class FeedbackSurroundings {
 public:
  virtual ~FeedbackSurroundings() = default;
  virtual Result<bool> region_exists(const RegionCode& region) = 0;
  virtual Result<bool> practice_published(std::int64_t item) = 0;
};

}  // namespace cps::feedback
