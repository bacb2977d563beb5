// What the workspaces need from the rest of the platform, as a small port: the people (members
// are the holders of a role; mentions name people) and the outbox. The composition root adapts
// the accounts and the mail parts to it; unit tests use a fake (testing/).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/groups/subjects.hpp"

namespace cps::groups {

// A person as the workspaces need them: their name, whom to mail in which language, and their
// roles (as a principal) to judge what they may read.
struct Person {
  accounts::UserId id;
  std::string name;
  std::string email;
  std::string language;  // the person's interface language
  accounts::Principal principal;
};

// An e-mail: catalogue message ids with "{name}" places, translated by the adapter into the
// recipient's language. Each paragraph is filled with its own values; the value "path" of a
// paragraph becomes "{link}", the platform's address of that path in the recipient's language.
struct MailText {
  struct Paragraph {
    std::string text;
    std::vector<std::pair<std::string, std::string>> values;
  };
  std::string subject;
  std::vector<std::pair<std::string, std::string>> subject_values;
  std::vector<Paragraph> paragraphs;
};

class GroupSurroundings {
 public:
  virtual ~GroupSurroundings() = default;
  // Every active account with an e-mail address.
  virtual Result<std::vector<Person>> people() = 0;
  virtual Status queue_mail(const Person& to, const MailText& text) = 0;
  // The subject of a discussion as `who` may read it; nullopt when it does not exist or they
  // may not read it.
  virtual Result<std::optional<SubjectInfo>> subject(const accounts::Principal& who, const Subject& subject) = 0;
};

}  // namespace cps::groups
