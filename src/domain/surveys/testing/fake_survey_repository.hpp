// An in-memory SurveyRepository and SurveySurroundings for the service's unit tests, honest to
// the ports' contracts: a failed transaction leaves nothing behind, one response per survey and
// respondent, replaced whole; each version's questionnaire kept.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "domain/surveys/survey_repository.hpp"

namespace cps::surveys::testing {

class FakeSurveyRepository final : public SurveyRepository {
 public:
  struct Data {
    std::map<std::int64_t, Survey> surveys;
    std::map<std::pair<std::int64_t, int>, Definition> versions;
    std::vector<Response> responses;
    std::vector<accounts::AuditRecord> audit;
    std::int64_t next_survey = 1;
  };

  Status transaction(const std::function<Status(SurveyStore&)>& work) override;
  Status read(const std::function<Status(SurveyStore&)>& work) override;

  Data data;
};

class FakeSurveySurroundings final : public SurveySurroundings {
 public:
  Result<Profile> profile(accounts::UserId user) override;
  // Letters only and different per pair, so no key holds an id as text.
  std::string respondent_key(SurveyId survey, const std::string& who) override;
  Result<std::optional<EventFacts>> event(std::int64_t id) override;
  Status queue_mail(const Attendee& to, const MailText& text) override;

  std::map<std::int64_t, Profile> profiles;
  std::map<std::int64_t, EventFacts> events;
  std::vector<std::pair<std::string, MailText>> mails;  // to whom (e-mail), what
};

}  // namespace cps::surveys::testing
