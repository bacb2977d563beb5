// What the helpdesk needs from storage: small operations on one open transaction, composed by
// the service so that a change and its audit line are written together or not at all.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "core/error.hpp"
#include "domain/helpdesk/helpdesk.hpp"

namespace cps::helpdesk {

struct QuestionFilter {
  std::optional<accounts::UserId> asker = std::nullopt;
  std::optional<accounts::UserId> expert = std::nullopt;
  std::vector<AreaCode> areas = {};            // empty: every area
  std::vector<QuestionStatus> statuses = {};   // empty: every status
  std::optional<RegionCode> region = std::nullopt;
};

class HelpdeskStore {
 public:
  virtual ~HelpdeskStore() = default;
  virtual Result<QuestionId> insert_question(const Question& question) = 0;
  // Names of the asker and the expert filled.
  virtual Result<std::optional<Question>> question(QuestionId id) = 0;
  // Newest first.
  virtual Result<std::vector<Question>> questions(const QuestionFilter& filter) = 0;
  // Writes the question as revision expected_revision + 1 when the stored one is still at
  // expected_revision; false (nothing written) when somebody changed it in between.
  virtual Result<bool> update_question(const Question& question, int expected_revision) = 0;
  // Reminders already queued, by key ("question:12:overdue:2026-05-01").
  virtual Result<bool> reminder_sent(const std::string& key) = 0;
  virtual Status mark_reminder_sent(const std::string& key, Seconds at) = 0;
  virtual Status append_audit(const accounts::AuditRecord& record) = 0;
};

class HelpdeskRepository {
 public:
  virtual ~HelpdeskRepository() = default;
  virtual Status transaction(const std::function<Status(HelpdeskStore&)>& work) = 0;
  virtual Status read(const std::function<Status(HelpdeskStore&)>& work) = 0;
};

}  // namespace cps::helpdesk
