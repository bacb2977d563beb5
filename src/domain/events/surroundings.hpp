// What events need from the rest of the platform, as a small port: people (whom to tell, in
// which language, and what an attendance list says of them), organisations' names, the
// knowledge base a visit's lessons go to, and the outbox. The composition root adapts the
// accounts, knowledge and mail parts to it; unit tests use a fake (testing/).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/events/events.hpp"

namespace cps::events {

struct Person {
  accounts::UserId id;
  std::string name;
  std::string email;
  std::string language;           // the interface language
  std::string organisation;       // its name, "" without one
  std::string country;            // the organisation's country code
  std::string organisation_type;  // the organisation's partner type code
};

// The knowledge item drafted from one lesson of a visit's report.
struct LessonDraft {
  std::vector<std::string> areas;
  std::vector<std::string> regions;
  std::string title;
  std::string summary;
  std::string body;
  std::string lessons;
  std::string transferability;
};

class EventSurroundings {
 public:
  virtual ~EventSurroundings() = default;
  virtual Result<std::optional<Person>> person(accounts::UserId id) = 0;
  virtual Result<std::optional<std::string>> organisation_name(accounts::OrganisationId id) = 0;
  // Saves the draft as a knowledge item written by `who` and submits it for review, through
  // the knowledge service and its rules; the item's id.
  virtual Result<std::int64_t> draft_lesson(const accounts::Principal& who, const LessonDraft& draft) = 0;
  // Queues an e-mail in the outbox. Subject and body are catalogue message ids with "{name}"
  // places, translated into the recipient's language; "{link}" is the public address of "path".
  struct MailText {
    std::string subject;
    std::string body;
    std::vector<std::pair<std::string, std::string>> values;
  };
  virtual Status queue_mail(const Person& to, const MailText& text) = 0;
};

}  // namespace cps::events
