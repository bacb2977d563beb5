// What surveys learn from the rest of the platform, adapted to their port: the country and
// type of a person's organisation from the accounts, and respondent keys as keyed digests under
// a secret kept in a file of the data folder (not in the database), so that an anonymous
// response cannot be tied to a person or a browser's token by anyone reading the database; an
// event's end and its confirmed places from the events' storage, and the outbox for the
// invitations to a feedback form, in each attendee's language.
#pragma once

#include "domain/accounts/account_repository.hpp"
#include "domain/events/event_repository.hpp"
#include "i18n/catalogue.hpp"
#include "domain/surveys/survey_repository.hpp"

namespace cps::app {

class SurveySurroundings final : public surveys::SurveySurroundings {
 public:
  SurveySurroundings(accounts::AccountRepository& accounts, events::EventRepository& events,
                     const i18n::Catalogue& catalogue, std::string public_url, std::string secret)
      : accounts_(accounts), events_(events), catalogue_(catalogue), public_url_(std::move(public_url)),
        secret_(std::move(secret)) {}

  Result<surveys::Profile> profile(accounts::UserId user) override;
  std::string respondent_key(surveys::SurveyId survey, const std::string& who) override;
  // Confirmed registrations are the attendees.
  Result<std::optional<surveys::EventFacts>> event(std::int64_t id) override;
  Status queue_mail(const surveys::Attendee& to, const surveys::MailText& text) override;

 private:
  accounts::AccountRepository& accounts_;
  events::EventRepository& events_;
  const i18n::Catalogue& catalogue_;
  std::string public_url_;
  std::string secret_;
};

}  // namespace cps::app
