// What the training programme learns from the rest of the platform, adapted from the events
// service (sessions and their attendance), the knowledge base and the accounts (see
// domain/training/surroundings.hpp).
#pragma once

#include "domain/accounts/account_repository.hpp"
#include "domain/events/event_service.hpp"
#include "domain/knowledge/knowledge_repository.hpp"
#include "domain/training/surroundings.hpp"

namespace cps::app {

class TrainingPlatform final : public training::TrainingSurroundings {
 public:
  TrainingPlatform(events::EventService& events, knowledge::KnowledgeRepository& items,
                   accounts::AccountRepository& accounts)
      : events_(events), items_(items), accounts_(accounts) {}

  // Read through the events service as `who` sees each event: attended when their own
  // registration was checked in.
  Result<std::vector<training::Session>> sessions(const accounts::Principal& who,
                                                  const std::vector<std::int64_t>& events) override;
  // Upcoming and past training sessions, by start.
  Result<std::vector<training::Session>> training_sessions() override;
  // Published items, with their English (or original) title.
  Result<std::vector<training::LinkedItem>> knowledge_items(const std::vector<std::int64_t>& items) override;
  Result<std::string> name_of(accounts::UserId user) override;

 private:
  events::EventService& events_;
  knowledge::KnowledgeRepository& items_;
  accounts::AccountRepository& accounts_;
};

}  // namespace cps::app
