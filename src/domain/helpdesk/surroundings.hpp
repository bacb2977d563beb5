// What the helpdesk needs from the rest of the platform, as a small port: people (who may be
// assigned, whom to tell), the regions, the knowledge base the answers go to, and the outbox.
// The composition root adapts the accounts, reference, knowledge and mail parts to it; unit
// tests use a fake (testing/).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/helpdesk/helpdesk.hpp"

namespace cps::helpdesk {

// A person as the helpdesk needs them: whom to mail in which language, and their roles (as a
// principal) to judge whether they may answer questions of an area.
struct Person {
  accounts::UserId id;
  std::string name;
  std::string email;
  std::string language;  // the person's interface language
  accounts::Principal principal;
};

// The draft knowledge item an answer becomes.
struct DraftAnswer {
  AnswerKind kind = AnswerKind::study;
  AreaCode area;
  RegionCode region;
  std::string language;
  std::string title;
  std::string summary;
  std::string body;
};

class HelpdeskSurroundings {
 public:
  virtual ~HelpdeskSurroundings() = default;
  virtual Result<bool> region_exists(const RegionCode& region) = 0;
  // Every active account (the service keeps those the policy lets answer an area).
  virtual Result<std::vector<Person>> people() = 0;
  virtual Result<std::optional<Person>> person(accounts::UserId id) = 0;
  // Saves the answer as a draft knowledge item written by `who`; its id.
  virtual Result<std::int64_t> write_answer(const accounts::Principal& who, const DraftAnswer& answer) = 0;
  // The item's title in the language when it has one, else in its original; nullopt when the
  // item no longer exists.
  virtual Result<std::optional<std::string>> practice_title(std::int64_t item, const std::string& language) = 0;
  // Queues an e-mail in the outbox. Subject and body are catalogue message ids with "{name}"
  // places: the adapter translates them into the recipient's language, fills in the values
  // and adds "{link}", the question's address on the platform from the value "path".
  struct MailText {
    std::string subject;
    std::string body;
    std::vector<std::pair<std::string, std::string>> values;
  };
  virtual Status queue_mail(const Person& to, const MailText& text) = 0;
};

}  // namespace cps::helpdesk
