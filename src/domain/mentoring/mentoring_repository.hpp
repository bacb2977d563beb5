// What mentoring needs from storage: small operations on one open transaction, composed by the
// service so that a change and its audit line are written together or not at all.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/mentoring/mentoring.hpp"

namespace cps::mentoring {

struct RequestFilter {
  std::optional<accounts::UserId> learner = std::nullopt;
  std::optional<accounts::UserId> mentor = std::nullopt;
  // Both set: requests where the person is the learner OR the mentor.
  bool either = false;
};

class MentoringStore {
 public:
  virtual ~MentoringStore() = default;

  // With open_pairs filled (accepted requests of the mentor).
  virtual Result<std::optional<MentorOffer>> offer(accounts::UserId mentor) = 0;
  // Every offer, active or not, with open_pairs filled; by mentor id.
  virtual Result<std::vector<MentorOffer>> offers() = 0;
  // Inserts or replaces the person's offer with its topics and languages.
  virtual Status save_offer(const MentorOffer& offer) = 0;

  virtual Result<RequestId> insert_request(const MentoringRequest& request) = 0;
  // With its meetings and feedback.
  virtual Result<std::optional<MentoringRequest>> request(RequestId id) = 0;
  // Without meetings and feedback; newest first.
  virtual Result<std::vector<MentoringRequest>> requests(const RequestFilter& filter) = 0;
  // Writes status, reason, goals, outcome and times as revision expected_revision + 1 when the
  // stored one is still at expected_revision; false (nothing written) otherwise.
  virtual Result<bool> update_request(const MentoringRequest& request, int expected_revision) = 0;
  virtual Result<MeetingId> insert_meeting(RequestId request, const Meeting& meeting) = 0;
  // Fails (conflict, field "rating") when the side has given its feedback already.
  virtual Status insert_feedback(RequestId request, const Feedback& feedback) = 0;

  // The audit log is the accounts' one.
  virtual Status append_audit(const accounts::AuditRecord& record) = 0;
};

class MentoringRepository {
 public:
  virtual ~MentoringRepository() = default;
  // Runs work in one transaction: committed when it succeeds, rolled back when it fails.
  virtual Status transaction(const std::function<Status(MentoringStore&)>& work) = 0;
  // Runs reads without taking the write lock.
  virtual Status read(const std::function<Status(MentoringStore&)>& work) = 0;
};

}  // namespace cps::mentoring
