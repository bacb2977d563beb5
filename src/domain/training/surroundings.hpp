// What the training programme learns from the rest of the platform, as a small port: the
// events that are a module's sessions (and whether the person attended them, as the events'
// attendance says), the knowledge items a module links to, and people's names. The composition
// root adapts the events and knowledge services to it; unit tests use a fake (testing/).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/training/training.hpp"

namespace cps::training {

struct Session {
  std::int64_t event = 0;
  std::string title;
  Seconds starts_at = 0;  // UTC
  std::string zone;       // the event's IANA zone
  bool attended = false;  // the viewer was checked in
};

struct LinkedItem {
  std::int64_t id = 0;
  std::string title;
};

class TrainingSurroundings {
 public:
  virtual ~TrainingSurroundings() = default;
  // The events among `events` that are training sessions, as `who` sees them (attended: `who`
  // was checked in), by start; others are left out.
  virtual Result<std::vector<Session>> sessions(const accounts::Principal& who,
                                                const std::vector<std::int64_t>& events) = 0;
  // Every training session, for the form that links them to a module.
  virtual Result<std::vector<Session>> training_sessions() = 0;
  // The published knowledge items among `items`; others are left out.
  virtual Result<std::vector<LinkedItem>> knowledge_items(const std::vector<std::int64_t>& items) = 0;
  // The person's name as a certificate shows it; "" when unknown.
  virtual Result<std::string> name_of(accounts::UserId user) = 0;
};

}  // namespace cps::training
