// The rules of feedback and curation: anyone signed in judges a recommendation, a match or a
// mentor suggestion (one judgment per person and subject, the newest kept); coordinators of
// the need's area pin, hide or annotate a region's recommendations and export every judgment
// for the offline evaluation. Every change writes an audit line ("feedback.given",
// "curation.saved", "curation.cleared") in the same transaction.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/feedback/feedback_repository.hpp"
#include "export/table.hpp"

namespace cps::feedback {

// The tally of a subject and the viewer's own judgment on it.
struct Summary {
  Subject subject = Subject::recommendation;
  std::string key;
  Tally tally;
  std::optional<Judgment> mine;
};

class FeedbackService {
 public:
  using Clock = std::function<Seconds()>;
  FeedbackService(FeedbackRepository& repository, FeedbackSurroundings& surroundings, Clock clock = {});

  // A recommendation's region must be known and its item a published knowledge item.
  Result<Summary> give(const accounts::Principal& who, FeedbackInput input);
  Result<Summary> summary(const accounts::Principal& who, Subject subject, const std::string& key);
  // The summaries of many subjects of one kind (a page's recommendations or matches), in the
  // order of `keys`, read in one go.
  Result<std::vector<Summary>> summaries(const accounts::Principal& who, Subject subject,
                                         const std::vector<std::string>& keys);

  // The summaries of everything the viewer judged, oldest judgment first.
  Result<std::vector<Summary>> mine(const accounts::Principal& who);

  // Whether `who` may curate a need's recommendations (the coordinators of its area; the
  // lead partner, the committee and administrators for every need).
  bool may_curate(const accounts::Principal& who, const std::string& need) const;
  // Whether `who` may export the judgments (who may curate the needs of any area).
  bool may_export(const accounts::Principal& who) const;

  Result<std::optional<Curation>> curate(const accounts::Principal& who, CurationInput input);
  // The region's curations (everybody may read them: pinned and noted recommendations are
  // shown to all; hidden ones are left out by the engine).
  Result<std::vector<Curation>> curations(const std::optional<RegionCode>& region);
  Result<std::vector<FeedbackTally>> tallies(const RegionCode& region);

  // Every judgment, oldest first; for who may export.
  Result<std::vector<Judgment>> judgments(const accounts::Principal& who);

 private:
  Seconds now() const;

  FeedbackRepository& repository_;
  FeedbackSurroundings& surroundings_;
  Clock clock_;
};

// The judgments as a table for the exports (CSV for the offline evaluation): subject, key, region, need, item, verdict,
// grade, reason, user (the account's number, not the name: the file goes to whoever tunes the
// engine), at (UTC, ISO 8601).
exports::Table judgments_table(const std::vector<Judgment>& judgments);

}  // namespace cps::feedback
