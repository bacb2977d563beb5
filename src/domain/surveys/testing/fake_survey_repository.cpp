// The in-memory survey repository (see fake_survey_repository.hpp).
#include "domain/surveys/testing/fake_survey_repository.hpp"

#include <algorithm>
#include <functional>

namespace cps::surveys::testing {

namespace {

class Store final : public SurveyStore {
 public:
  explicit Store(FakeSurveyRepository::Data& d) : d_(d) {}

  Result<SurveyId> insert_survey(const Survey& survey) override {
    Survey s = survey;
    s.id = SurveyId(d_.next_survey++);
    s.version = 1;
    s.revision = 1;
    d_.surveys[s.id.value()] = s;
    d_.versions[{s.id.value(), 1}] = s.definition;
    return s.id;
  }

  Result<bool> update_survey(const Survey& survey, int expected_revision) override {
    auto it = d_.surveys.find(survey.id.value());
    if (it == d_.surveys.end() || it->second.revision != expected_revision) return false;
    Survey s = survey;
    s.created_at = it->second.created_at;
    s.organiser = it->second.organiser;
    s.revision = expected_revision + 1;
    it->second = s;
    d_.versions[{s.id.value(), s.version}] = s.definition;
    return true;
  }

  Result<std::optional<Survey>> survey(SurveyId id) override {
    auto it = d_.surveys.find(id.value());
    if (it == d_.surveys.end()) return std::optional<Survey>();
    return std::optional<Survey>(it->second);
  }

  Result<std::vector<Survey>> surveys() override {
    std::vector<Survey> out;
    for (auto it = d_.surveys.rbegin(); it != d_.surveys.rend(); ++it) out.push_back(it->second);
    return out;
  }

  Result<std::optional<SurveyId>> event_survey(std::int64_t event) override {
    std::optional<SurveyId> out;
    for (const auto& [id, s] : d_.surveys)
      if (s.event == event) out = s.id;
    return out;
  }

  Result<std::optional<Definition>> definition(SurveyId id, int version) override {
    auto it = d_.versions.find({id.value(), version});
    if (it == d_.versions.end()) return std::optional<Definition>();
    return std::optional<Definition>(it->second);
  }

  Result<std::optional<Response>> response(SurveyId id, const std::string& respondent) override {
    for (const auto& r : d_.responses)
      if (r.survey == id && r.respondent == respondent) return std::optional<Response>(r);
    return std::optional<Response>();
  }

  Status save_response(const Response& response) override {
    for (auto& r : d_.responses)
      if (r.survey == response.survey && r.respondent == response.respondent) {
        r = response;
        return {};
      }
    d_.responses.push_back(response);
    return {};
  }

  Result<std::vector<Response>> responses(SurveyId id) override {
    std::vector<Response> out;
    for (const auto& r : d_.responses)
      if (r.survey == id) out.push_back(r);
    return out;
  }

  Result<int> response_count(SurveyId id, int version) override {
    return int(std::count_if(d_.responses.begin(), d_.responses.end(),
                             [&](const Response& r) { return r.survey == id && r.version == version; }));
  }

  Status append_audit(const accounts::AuditRecord& record) override {
    d_.audit.push_back(record);
    return {};
  }

 private:
  FakeSurveyRepository::Data& d_;
};

}  // namespace

Status FakeSurveyRepository::transaction(const std::function<Status(SurveyStore&)>& work) {
  Data copy = data;
  Store store(copy);
  auto done = work(store);
  if (done) data = std::move(copy);
  return done;
}

Status FakeSurveyRepository::read(const std::function<Status(SurveyStore&)>& work) {
  Data copy = data;
  Store store(copy);
  return work(store);
}

Result<Profile> FakeSurveySurroundings::profile(accounts::UserId user) {
  auto it = profiles.find(user.value());
  return it == profiles.end() ? Profile{} : it->second;
}

std::string FakeSurveySurroundings::respondent_key(SurveyId survey, const std::string& who) {
  std::size_t h = std::hash<std::string>{}(std::to_string(survey.value()) + "|" + who);
  std::string out;
  for (int i = 0; i < 16; ++i, h /= 26) out.push_back(char('a' + h % 26));
  return out;
}

Result<std::optional<EventFacts>> FakeSurveySurroundings::event(std::int64_t id) {
  auto it = events.find(id);
  if (it == events.end()) return std::optional<EventFacts>();
  return std::optional<EventFacts>(it->second);
}

Status FakeSurveySurroundings::queue_mail(const Attendee& to, const MailText& text) {
  mails.emplace_back(to.email, text);
  return {};
}

}  // namespace cps::surveys::testing
