// Surveys' port adapted to the accounts and the respondent secret (see survey_surroundings.hpp).
#include "app/survey_surroundings.hpp"

#include "core/text.hpp"
#include "domain/accounts/account_service.hpp"
#include "security/keyed_digest.hpp"

namespace cps::app {

Result<surveys::Profile> SurveySurroundings::profile(accounts::UserId user) {
  surveys::Profile out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto found = store.user(user);
    if (!found) return std::unexpected(found.error());
    if (!*found || !(*found)->user.organisation) return {};
    auto organisation = store.organisation(*(*found)->user.organisation);
    if (!organisation) return std::unexpected(organisation.error());
    if (*organisation) {
      out.country = (*organisation)->country.str();
      out.organisation_type = (*organisation)->type;
    }
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

std::string SurveySurroundings::respondent_key(surveys::SurveyId survey, const std::string& who) {
  return security::keyed_digest(secret_, "survey:" + std::to_string(survey.value()) + ":" + who);
}

Result<std::optional<surveys::EventFacts>> SurveySurroundings::event(std::int64_t id) {
  std::optional<surveys::EventFacts> out;
  auto read = events_.read([&](events::EventStore& store) -> Status {
    auto found = store.event(events::EventId(id));
    if (!found) return std::unexpected(found.error());
    if (!*found) return {};
    out = surveys::EventFacts{(*found)->title, (*found)->ends_at, {}};
    auto registrations = store.registrations(events::EventId(id));
    if (!registrations) return std::unexpected(registrations.error());
    for (const auto& r : *registrations)
      if (r.status == events::RegistrationStatus::confirmed) out->attendees.push_back({r.user, r.name, r.email, "en"});
    return {};
  });
  if (!read) return std::unexpected(read.error());
  if (!out) return out;
  // Each attendee's interface language, for the mail.
  auto languages = accounts_.read([&](accounts::AccountStore& store) -> Status {
    for (auto& a : out->attendees) {
      auto user = store.user(a.user);
      if (!user) return std::unexpected(user.error());
      if (*user) a.language = (*user)->user.ui_language;
    }
    return {};
  });
  if (!languages) return std::unexpected(languages.error());
  return out;
}

Status SurveySurroundings::queue_mail(const surveys::Attendee& to, const surveys::MailText& mail) {
  if (to.email.empty()) return {};
  i18n::Language language = i18n::parse_language(to.language).value_or(i18n::kDefaultLanguage);
  std::string base = public_url_;
  while (!base.empty() && base.back() == '/') base.pop_back();
  auto values = mail.values;
  values.emplace_back("link", base + "/" + to.language + mail.path);
  if (!i18n::parse_language(to.language)) values.back().second = base + "/en" + mail.path;
  std::string subject = text::fill(catalogue_.translate(language, mail.subject), values);
  std::string body = text::fill(catalogue_.translate(language, mail.body), values) + "\n";
  const accounts::Seconds now = accounts::system_clock_seconds();
  return accounts_.transaction(
      [&](accounts::AccountStore& store) { return store.enqueue_mail({to.email, subject, body}, now); });
}

}  // namespace cps::app
