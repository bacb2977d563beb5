// An agenda source that answers what it was given, the same to everybody signed in, or fails
// when told to: what the service's tests need of a feature.
#pragma once

#include <optional>
#include <vector>

#include "domain/agenda/agenda.hpp"

namespace cps::agenda {

class FakeAgendaSource final : public AgendaSource {
 public:
  std::vector<Entry> entries;
  std::optional<Error> failure;
  std::string asked_today;  // the day the last question judged by

  std::string asked_language;

  Result<std::vector<Entry>> waiting_for(const accounts::Principal&, std::string_view today,
                                         const std::string& language) override {
    asked_today = std::string(today);
    asked_language = language;
    if (failure) return std::unexpected(*failure);
    return entries;
  }
};

}  // namespace cps::agenda
