// Delphi studies' port adapted to the accounts, the outbox and the respondent secret (see
// foresight_surroundings.hpp).
#include "app/foresight_surroundings.hpp"

#include "core/text.hpp"
#include "domain/accounts/account_service.hpp"
#include "security/keyed_digest.hpp"

namespace cps::app {

Result<std::optional<foresight::Person>> ForesightSurroundings::person(accounts::UserId id) {
  std::optional<foresight::Person> out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto found = store.user(id);
    if (!found) return std::unexpected(found.error());
    if (!*found) return {};
    const accounts::User& u = (*found)->user;
    if (u.status == accounts::UserStatus::deleted || u.status == accounts::UserStatus::disabled) return {};
    out = foresight::Person{u.id, u.display_name, u.email, u.ui_language, std::nullopt, ""};
    if (!u.organisation) return {};
    auto organisation = store.organisation(*u.organisation);
    if (!organisation) return std::unexpected(organisation.error());
    if (*organisation) {
      out->country = (*organisation)->country;
      out->organisation_type = (*organisation)->type;
    }
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Status ForesightSurroundings::queue_mail(const foresight::Person& to, const foresight::MailText& mail) {
  if (to.email.empty()) return {};
  i18n::Language language = i18n::parse_language(to.ui_language).value_or(i18n::kDefaultLanguage);
  std::string subject = text::fill(catalogue_.translate(language, mail.subject), mail.values);
  std::string body = text::fill(catalogue_.translate(language, mail.body), mail.values) + "\n";
  const accounts::Seconds now = accounts::system_clock_seconds();
  return accounts_.transaction(
      [&](accounts::AccountStore& store) { return store.enqueue_mail({to.email, subject, body}, now); });
}

std::string ForesightSurroundings::respondent_key(foresight::StudyId study, accounts::UserId user) {
  return security::keyed_digest(secret_, "delphi:" + std::to_string(study.value()) + ":user:" +
                                             std::to_string(user.value()));
}

}  // namespace cps::app
