// Surveys on both databases: a survey comes back with its texts, audience and questionnaire;
// an optimistic update that writes a new version while the old one stays readable; one
// response per respondent, replaced whole, with JSON answers and the profile; an anonymous
// response without user or time; and a failed transaction leaving nothing behind.
#include <gtest/gtest.h>

#include "backend.hpp"
#include "domain/surveys/survey_input.hpp"
#include "storage/survey_repository_sql.hpp"

namespace cps::test {

using namespace cps::surveys;
namespace json = boost::json;

namespace {

const accounts::UserId kOrganiser(1), kAna(2);

Definition questionnaire(int scale_max) {
  auto d = read_definition(json::parse(R"({"languages": ["en", "el"], "sections": [
    {"key": "about", "title": {"en": "About you", "el": "Σχετικά με εσάς"}, "questions": [
      {"key": "role", "type": "single_choice", "text": "Role", "required": true,
       "options": [{"code": "cluster", "label": "Cluster"}, {"code": "agency", "label": "Agency"}]}]},
    {"key": "more", "title": "More", "show_if": {"question": "role", "any_of": ["cluster"]}, "questions": [
      {"key": "trust", "type": "likert", "text": "Trust", "scale_min": 1, "scale_max": )" + std::to_string(scale_max) + R"(}]}]})"));
  EXPECT_TRUE(d);
  return *d;
}

class SurveyContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    repository_ = std::make_unique<storage::SurveyRepositorySql>(database_->db());
    auto seeded = database_->db().transaction([](soci::session& s) {
      s << "INSERT INTO users (id, display_name, status, created_at, updated_at) VALUES "
           "(1, 'Organiser', 'active', 0, 0), (2, 'Ana', 'active', 0, 0)";
      s << "INSERT INTO events (id, kind, title, starts_at, ends_at, zone, revision, created_at, updated_at) VALUES "
           "(5, 'workshop', 'Workshop', 100, 200, 'Europe/Bucharest', 1, 0, 0)";
    });
    ASSERT_TRUE(seeded) << seeded.error().detail;
  }

  void write(const std::function<Status(SurveyStore&)>& work) {
    auto done = repository_->transaction(work);
    ASSERT_TRUE(done) << done.error().message << " " << done.error().detail;
  }

  template <class F>
  auto read(F ask) {
    std::invoke_result_t<F, SurveyStore&> out;
    auto done = repository_->read([&](SurveyStore& s) -> Status {
      out = ask(s);
      return {};
    });
    EXPECT_TRUE(done) << (done ? "" : done.error().detail);
    EXPECT_TRUE(out) << (out ? "" : out.error().message + " " + out.error().detail);
    return out;
  }

  SurveyId made() {
    SurveyId id;
    write([&](SurveyStore& s) -> Status {
      Survey survey;
      survey.title = {{"en", "Needs"}, {"hu", "Igények — ő"}};
      survey.audience = Audience::countries;
      survey.audience_values = {"RO", "MD"};
      survey.anonymity = Anonymity::identified;
      survey.opens_at = 10;
      survey.closes_at = 20;
      survey.organiser = kOrganiser;
      survey.created_at = survey.updated_at = 5;
      survey.definition = questionnaire(5);
      auto inserted = s.insert_survey(survey);
      if (!inserted) return std::unexpected(inserted.error());
      id = *inserted;
      return {};
    });
    return id;
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::SurveyRepositorySql> repository_;
};

TEST_F(SurveyContract, ASurveyComesBackWhole) {
  SurveyId id = made();
  auto found = read([&](SurveyStore& s) { return s.survey(id); });
  ASSERT_TRUE(*found);
  const Survey& s = **found;
  EXPECT_EQ(s.title.at("hu"), "Igények — ő");
  EXPECT_EQ(s.audience, Audience::countries);
  EXPECT_EQ(s.audience_values, (std::vector<std::string>{"RO", "MD"}));
  EXPECT_EQ(s.anonymity, Anonymity::identified);
  EXPECT_EQ(s.closes_at, 20);
  EXPECT_EQ(s.version, 1);
  EXPECT_EQ(s.revision, 1);
  EXPECT_EQ(json::serialize(definition_json(s.definition)), json::serialize(definition_json(questionnaire(5))));
  auto all = read([&](SurveyStore& s) { return s.surveys(); });
  EXPECT_EQ(all->size(), 1u);
  auto missing = read([&](SurveyStore& s) { return s.survey(SurveyId(id.value() + 100)); });
  EXPECT_FALSE(*missing);
}

TEST_F(SurveyContract, ANewVersionKeepsTheOldOne) {
  SurveyId id = made();
  Survey s = **read([&](SurveyStore& st) { return st.survey(id); });
  s.version = 2;
  s.definition = questionnaire(7);
  s.updated_at = 30;
  // A stale revision writes nothing; the service then rolls its transaction back.
  auto stale = repository_->transaction([&](SurveyStore& st) -> Status {
    auto written = st.update_survey(s, 5);
    if (!written) return std::unexpected(written.error());
    if (!*written) return fail(ErrorKind::conflict, "stale");
    return {};
  });
  ASSERT_FALSE(stale);
  EXPECT_FALSE(*read([&](SurveyStore& st) { return st.definition(id, 2); }));
  write([&](SurveyStore& st) -> Status {
    auto done = st.update_survey(s, 1);
    if (!done || !*done) return fail(ErrorKind::internal, "not written");
    return {};
  });
  Survey now = **read([&](SurveyStore& st) { return st.survey(id); });
  EXPECT_EQ(now.version, 2);
  EXPECT_EQ(now.revision, 2);
  EXPECT_EQ(now.definition.question("trust")->scale_max, 7);
  auto first = read([&](SurveyStore& st) { return st.definition(id, 1); });
  ASSERT_TRUE(*first);
  EXPECT_EQ((*first)->question("trust")->scale_max, 5);
}

TEST_F(SurveyContract, OneResponsePerRespondentReplacedWhole) {
  SurveyId id = made();
  Response r;
  r.survey = id;
  r.respondent = "user:2";
  r.user = kAna;
  r.answers = json::object{{"role", "cluster"}};
  r.profile = Profile{"RO", "cluster_organisation", "WG1"};
  write([&](SurveyStore& s) { return s.save_response(r); });
  r.state = ResponseState::submitted;
  r.answers = json::object{{"role", "cluster"}, {"trust", 4}};
  r.submitted_at = 15;
  write([&](SurveyStore& s) { return s.save_response(r); });
  Response anonymous;
  anonymous.survey = id;
  anonymous.respondent = "qwertyuiopasdfgh";
  anonymous.answers = json::object{{"role", "agency"}};
  write([&](SurveyStore& s) { return s.save_response(anonymous); });

  auto all = read([&](SurveyStore& s) { return s.responses(id); });
  ASSERT_EQ(all->size(), 2u);
  const Response& back = (*all)[0];
  EXPECT_EQ(back.state, ResponseState::submitted);
  EXPECT_EQ(back.user, kAna);
  EXPECT_EQ(back.answers.at("trust").as_int64(), 4);
  EXPECT_EQ(back.profile.area, "WG1");
  EXPECT_EQ(back.submitted_at, 15);
  EXPECT_FALSE((*all)[1].user);
  EXPECT_EQ((*all)[1].submitted_at, 0);
  auto one = read([&](SurveyStore& s) { return s.response(id, "qwertyuiopasdfgh"); });
  ASSERT_TRUE(*one);
  EXPECT_EQ((*one)->answers.at("role").as_string(), "agency");
  EXPECT_EQ(*read([&](SurveyStore& s) { return s.response_count(id, 1); }), 2);
  EXPECT_EQ(*read([&](SurveyStore& s) { return s.response_count(id, 2); }), 0);
}

TEST_F(SurveyContract, AnEventsFeedbackFormIsFoundByItsEvent) {
  EXPECT_FALSE(*read([&](SurveyStore& s) { return s.event_survey(5); }));
  SurveyId plain = made();
  SurveyId form;
  write([&](SurveyStore& s) -> Status {
    Survey survey;
    survey.title = {{"en", "Feedback"}};
    survey.audience = Audience::event_attendees;
    survey.event = 5;
    survey.organiser = kOrganiser;
    survey.created_at = survey.updated_at = 6;
    survey.definition = questionnaire(5);
    auto inserted = s.insert_survey(survey);
    if (!inserted) return std::unexpected(inserted.error());
    form = *inserted;
    return {};
  });
  EXPECT_EQ(*read([&](SurveyStore& s) { return s.event_survey(5); }), form);
  EXPECT_EQ((**read([&](SurveyStore& s) { return s.survey(form); })).event, 5);
  EXPECT_EQ((**read([&](SurveyStore& s) { return s.survey(plain); })).event, 0);
}

TEST_F(SurveyContract, AFailedTransactionLeavesNothing) {
  SurveyId id = made();
  auto failed = repository_->transaction([&](SurveyStore& s) -> Status {
    Response r;
    r.survey = id;
    r.respondent = "user:2";
    if (auto saved = s.save_response(r); !saved) return saved;
    return fail(ErrorKind::conflict, "refused");
  });
  EXPECT_FALSE(failed);
  EXPECT_TRUE(read([&](SurveyStore& s) { return s.responses(id); })->empty());
}

}  // namespace
}  // namespace cps::test
